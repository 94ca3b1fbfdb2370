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

  /// Whether the word at `index` is its lemma with the present's `-s` of the third person
  /// (`runs`, `goes`, `carries`): a finite form no auxiliary comes before.
  func isThirdPersonPresent(_ index: Int) -> Bool {
    let lemma = Array(self.lemma(index).utf8)
    let token = tokens[index]
    let length = Int(token.length)
    guard let last = lemma.last, length > lemma.count, length <= lemma.count + 2 else { return false }
    let word = (0..<length).map { analysis.text[Int(token.start) + $0].asciiLowercased }
    guard word.last == UInt8(ascii: "s") else { return false }
    if length == lemma.count + 1 { return word.starts(with: lemma) }
    let stem = last == UInt8(ascii: "y") ? lemma.dropLast() + Array("ie".utf8) : lemma + [UInt8(ascii: "e")]
    return word.starts(with: stem) && stem.count == length - 1
  }

  /// Whether the word at `index` is a pronoun of the first person singular (`I`, `me`, `my`,
  /// `myself`), or with `plural` also of the plural (`we`, `us`, `our`).
  func isFirstPerson(_ index: Int, plural: Bool = false) -> Bool {
    if isWord(index, "i") || isWord(index, "me") || isWord(index, "my") || isWord(index, "myself") { return true }
    return plural && (isWord(index, "we") || isWord(index, "us") || isWord(index, "our"))
  }

  /// Whether the word at `index` is a personal pronoun only an object takes (`him`, `them`, `us`,
  /// `me`): it ends a noun phrase and opens no clause of its own (`who paid him | were jailed`).
  /// `her` and `it` are left out: they may own a noun or be a subject.
  func isObjectCasePronoun(_ index: Int) -> Bool {
    isWord(index, "him") || isWord(index, "them") || isWord(index, "us") || isWord(index, "me")
  }

  /// Whether the token at `index` is a percent sign glued to the number before it: `78%`.
  func isPercentSign(_ index: Int) -> Bool {
    let token = tokens[index]
    guard index > 0, token.length == 1, analysis.text[Int(token.start)] == UInt8(ascii: "%") else { return false }
    let number = tokens[index - 1]
    return number.kind == .number && number.end == token.start
  }

  /// Whether the word at `index` is a pronoun standing as an object: one only an object takes, or
  /// `it`, `you` or `her` right after a verb or a preposition (`the agency that runs it | said`).
  func isObjectPronoun(_ index: Int) -> Bool {
    if isObjectCasePronoun(index) { return true }
    guard index > 0, isWord(index, "it") || isWord(index, "you") || isWord(index, "her") else { return false }
    return upos(index - 1) == .verb || upos(index - 1) == .adp
  }

  /// Whether `’s` (or TimeML's spaced `'s`) follows the token before `end`: the name ending there
  /// owns what comes next (`Varden’s chief executive`).
  func isPossessive(after end: Int) -> Bool {
    guard end + 1 < tokens.count, has(end, [.closeSingle, .straightSingle]) else { return false }
    let next = tokens[end + 1]
    return next.kind == .word && next.length == 1 && isGlued(end + 1)
      && analysis.text[Int(next.start)] | 0x20 == UInt8(ascii: "s")
  }

  /// Whether the single quotation mark at `index` is the apostrophe of a possessive, glued to
  /// the name before it (`the Moon’s pole`, `Mars’ shadow`), not a quotation's mark.
  func isPossessiveApostrophe(_ index: Int) -> Bool {
    guard index > 0, has(index, [.closeSingle, .straightSingle]), isGlued(index), tokens[index - 1].kind == .word else {
      return false
    }
    return isPossessive(after: index) || endsWith(index - 1, "s") && !isGlued(index + 1)
  }

  /// Whether token `index` is a quotation mark, not a possessive's apostrophe (`Moon’s`).
  func isQuotationMark(_ index: Int) -> Bool {
    has(index, WordFlags.quoteMark) && !isPossessiveApostrophe(index)
  }

  /// Whether the word at `index` is a possessive determiner: `its`, `his`, `her`, `their`, `our`,
  /// `my`, `your`.
  func isPossessiveDeterminer(_ index: Int) -> Bool {
    isWord(index, "its") || isWord(index, "his") || isWord(index, "her") || isWord(index, "their")
      || isWord(index, "our") || isWord(index, "my") || isWord(index, "your")
  }

  /// Whether the noun phrase `phrase` names more than one: a plural pronoun or a lowercase
  /// plural noun at its head, the end or the word before a preposition (`the activists`, `they`;
  /// not `a tax on sugary drinks`).
  func isPluralPhrase(_ phrase: Range<Int>) -> Bool {
    let preposition = phrase.dropFirst().first { upos($0) == .adp }
    let last = (preposition ?? phrase.upperBound) - 1
    if upos(last) == .pron { return isWord(last, "they") || isWord(last, "we") }
    return upos(last) == .noun && isLowercaseWord(last) && isPluralNoun(last)
  }

  /// Whether the noun at `index` is written in the plural: `inspectors`, `schools`, `people`,
  /// `fishermen` (not `class`, `virus`).
  func isPluralNoun(_ index: Int) -> Bool {
    if isWord(index, "people") || isWord(index, "police") || isWord(index, "children") { return true }
    if endsWith(index, "men") { return lemma(index).hasSuffix("man") }
    return endsWith(index, "s") && !endsWith(index, "ss") && !endsWith(index, "us")
  }

  /// Whether the word at `index` is a pronoun that stands as a clause's subject: `he`, `she`, `it`,
  /// `they`, `we`, `I`, `you`.
  func isSubjectPronoun(_ index: Int) -> Bool {
    isWord(index, "he") || isWord(index, "she") || isWord(index, "it") || isWord(index, "they") || isWord(index, "we")
      || isWord(index, "i") || isWord(index, "you")
  }

  /// The lemmas the word at `index` may have, in lower case: the tagger's, then those read back
  /// from a regular ending, for the forms whose lemma the tagger's rules cut wrong (`credited`
  /// read as `credite`, `resumed` as `resum`): `credited` → `credit`, `praised` → `praise`,
  /// `labelled` → `label`, `blames` → `blame`, `crediting` → `credit`.
  func lemmaForms(_ index: Int) -> [Substring] {
    let word = Substring(string(tokens: index..<(index + 1)).lowercased())
    return [Substring(lemma(index).lowercased())] + Self.regularStems(of: word)
  }

  /// The stems a regular verb form may have, read back from its ending.
  private static func regularStems(of word: Substring) -> [Substring] {
    var stems: [Substring] = []
    for ending in ["ed", "ing", "es", "s"] where word.hasSuffix(ending) {
      let stem = word.dropLast(ending.count)
      guard stem.count >= 3 else { continue }
      stems.append(stem)
      if ending != "s" { stems.append(Substring(stem + "e")) }
      // A doubled last consonant before the ending: `labelled`, `dubbed`.
      if ending != "s", ending != "es", let last = stem.last, stem.dropLast().last == last { stems.append(stem.dropLast()) }
    }
    return stems
  }
}

extension TaggedText {
  /// The reflexive pronouns, which after a noun or a pronoun only stress it (`the company itself`).
  private static let reflexives: [StaticString] = [
    "myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves",
  ]

  /// Whether the word at `index` is a reflexive pronoun that only stresses the noun, name or
  /// pronoun right before it (a capitalized word the tagger may not read as a name), its clause's verb coming next (`Osei himself had refused`, `the
  /// telescope itself cost`, `who herself reached`); not an object (`hurt himself`, `for
  /// themselves`).
  func isIntensifier(_ index: Int) -> Bool {
    guard index > 0, index + 1 < tokens.count, tokens[index].kind == .word, isLowercaseWord(index),
      Self.reflexives.contains(where: { isWord(index, $0) }),
      [.noun, .propn, .pron].contains(upos(index - 1)) || has(index - 1, .relative) || isCapitalizedWord(index - 1),
      [.verb, .aux, .adv].contains(upos(index + 1)) || has(index + 1, .auxiliary)
    else { return false }
    return sentenceOf[index - 1] == sentenceOf[index]
  }
}
