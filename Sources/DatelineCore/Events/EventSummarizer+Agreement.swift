/// Whether a noun phrase can be what a subject pronoun stands for.
extension EventSummarizer {
  /// How a candidate noun phrase agrees with a subject pronoun.
  enum Agreement {
    /// It can be what the pronoun stands for.
    case agrees
    /// It cannot, but an earlier subject may.
    case disagrees
    /// It names a person or someone of unknown kind: nothing before it is taken.
    case blocks
  }

  /// Whether the noun phrase `phrase` can be what a pronoun stands for: its head (its last word
  /// before `of`, `in` or `from`: `Schools in Cumbria`) names an organization, group, product or place,
  /// or is a common noun that names no person, singular for `it`, plural (or an organization,
  /// group or a noun for several people: `the pair`) for `they`.
  func agreement(of phrase: Range<Int>, plural: Bool, named: Bool) -> Agreement {
    // Names joined by `and` are several, unless one name holds the `and` (`Marks and Sons`).
    if let and = phrase.first(where: { joinsNames($0) }),
      !actors.mentions(in: phrase).contains(where: { $0.tokens.contains(and) })
    {
      return plural ? .agrees : .disagrees
    }
    let preposition = phrase.first(where: tagged.isPhrasePreposition)
    let head = (preposition ?? phrase.upperBound) - 1
    // A name after `the` names a thing, not a person: `The Kelby Viaduct was shut`.
    let namesThing = tagged.upos(head) == .propn && tagged.isWord(phrase.lowerBound, "the") && !tagged.isPluralNoun(head)
    if let mention = actors.mentions(in: phrase).last(where: { $0.tokens.contains(head) }) {
      switch actors.actors[mention.actor].kind {
      case .unknown where namesThing: return plural ? .disagrees : .agrees
      case .person, .unknown: return .blocks
      case .organization, .group: return .agrees
      case .product, .place: return plural ? .disagrees : .agrees
      }
    }
    if namesThing { return plural ? .disagrees : .agrees }
    guard !named, tagged.upos(head) == .noun else { return named || tagged.upos(head) == .propn ? .blocks : .disagrees }
    // A possessive before a common head makes two things the pronoun may stand for: `The
    // planet's slow sentience developed … It had been violated`.
    let isOrganization = tagged.has(head, .kindNoun) && [.organization, .group].contains(tagged.infos[head].actorKind)
    if !isOrganization, phrase.contains(where: { tagged.isWord($0, "s") && tagged.isGlued($0) }) { return .blocks }
    // A noun for people (`the victim`, `residents`) is never what `it` stands for; one for a group
    // of them (`the pair`) may be what `they` does.
    let isCollective = Self.collectiveNouns.contains(tagged.lemma(head).lowercased())
    if !isCollective, tagged.has(head, [.titleStart, .officeStart]) || PersonNoun.names(head, in: tagged) {
      guard tagged.isPluralNoun(head) else { return .blocks }
      return plural ? .agrees : .disagrees
    }
    if isOrganization || plural && isCollective { return .agrees }
    return tagged.isPluralNoun(head) == plural ? .agrees : .disagrees
  }

  /// Whether the word at `index` is an `and` between two names: `Ana Ruiz and Tom Pell`.
  func joinsNames(_ index: Int) -> Bool {
    namesJoined(at: index, ofAnyKind: true) != nil
  }

  /// Singular nouns for several people, whom `they` stands for: `The pair set out … They last
  /// checked in`.
  private static let collectiveNouns: Set<String> = ["pair", "couple", "duo", "trio", "family", "crew"]
}
