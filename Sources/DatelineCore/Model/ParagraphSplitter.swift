import Foundation

/// Finds paragraphs: blocks separated by blank lines when the text has any, otherwise lines.
enum ParagraphSplitter {
  /// The byte ranges of the paragraphs of `text`, each trimmed of surrounding white space.
  static func paragraphs(in text: [UInt8]) -> [Range<Int>] {
    text.withUnsafeBufferPointer { bytes in
      let lines = lineRanges(bytes)
      let blankSeparated = lines.contains { isBlank(bytes, $0) } && lines.count > 1
      var result: [Range<Int>] = []
      var blockStart: Int?
      var blockEnd = 0
      for line in lines {
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

  private static func lineRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var lines: [Range<Int>] = []
    guard let base = bytes.baseAddress else { return lines }
    var start = 0
    while start < bytes.count, let found = memchr(base + start, 0x0A, bytes.count - start) {
      let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      lines.append(start..<index)
      start = index + 1
    }
    if start < bytes.count { lines.append(start..<bytes.count) }
    return lines
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
