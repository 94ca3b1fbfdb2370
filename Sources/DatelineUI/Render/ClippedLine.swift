/// One line of text seen through a window of columns: what is cut on either side is marked `…`,
/// so a cut row never passes for the whole text.
struct ClippedLine: Equatable {
  /// What to draw, the `…` marks included.
  var text: String
  /// The column of the original text that the first drawn character after a leading `…` shows.
  var firstColumn: Int
  /// Whether text was cut on the left (a leading `…`).
  var cutLeft: Bool
  /// Whether text was cut on the right (a trailing `…`).
  var cutRight: Bool

  /// `text` from column `shift` on, in at most `width` columns.
  init(_ text: String, shift: Int = 0, width: Int) {
    let whole = DisplayWidth.of(text)
    let start = max(0, min(shift, whole - 1))
    guard width > 0 else {
      self.text = ""
      firstColumn = start
      cutLeft = start > 0
      cutRight = whole > 0
      return
    }
    cutLeft = start > 0
    var skipTo = start + (cutLeft ? 1 : 0)
    if cutLeft && width == 1 { skipTo = start }
    var column = 0
    var shown = cutLeft ? "…" : ""
    var used = cutLeft ? 1 : 0
    var first: Int?
    var remaining = whole
    var cut = false
    for grapheme in text {
      let graphemeWidth = DisplayWidth.of(String(grapheme))
      defer {
        column += graphemeWidth
        remaining -= graphemeWidth
      }
      if column < skipTo { continue }
      let room = width - used
      let needsMark = remaining > room
      if graphemeWidth > room - (needsMark ? 1 : 0) {
        cut = true
        break
      }
      if first == nil { first = column }
      shown.append(grapheme)
      used += graphemeWidth
    }
    if cut && used < width {
      shown += "…"
    }
    self.text = shown
    firstColumn = first ?? skipTo
    cutRight = cut
  }

  /// Where columns `columns` of the original text land among the drawn ones (relative to the
  /// first drawn column), clipped to what is shown; a range past the cut lands on the trailing
  /// `…` and one before it on the leading `…`.
  func drawnColumns(of columns: Range<Int>) -> Range<Int>? {
    let drawnWidth = DisplayWidth.of(text)
    guard drawnWidth > 0 else { return nil }
    let offset = cutLeft ? 1 : 0
    let lower = columns.lowerBound - firstColumn + offset
    let upper = columns.upperBound - firstColumn + offset
    let lastText = cutRight ? drawnWidth - 1 : drawnWidth
    if upper <= offset { return cutLeft ? 0..<1 : nil }
    if lower >= lastText { return cutRight ? (drawnWidth - 1)..<drawnWidth : nil }
    return max(offset, lower)..<min(lastText, upper)
  }
}
