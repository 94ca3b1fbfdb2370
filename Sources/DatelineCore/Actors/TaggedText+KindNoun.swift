extension TaggedText {
  /// The kind the kind noun at `index` names where it stands: a company for `group` after a
  /// nationality or a noun of trade (`the German group`, `the engineering group`), not after an
  /// adjective (`the militant group`); else the kind the lexicon gives it.
  func actorKind(ofKindNoun index: Int) -> Actor.Kind? {
    guard let kind = infos[index].actorKind, kind == .group, has(index, .companyHead) else {
      return infos[index].actorKind
    }
    let modifier = index - 1
    if has(modifier, .demonymStart), isCapitalizedWord(modifier) { return .organization }
    let isTrade = isLowercaseWord(modifier) && upos(modifier) == .noun && !has(modifier, .kindNoun)
    return isTrade ? .organization : kind
  }
}
