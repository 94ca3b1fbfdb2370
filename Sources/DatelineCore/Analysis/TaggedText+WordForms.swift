extension TaggedText {
  /// Whether the word at `index` is written as its lemma, ignoring case (`close`, `Write`): a
  /// base form. `lemma` is the word's lemma when the caller has already read it.
  func isWrittenAsLemma(_ index: Int, lemma: String? = nil) -> Bool {
    let lemma = lemma ?? self.lemma(index)
    let token = tokens[index]
    guard lemma.utf8.count == Int(token.length) else { return false }
    var offset = Int(token.start)
    for byte in lemma.utf8 {
      if analysis.text[offset].asciiLowercased != byte { return false }
      offset += 1
    }
    return true
  }

  /// Whether `’s` (or TimeML's spaced `'s`) follows the token before `end`: the name ending there
  /// owns what comes next (`Varden’s chief executive`).
  func isPossessive(after end: Int) -> Bool {
    guard end + 1 < tokens.count, has(end, [.closeSingle, .straightSingle]) else { return false }
    let next = tokens[end + 1]
    return next.kind == .word && next.length == 1 && isGlued(end + 1)
      && analysis.text[Int(next.start)] | 0x20 == UInt8(ascii: "s")
  }

  /// Whether the word at `index` is a possessive determiner: `its`, `his`, `her`, `their`, `our`,
  /// `my`, `your`.
  func isPossessiveDeterminer(_ index: Int) -> Bool {
    isWord(index, "its") || isWord(index, "his") || isWord(index, "her") || isWord(index, "their")
      || isWord(index, "our") || isWord(index, "my") || isWord(index, "your")
  }
}
