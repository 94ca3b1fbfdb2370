/// Reads the lines and base64 sections of a model file, on bytes.
struct SectionReader {
  let bytes: UnsafeBufferPointer<UInt8>
  private var index = 0

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// The next line without its line break, or `nil` at the end.
  mutating func line() -> String? {
    guard let range = lineRange() else { return nil }
    return String(decoding: bytes[range], as: UTF8.self)
  }

  /// The count of a section line `name count`, or `nil` when the next line is not one.
  mutating func count(_ name: String) -> Int? {
    guard let line = line() else { return nil }
    let parts = line.split(separator: " ")
    guard parts.count == 2, parts[0] == name, let count = Int(parts[1]), count >= 0 else { return nil }
    return count
  }

  /// The next `count` bytes of base64.
  mutating func base64(count: Int) -> [UInt8]? {
    guard count > 0 else { return [] }
    guard let (decoded, next) = Base64Bytes.decode(bytes, from: index, count: count) else { return nil }
    index = next
    return decoded
  }

  /// A lemma rule line: `lowercases strip suffix`.
  mutating func rule() -> LemmaRule? {
    guard let range = lineRange() else { return nil }
    let line = bytes[range]
    guard line.count >= 4, line[range.lowerBound + 1] == 0x20,
      let space = line.dropFirst(2).firstIndex(of: 0x20),
      let strip = Int(String(decoding: bytes[(range.lowerBound + 2)..<space], as: UTF8.self))
    else { return nil }
    return LemmaRule(
      lowercases: line[range.lowerBound] == UInt8(ascii: "1"), strip: strip, suffix: Array(bytes[(space + 1)..<range.upperBound]))
  }

  private mutating func lineRange() -> Range<Int>? {
    guard index < bytes.count else { return nil }
    let start = index
    while index < bytes.count && bytes[index] != 0x0A { index += 1 }
    let range = start..<index
    if index < bytes.count { index += 1 }
    return range
  }
}
