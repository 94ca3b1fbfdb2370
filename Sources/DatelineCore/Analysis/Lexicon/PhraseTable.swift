/// A case-insensitive table from phrases of one or more tokens (`prime minister`, `Al-Haq`,
/// `U.S.`) to values, matched against a document's tokens.
struct PhraseTable<Value: Sendable>: Sendable {
  private struct Phrase: Sendable {
    var hashes: [UInt32]
    var keys: [[UInt8]]
    var value: Value
  }

  private var phrases: [Phrase] = []
  private var byFirstWord: WordTable<[Int]>

  /// Creates a table from `(phrase, value)` pairs; a later duplicate replaces an earlier one.
  init<S: Sequence>(_ pairs: S) where S.Element == (String, Value) {
    var phrases: [Phrase] = []
    var indexByText: [String: Int] = [:]
    var byFirst: [String: [Int]] = [:]
    var firstOrder: [String] = []
    for (text, value) in pairs {
      let bytes = Array(text.utf8)
      let tokens = Tokenizer.tokens(in: bytes)
      guard let first = tokens.first else { continue }
      let folded = tokens.map { token in bytes[token.range].map { $0.asciiLowercased } }
      let phrase = Phrase(hashes: tokens.map(\.hash), keys: folded, value: value)
      let key = String(decoding: Array(folded.joined(separator: [0x20])), as: UTF8.self)
      if let existing = indexByText[key] {
        phrases[existing] = phrase
        continue
      }
      indexByText[key] = phrases.count
      let firstWord = String(decoding: bytes[first.range], as: UTF8.self).lowercased()
      if byFirst[firstWord] == nil { firstOrder.append(firstWord) }
      byFirst[firstWord, default: []].append(phrases.count)
      phrases.append(phrase)
    }
    self.phrases = phrases
    byFirstWord = WordTable(firstOrder.map { ($0, byFirst[$0] ?? []) })
  }

  /// The first words of all phrases, for flagging the tokens where a lookup is worth trying.
  var firstWords: [String] {
    phrases.map { String(decoding: $0.keys[0], as: UTF8.self) }
  }

  /// The longest phrase that starts at token `index` and ends before token `limit`: its length in
  /// tokens and its value.
  func longestMatch(
    at index: Int, tokens: [Token], text: UnsafeBufferPointer<UInt8>, limit: Int
  ) -> (length: Int, value: Value)? {
    guard index < limit, let candidates = byFirstWord.value(for: tokens[index], in: text) else { return nil }
    var best: (length: Int, value: Value)?
    for candidate in candidates {
      let phrase = phrases[candidate]
      let length = phrase.hashes.count
      guard index + length <= limit, length > (best?.length ?? 0) else { continue }
      var offset = 1
      while offset < length {
        let token = tokens[index + offset]
        guard token.hash == phrase.hashes[offset], Self.equal(phrase.keys[offset], token, text) else { break }
        offset += 1
      }
      if offset == length { best = (length, phrase.value) }
    }
    return best
  }

  /// The value of a phrase given as a string (case-insensitive), for words found outside a text.
  func value(forPhrase text: String) -> Value? {
    let bytes = Array(text.utf8)
    let tokens = Tokenizer.tokens(in: bytes)
    return bytes.withUnsafeBufferPointer { buffer in
      guard let match = longestMatch(at: 0, tokens: tokens, text: buffer, limit: tokens.count),
        match.length == tokens.count
      else { return nil }
      return match.value
    }
  }

  @inline(__always)
  private static func equal(_ key: [UInt8], _ token: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = Int(token.start)
    guard key.count == Int(token.end) - start else { return false }
    for offset in 0..<key.count {
      let byte = text[start + offset]
      if byte.asciiLowercased != key[offset] { return false }
    }
    return true
  }
}
