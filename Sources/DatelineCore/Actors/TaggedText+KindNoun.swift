extension TaggedText {
  /// The kind the kind noun at `index` names where it stands: a company or association for
  /// `group` after a nationality, a noun of trade or cause (`the German group`, `the engineering
  /// group`, `Consumer group` opening a sentence) or the owners' `’` of its members (`Supporters’
  /// group`), not after an adjective (`the militant group`); else the kind the lexicon gives it.
  func actorKind(ofKindNoun index: Int) -> Actor.Kind? {
    guard let kind = infos[index].actorKind, kind == .group, has(index, .companyHead) else {
      return infos[index].actorKind
    }
    let modifier = index - 1
    if has(modifier, .demonymStart), isCapitalizedWord(modifier) { return .organization }
    if has(modifier, [.closeSingle, .straightSingle]), isGlued(modifier), modifier >= 1, endsWith(modifier - 1, "s") {
      return .organization
    }
    guard !has(modifier, .kindNoun), !Self.armedModifiers.contains(modifier, in: self) else { return kind }
    let isTrade =
      isLowercaseWord(modifier) && upos(modifier) == .noun
      || isCapitalizedWord(modifier) && isSentenceInitial(modifier) && usualTag(modifier) == .noun
    return isTrade ? .organization : kind
  }

  /// Nouns before `group` that tell an armed or outlawed group, not a company: `the rebel group`.
  private static let armedModifiers = WordList([
    "rebel", "militant", "terrorist", "terror", "jihadist", "extremist", "insurgent", "separatist", "paramilitary",
    "guerrilla", "militia", "hacker", "hacking", "criminal", "crime", "gang",
  ])
}
