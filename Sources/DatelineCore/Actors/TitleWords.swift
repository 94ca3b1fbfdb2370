/// Tells the capitalized common words that belong to a title before a name (`Trade and Industry
/// Secretary`, `Assistant Attorney General`) from the organization or place the title is held at
/// (`Apple CEO`, `Iraqi Interior Minister`): the first are nouns or adjectives, here or in most of
/// the tagger's training text, and the lexicons do not know them as names.
struct TitleWords {
  let tagged: TaggedText

  /// Whether every word of `range` is a common word of a title, joined by `and` or `of`.
  func areTitleWords(_ range: Range<Int>) -> Bool {
    var sawWord = false
    for index in range {
      if tagged.isLowercaseWord(index), tagged.isWord(index, "and") || tagged.isWord(index, "of") { continue }
      guard isCommonTitleWord(index) else { return false }
      sawWord = true
    }
    return sawWord
  }

  /// A capitalized noun, adjective or participle that names no actor the lexicons know: `Trade`,
  /// `Assistant`, `Acting`, `Managing`.
  func isCommonTitleWord(_ index: Int) -> Bool {
    let token = tagged.tokens[index]
    guard token.kind == .word, token.isCapitalized, !token.flags.contains(.allUpper) else { return false }
    let upos = tagged.upos(index) == .propn ? tagged.usualTag(index) : tagged.upos(index)
    guard upos == .noun || upos == .adj || upos == .verb && tagged.endsWith(index, "ing") else { return false }
    return !isKnownName(index) && !tagged.has(index, [.givenName, .demonymStart])
  }

  /// Whether the lexicons know the word at `index` as an actor, a capital or an alias.
  func isKnownName(_ index: Int) -> Bool {
    let lexicon = tagged.lexicon
    return tagged.match(lexicon.knownActors, at: index, limit: index + 1) != nil
      || tagged.match(lexicon.capitals, at: index, limit: index + 1) != nil
      || tagged.match(lexicon.aliases, at: index, limit: index + 1) != nil
  }
}
