/// The lexicon classes of every token of a document, stored as two bytes per token (the number of
/// the lexicon entry the token spells) rather than a `WordInfo` of sixteen: a document of ten
/// million tokens keeps 20 MB instead of 160 MB.
struct TokenInfos: Sendable {
  /// The lexicon the entries number.
  private let table: WordTable<WordInfo>
  /// For each token, its entry plus one, or 0 for a token the lexicon does not know.
  private let entries: [UInt16]

  /// The classes of `tokens` of `text`, looked up in `table`.
  init(tokens: [Token], text: [UInt8], table: WordTable<WordInfo>) {
    // The bundled lexicons hold a few thousand words; two bytes number them all.
    precondition(table.count < Int(UInt16.max), "a word table too large for two-byte entries")
    self.table = table
    var entries = [UInt16](repeating: 0, count: tokens.count)
    text.withUnsafeBufferPointer { text in
      for index in tokens.indices {
        if let entry = table.entry(for: tokens[index], in: text) { entries[index] = UInt16(entry + 1) }
      }
    }
    self.entries = entries
  }

  /// The number of tokens.
  var count: Int { entries.count }

  /// The classes of token `index`.
  @inline(__always)
  subscript(index: Int) -> WordInfo {
    let entry = entries[index]
    return entry == 0 ? .none : table.value(atEntry: Int(entry) - 1)
  }
}
