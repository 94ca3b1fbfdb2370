/// Tokenized corpora (TimeML, TimeBank) put a space before punctuation and clitics and after
/// opening brackets: `Apple Computer 's iTunes`, `February 24 , 1955`, `$ 348.8`, `( AP )`. In
/// a summary those spaces are taken out; prose, which has none, is left as it is.
enum SpacedPunctuation {
  /// `text` with the spaces before `, . ; : ! ? % ) ]` and clitics (`'s`, `n't`, `'re` …) and
  /// after `( [ $` taken out.
  static func joined(_ text: String) -> String {
    guard mayHaveSpacedPunctuation(text) else { return text }
    let bytes = Array(text.utf8)
    var result: [UInt8] = []
    var changed = false
    for index in bytes.indices {
      if bytes[index] == 0x20, !result.isEmpty, result.last != 0x20,
        index + 1 < bytes.count && closes(bytes, at: index + 1) || opens(result.last ?? 0)
      {
        changed = true
        continue
      }
      result.append(bytes[index])
    }
    return changed ? String(decoding: result, as: UTF8.self) : text
  }

  /// Whether some space stands before a byte that may start punctuation or a clitic, or after an
  /// opening bracket or a dollar sign: when none does, there is nothing to join.
  private static func mayHaveSpacedPunctuation(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable(mayHaveSpacedPunctuation)
      ?? Array(text.utf8).withUnsafeBufferPointer(mayHaveSpacedPunctuation)
  }

  private static func mayHaveSpacedPunctuation(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      defer { index += 1 }
      guard bytes[index] == 0x20 else { continue }
      if index > 0 && opens(bytes[index - 1]) { return true }
      guard index + 1 < bytes.count else { continue }
      switch bytes[index + 1] {
      case 0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x25, 0x29, 0x5D, 0x27, 0xE2, 0x6E: return true
      default: break
      }
    }
    return false
  }

  /// Whether a punctuation mark or a clitic that belongs to the word before it starts at `index`
  /// and ends there (at the end of the text or before a space).
  private static func closes(_ bytes: [UInt8], at index: Int) -> Bool {
    let isEnd = { (end: Int) in end >= bytes.count || bytes[end] == 0x20 }
    switch bytes[index] {
    case 0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x25, 0x29, 0x5D: return isEnd(index + 1)
    case 0x27: return clitic(bytes, from: index + 1).map(isEnd) ?? false
    case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99:
      return clitic(bytes, from: index + 3).map(isEnd) ?? false
    case 0x6E where index + 2 < bytes.count && bytes[index + 1] == 0x27 && bytes[index + 2] == 0x74:
      return isEnd(index + 3)
    default: return false
    }
  }

  /// The end of `s`, `re`, `ve`, `ll`, `d` or `m` (any case) at `index`, when one is there.
  private static func clitic(_ bytes: [UInt8], from index: Int) -> Int? {
    let lower = { (offset: Int) -> UInt8 in index + offset < bytes.count ? bytes[index + offset] | 0x20 : 0 }
    switch (lower(0), lower(1)) {
    case (0x72, 0x65), (0x76, 0x65), (0x6C, 0x6C): return index + 2
    case (0x73, _), (0x64, _), (0x6D, _): return index + 1
    default: return nil
    }
  }

  private static func opens(_ byte: UInt8) -> Bool {
    byte == 0x28 || byte == 0x5B || byte == 0x24
  }
}
