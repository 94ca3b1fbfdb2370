/// The titles a document shows without the lexicon's help: a capitalized word it uses alone after
/// `the` as the subject of a verb (`The Taoiseach said`, `the Ombudsman found`), as a common noun
/// is, and also writes right before a person's name (`Taoiseach Micheál Martin`). Before the name
/// such a word is that person's title, and alone after `the` it names the holder rather than an
/// actor of its own.
struct DefiniteRoleWords {
  private let hashes: Set<UInt32>

  /// The role words of `tagged`.
  init(tagged: TaggedText) {
    var alone = Set<UInt32>()
    let count = tagged.tokens.count
    for index in 1..<max(1, count - 1)
    where tagged.isWord(index - 1, "the") && tagged.isFiniteVerb(index + 1) && Self.isRoleWord(index, tagged) {
      alone.insert(tagged.tokens[index].hash)
    }
    var hashes = Set<UInt32>()
    if !alone.isEmpty {
      for index in 0..<max(0, count - 2)
      where alone.contains(tagged.tokens[index].hash) && tagged.isCapitalizedWord(index)
        && Self.isPersonNameAfter(index, tagged)
      {
        hashes.insert(tagged.tokens[index].hash)
      }
    }
    self.hashes = hashes
  }

  /// Whether the word at `index` is one the document uses alone after `the` as a role.
  func contains(_ index: Int, in tagged: TaggedText) -> Bool {
    !hashes.isEmpty && tagged.tokens[index].kind == .word && hashes.contains(tagged.tokens[index].hash)
  }

  /// Whether the word at `index` is a role word used alone after `the` (`the Taoiseach said`).
  func isRoleAfterThe(_ index: Int, in tagged: TaggedText) -> Bool {
    contains(index, in: tagged) && tagged.isWord(index - 1, "the") && !tagged.isCapitalizedWord(index + 1)
  }

  /// Whether a person's name of two words follows the word at `index` in its sentence (not a
  /// heading's word before the next paragraph): a given name and a capitalized word, or two words
  /// shaped like a person's name (`Micheál Martin`).
  static func isPersonNameAfter(_ index: Int, _ tagged: TaggedText) -> Bool {
    let name = (index + 1)..<(index + 3)
    guard name.upperBound <= tagged.tokens.count, tagged.isCapitalizedWord(index + 1), tagged.isCapitalizedWord(index + 2),
      tagged.sentenceOf[index] == tagged.sentenceOf[index + 2]
    else { return false }
    return tagged.has(index + 1, .givenName) || NameShapeEvidence.isPersonLikeName(name, tagged)
  }

  /// A capitalized word, not in capitals, that no lexicon knows as a name, a place, a nationality,
  /// a kind noun or a listed title: the tagger's training text does not know it, or knows it as a
  /// common noun.
  private static func isRoleWord(_ index: Int, _ tagged: TaggedText) -> Bool {
    let token = tagged.tokens[index]
    guard token.kind == .word, token.isCapitalized, !token.flags.contains(.allUpper), token.length >= 3,
      !tagged.has(index, [.givenName, .demonymStart, .kindNoun, .titleStart, .honorific, .calendar]),
      [nil, .noun].contains(tagged.usualTag(index)), tagged.place(index..<(index + 1)) == nil
    else { return false }
    return !TitleWords(tagged: tagged).isKnownName(index)
  }
}
