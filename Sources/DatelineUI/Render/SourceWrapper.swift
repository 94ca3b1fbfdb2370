import DatelineCore

/// Word-wraps a document's paragraphs into display lines, on demand: only the lines asked for are
/// computed, so a 100 MB single-line paragraph costs no more than a short one.
public struct SourceWrapper: Sendable {
  /// The document.
  public let document: Document
  /// The width to wrap at, in columns.
  public let width: Int

  /// How far back a wrap restarts when scrolling up inside a long paragraph.
  static let lookBehind = 16_384

  /// Creates a wrapper for `document` at `width` columns (at least 1).
  public init(document: Document, width: Int) {
    self.document = document
    self.width = max(1, width)
  }

  /// Up to `count` lines of paragraph `paragraph`, starting at byte `start`.
  public func lines(paragraph: Int, from start: Int, count: Int) -> [Range<Int>] {
    let range = document.paragraphs[paragraph]
    var lines: [Range<Int>] = []
    var lineStart = max(start, range.lowerBound)
    document.text.withUnsafeBufferPointer { text in
      while lineStart < range.upperBound && lines.count < count {
        let end = lineEnd(text, from: lineStart, limit: range.upperBound)
        lines.append(lineStart..<end)
        lineStart = end
        while lineStart < range.upperBound && text[lineStart] == 0x20 { lineStart += 1 }
      }
    }
    return lines
  }

  /// The position one line below `position`, or `nil` at the end of the document.
  public func next(_ position: SourcePosition) -> SourcePosition? {
    let paragraphs = document.paragraphs
    guard position.paragraph < paragraphs.count else { return nil }
    let range = paragraphs[position.paragraph]
    if position.lineStart >= range.upperBound {
      guard position.paragraph + 1 < paragraphs.count else { return nil }
      return SourcePosition(document: position.document, paragraph: position.paragraph + 1, lineStart: paragraphs[position.paragraph + 1].lowerBound)
    }
    let following = lines(paragraph: position.paragraph, from: position.lineStart, count: 2)
    if following.count < 2 && position.paragraph + 1 == paragraphs.count { return nil }
    let start = following.count > 1 ? following[1].lowerBound : range.upperBound
    return SourcePosition(document: position.document, paragraph: position.paragraph, lineStart: start)
  }

  /// The position one line above `position`, or `nil` at the top of the document.
  public func previous(_ position: SourcePosition) -> SourcePosition? {
    let paragraphs = document.paragraphs
    guard position.paragraph < paragraphs.count else { return nil }
    let range = paragraphs[position.paragraph]
    if position.lineStart <= range.lowerBound {
      guard position.paragraph > 0 else { return nil }
      return SourcePosition(document: position.document, paragraph: position.paragraph - 1, lineStart: paragraphs[position.paragraph - 1].upperBound)
    }
    let start = lineStart(containing: position.lineStart - 1, paragraph: position.paragraph)
    return SourcePosition(document: position.document, paragraph: position.paragraph, lineStart: start)
  }

  /// The top position that shows the document's last line on the last of `height` rows.
  public func lastTop(height: Int, document id: Int) -> SourcePosition? {
    guard let last = document.paragraphs.indices.last else { return nil }
    let end = document.paragraphs[last].upperBound
    var position = SourcePosition(document: id, paragraph: last, lineStart: lineStart(containing: max(end - 1, document.paragraphs[last].lowerBound), paragraph: last))
    for _ in 1..<max(1, height) {
      guard let previous = previous(position) else { break }
      position = previous
    }
    return position
  }

  /// The start of the wrapped line of `paragraph` that contains byte `offset`.
  public func lineStart(containing offset: Int, paragraph: Int) -> Int {
    let range = document.paragraphs[paragraph]
    let target = min(max(offset, range.lowerBound), range.upperBound)
    var start = max(range.lowerBound, target - Self.lookBehind)
    if start > range.lowerBound {
      document.text.withUnsafeBufferPointer { text in
        while start < target && text[start] & 0xC0 == 0x80 { start += 1 }
      }
    }
    var found = start
    document.text.withUnsafeBufferPointer { text in
      var lineStart = start
      while lineStart < range.upperBound && lineStart <= target {
        found = lineStart
        lineStart = lineEnd(text, from: lineStart, limit: range.upperBound)
        while lineStart < range.upperBound && text[lineStart] == 0x20 { lineStart += 1 }
      }
    }
    return found
  }

  /// Where the line starting at `start` ends: after the last space that fits, or where the width
  /// runs out when a word is longer than the line.
  private func lineEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
    var column = 0
    var index = start
    var lastBreak: Int?
    while index < limit {
      // Printable ASCII, most of any text, takes one column and is never escaped: a key that
      // scrolls the Source pane wraps up to `lookBehind` bytes for each line it moves.
      let printable = text[index] >= 0x20 && text[index] < 0x7F
      let (scalar, length) = printable ? (Unicode.Scalar(text[index]), 1) : Self.decode(text, index, limit)
      let columns = printable ? 1 : DisplayWidth.escaped(scalar).map(\.count) ?? (scalar.value == 0x09 ? 4 : DisplayWidth.of(scalar))
      if column + columns > width {
        if scalar.value == 0x20 { return index }
        return lastBreak ?? (index == start ? index + length : index)
      }
      column += columns
      index += length
      if scalar.value == 0x20 || scalar.value == 0x2D || scalar.value == 0x2014 { lastBreak = index }
    }
    return limit
  }

  private static func decode(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ limit: Int) -> (Unicode.Scalar, Int) {
    let lead = text[index]
    let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    guard length > 1, index + length <= limit else { return (Unicode.Scalar(lead), 1) }
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length { value = value << 6 | UInt32(text[index + offset] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }
}
