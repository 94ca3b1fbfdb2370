import Foundation

/// Finds paragraphs: blocks separated by blank lines when the text has any, otherwise lines.
enum ParagraphSplitter {
  /// The byte ranges of the paragraphs of `text`, each trimmed of surrounding white space.
  static func paragraphs(in text: [UInt8]) -> ParagraphRanges {
    text.withUnsafeBufferPointer { bytes in
      // Two passes over the lines rather than a list of them: a text may have millions.
      var lineCount = 0
      var hasBlank = false
      forEachLine(bytes) { line in
        lineCount += 1
        if !hasBlank, isBlank(bytes, line) { hasBlank = true }
      }
      let blankSeparated = hasBlank && lineCount > 1
      var result = ParagraphRanges()
      var blockStart: Int?
      var blockEnd = 0
      forEachLine(bytes) { line in
        if isBlank(bytes, line) {
          if let start = blockStart { result.append(trimmed(bytes, start..<blockEnd)) }
          blockStart = nil
        } else if blankSeparated {
          if blockStart == nil { blockStart = line.lowerBound }
          blockEnd = line.upperBound
        } else {
          result.append(trimmed(bytes, line))
        }
      }
      if let start = blockStart { result.append(trimmed(bytes, start..<blockEnd)) }
      return result
    }
  }

  /// Calls `body` with the range of each line, without its `\n`; a last line without one counts
  /// when it is not empty.
  private static func forEachLine(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
    guard let base = bytes.baseAddress else { return }
    var start = 0
    while start < bytes.count, let found = memchr(base + start, 0x0A, bytes.count - start) {
      let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      body(start..<index)
      start = index + 1
    }
    if start < bytes.count { body(start..<bytes.count) }
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C
  }

  private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
    line.allSatisfy { isSpace(bytes[$0]) }
  }

  private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, isSpace(bytes[lower]) || bytes[lower] == 0x0A { lower += 1 }
    while upper > lower, isSpace(bytes[upper - 1]) || bytes[upper - 1] == 0x0A { upper -= 1 }
    return lower..<upper
  }
}
