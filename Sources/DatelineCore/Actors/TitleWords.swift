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
  /// `Assistant`, `Acting`, `Managing`, `District`.
  func isCommonTitleWord(_ index: Int) -> Bool {
    let token = tagged.tokens[index]
    guard token.kind == .word, token.isCapitalized, !token.flags.contains(.allUpper) else { return false }
    // A noun for a kind of place alone names no place: right before a title it says where the
    // title is held (`District Judge`, `County Commissioner`), whatever the tagger's training
    // text made of it; not before an institution's noun (`State Department`).
    if tagged.has(index, .kindNoun), tagged.infos[index].actorKind == .place, tagged.has(index + 1, .titleStart) {
      return !isKnownName(index)
    }
    let upos = commonTag(index)
    guard upos == .noun || upos == .adj || upos == .verb && tagged.endsWith(index, "ing") else { return false }
    return !isKnownName(index) && !tagged.has(index, [.givenName, .demonymStart])
  }

  /// The end of the common title words from `start` that tell no kind of actor and start no title
  /// (`Medical` in `Chief Medical Officer`; not `Motors` in `General Motors Chief Executive`), before
  /// `end`.
  func bridgeEnd(from start: Int, end: Int) -> Int {
    var index = start
    while index < end, isCommonTitleWord(index), !tagged.has(index, [.kindNoun, .titleStart]) { index += 1 }
    return index
  }

  /// Where the person's name starts after a title the lexicon does not hold, written with common
  /// words from `start` and ending in a noun, before a given name and a surname: `John` in
  /// `Information Commissioner John Edwards`, `Andy` after `Chief Constable`; or, after a title
  /// ending in a noun for a person who does something, before the two last words of the run shaped
  /// like a person's name (`Naomi` in `Barrister Naomi Fairley`).
  func unlistedTitleEnd(from start: Int, end: Int) -> Int? {
    var name = bridgeEnd(from: start, end: end)
    if name < end, isUnknownAgentNoun(name) { name += 1 }
    guard name > start, name + 1 < end, tagged.tokens[name + 1].kind == .word,
      commonTag(name - 1) == .noun || isUnknownAgentNoun(name - 1)
    else { return nil }
    if tagged.has(name, .givenName) { return name }
    let isPersonAfterAgent =
      end - name == 2 && hasAgentEnding(name - 1) && NameShapeEvidence.isPersonLikeName(name..<end, tagged)
    return isPersonAfterAgent ? name : nil
  }

  /// A capitalized word the tagger's training text is too small to know, with the ending of a
  /// noun for a person who does something: `Astronomer`, `Auditor`, `Novelist`, `Ombudsman`.
  private func isUnknownAgentNoun(_ index: Int) -> Bool {
    let token = tagged.tokens[index]
    guard token.kind == .word, token.isCapitalized, !token.flags.contains(.allUpper), tagged.usualTag(index) == nil,
      !isKnownName(index), !tagged.has(index, [.givenName, .demonymStart, .kindNoun])
    else { return false }
    return hasAgentEnding(index)
  }

  /// Whether the word at `index` is a noun with the ending of a noun for a person who does
  /// something: `Master`, `Engineer`, `Inspector`.
  func isAgentNoun(_ index: Int) -> Bool {
    commonTag(index) == .noun && hasAgentEnding(index)
  }

  /// Whether the word ends as a noun for a person who does something: `-er`, `-or`, `-ist`,
  /// `-ian`, `-man`.
  private func hasAgentEnding(_ index: Int) -> Bool {
    tagged.endsWith(index, "er") || tagged.endsWith(index, "or") || tagged.endsWith(index, "ist")
      || tagged.endsWith(index, "ian") || tagged.endsWith(index, "man")
  }

  /// The word's own tag, or the tag it usually has when the tagger took it for part of a name.
  private func commonTag(_ index: Int) -> UPOS? {
    tagged.upos(index) == .propn ? tagged.usualTag(index) : tagged.upos(index)
  }

  /// Whether the lexicons know the word at `index` as an actor, a capital or an alias.
  func isKnownName(_ index: Int) -> Bool {
    let lexicon = tagged.lexicon
    return tagged.match(lexicon.knownActors, at: index, limit: index + 1) != nil
      || tagged.match(lexicon.capitals, at: index, limit: index + 1) != nil
      || tagged.match(lexicon.aliases, at: index, limit: index + 1) != nil
  }
}
