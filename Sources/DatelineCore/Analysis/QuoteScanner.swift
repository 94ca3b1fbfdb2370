/// Pairs the quotation marks of a document: curly and straight double quotes, single quotes that
/// are not apostrophes (`Iraq’s`, `isn’t` and `militias’` are not quotes), and quotations that run
/// over several paragraphs (each continuation paragraph opens with a mark; only the last closes).
struct QuoteScanner {
  private let tagged: TaggedText
  private var regions: [QuotedRegion] = []
  private var quoted: BitArray
  private var findings: [Finding] = []

  private init(_ tagged: TaggedText) {
    self.tagged = tagged
    quoted = BitArray(count: tagged.tokens.count)
  }

  /// The quoted regions of `tagged`.
  static func scan(_ tagged: TaggedText) -> QuoteScan {
    var scanner = QuoteScanner(tagged)
    scanner.run()
    return QuoteScan(regions: scanner.regions, quoted: scanner.quoted, findings: scanner.findings)
  }

  private mutating func run() {
    let ranges = paragraphTokenRanges()
    var open: Int?
    var single: Int?
    for (paragraph, range) in ranges.enumerated() {
      var index = range.lowerBound
      if open != nil, index < range.upperBound, startsQuote(index) { index += 1 }
      single = nil
      while index < range.upperBound {
        let flags = tagged.infos[index].flags
        if flags.contains(.openDouble) {
          if let earlier = open { unmatched(earlier, upTo: index - 1) }
          open = index
        } else if flags.contains(.closeDouble) {
          if let start = open { add(start, index) } else { unmatched(index, upTo: index, closing: true) }
          open = nil
        } else if flags.contains(.straightDouble) {
          if let start = open {
            add(start, index)
            open = nil
          } else {
            open = index
          }
        } else if open == nil, flags.contains(.openSingle) || (flags.contains(.straightSingle) && opensSingle(index)) {
          single = index
        } else if open == nil, let start = single, flags.contains(.closeSingle) || flags.contains(.straightSingle),
          !isApostrophe(index)
        {
          add(start, index)
          single = nil
        }
        index += 1
      }
      guard let start = open else { continue }
      let next = paragraph + 1 < ranges.count ? ranges[paragraph + 1] : nil
      if let next, !next.isEmpty, startsQuote(next.lowerBound) { continue }
      unmatched(start, upTo: range.upperBound - 1)
      open = nil
    }
  }

  /// The token ranges of the paragraphs.
  private func paragraphTokenRanges() -> [Range<Int>] {
    let tokens = tagged.tokens
    var ranges: [Range<Int>] = []
    var index = 0
    for paragraph in tagged.analysis.paragraphs {
      while index < tokens.count, Int(tokens[index].start) < paragraph.lowerBound { index += 1 }
      let start = index
      while index < tokens.count, Int(tokens[index].start) < paragraph.upperBound { index += 1 }
      ranges.append(start..<index)
    }
    return ranges
  }

  private func startsQuote(_ index: Int) -> Bool {
    tagged.has(index, [.openDouble, .straightDouble])
  }

  /// A straight single quote opens a quotation when it stands before a word it is glued to and
  /// after a space: `'switch '`, not `don't` or `Apple 's`.
  private func opensSingle(_ index: Int) -> Bool {
    tagged.tokens[index].isSpaced && index + 1 < tagged.tokens.count && tagged.isGlued(index + 1)
      && !isApostrophe(index)
  }

  /// An apostrophe sits between letters (`isn’t`), or before a possessive `s` (`Iraq’s`, `Apple 's`).
  private func isApostrophe(_ index: Int) -> Bool {
    let tokens = tagged.tokens
    guard index + 1 < tokens.count, tokens[index + 1].kind == .word, tagged.isGlued(index + 1) else { return false }
    if index > 0, tokens[index - 1].kind == .word, tagged.isGlued(index) { return true }
    let next = tokens[index + 1]
    return next.length == 1 && tagged.analysis.text[Int(next.start)] | 0x20 == UInt8(ascii: "s")
  }

  private mutating func add(_ open: Int, _ close: Int) {
    let tokens = tagged.tokens
    let lower = open + 1
    var upper = close
    var words = 0
    for index in lower..<upper where tokens[index].kind != .punctuation { words += 1 }
    while upper > lower, tagged.has(upper - 1, .comma) { upper -= 1 }
    guard lower < upper else { return }
    let content = Int(tokens[lower].start)..<Int(tokens[upper - 1].end)
    regions.append(QuotedRegion(open: open, close: close, content: content, wordCount: words))
    for index in open...close { quoted[index] = true }
  }

  private mutating func unmatched(_ mark: Int, upTo last: Int, closing: Bool = false) {
    let span = tagged.span(tagged.byteRange(mark..<(max(mark, last) + 1)))
    let problem = closing ? "closes no quotation" : "is never closed"
    findings.append(
      Finding(
        .unmatchedQuote, span: span,
        message: "\(tagged.document.name): a quotation mark in paragraph \(span.paragraph + 1) \(problem)"))
  }
}
