/// The adjective that opens a sentence before a person's name and is no part of it.
extension NameSplitter {
  /// Whether the word at `index` is an adjective that opens its sentence before a person's name,
  /// written with a capital only for its place: `Conservative Paul Tse was re-elected`,
  /// `Independent Maria Lund won`. The word is an adjective by the tagger's training text and no
  /// name the lexicons know, a given name and at least one more capitalized word follow, and no
  /// institution's or place's noun closes the run (`Royal Albert Hall` is one name).
  func isOpeningAdjective(_ index: Int, end: Int) -> Bool {
    guard index == tagged.sentences[Int(tagged.sentenceOf[index])].tokens.lowerBound, end - index >= 3,
      tagged.has(index + 1, .givenName), tagged.usualTag(index) == .adj,
      !tagged.tokens[index].flags.contains(.allUpper), !TitleWords(tagged: tagged).isKnownName(index),
      !tagged.has(end - 1, [.kindNoun, .companyHead]), tagged.place(index + 1..<end) == nil
    else { return false }
    return (index + 2..<end).allSatisfy { tagged.isCapitalizedWord($0) && !tagged.has($0, .functionWord) }
  }
}
