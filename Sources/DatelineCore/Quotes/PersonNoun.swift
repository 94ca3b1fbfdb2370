/// Whether a common noun names a person by what they are or do, so that a phrase it heads can
/// speak (`the seller`, `one resident`, `the company’s lawyer`, `a spokeswoman for the council`):
/// a title or role noun of the lexicon (`judge`, `analyst`), a noun of a person (``PersonWords``:
/// `nurse`, `woman`) or of people (`witness`, `source`), or a noun of an agent (`seller`,
/// `resident`, `economist`, `historian`, `employee`); never a kind noun of an organization or a
/// place, nor a document that says things (`the letter`, `the report`, `the agreement`).
enum PersonNoun {
  /// Whether the noun at `index` names a person (or, in the plural, people).
  static func names(_ index: Int, in tagged: TaggedText) -> Bool {
    guard tagged.tokens[index].kind == .word, !tagged.has(index, .kindNoun) else { return false }
    if tagged.match(tagged.lexicon.titles, at: index, limit: index + 1) != nil { return true }
    let lemma = commonLemma(index, in: tagged)
    if PersonWords.occupations.contains(Substring(lemma)) || people.contains(lemma) { return true }
    guard !things.contains(lemma), !lemma.hasSuffix("ment") else { return false }
    return agentEndings.contains { lemma.hasSuffix($0) && lemma.count > $0.count + 2 }
  }

  /// Whether the noun at `index` is plural: its lemma differs from the word (`residents`).
  static func isPlural(_ index: Int, in tagged: TaggedText) -> Bool {
    let word = tagged.string(tokens: index..<(index + 1)).lowercased()
    return word == "people" || word == "police" || commonLemma(index, in: tagged) != word
  }

  /// Whether the word at `index` is a common noun the tagger read as a name for its capital at
  /// the start of a sentence (`Fishermen said`, `Airlines told`), when it names people or
  /// organizations.
  static func isReadAsName(_ index: Int, in tagged: TaggedText) -> Bool {
    tagged.upos(index) == .propn && tagged.isCapitalizedWord(index) && tagged.isSentenceInitial(index)
      && !tagged.tokens[index].flags.contains(.allUpper) && (names(index, in: tagged) || namesOrganizations(index, in: tagged))
  }

  /// The lemma of the noun at `index` in lower case; for a word the tagger read as a name at the
  /// start of a sentence, the singular its plural ending tells (`Fishermen` → `fisherman`).
  private static func commonLemma(_ index: Int, in tagged: TaggedText) -> String {
    guard tagged.upos(index) == .propn, tagged.isSentenceInitial(index) else { return tagged.lemma(index).lowercased() }
    let word = tagged.string(tokens: index..<(index + 1)).lowercased()
    if word.hasSuffix("men") { return word.dropLast(3) + "man" }
    if word.hasSuffix("ies") { return word.dropLast(3) + "y" }
    if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us") { return String(word.dropLast()) }
    return word
  }

  /// Whether the noun at `index` is the plural of a kind of organization, whose members speak as
  /// a group (`Unions said`, `Airlines told`); `the unions` stands for a union named before.
  static func namesOrganizations(_ index: Int, in tagged: TaggedText) -> Bool {
    guard tagged.isLowercaseWord(index) || tagged.isSentenceInitial(index), tagged.isPluralNoun(index) else {
      return false
    }
    if tagged.has(index, .kindNoun) { return tagged.infos[index].actorKind == .organization }
    let singular = tagged.lexicon.words.value(forWord: tagged.lemma(index).lowercased())
    return singular.map { $0.flags.contains(.kindNoun) && $0.actorKind == .organization } ?? false
  }

  private static let agentEndings = ["er", "or", "ist", "ian", "ant", "ent", "ee", "eer"]

  /// Nouns of people beyond ``PersonWords``: plurals the lemma may keep, groups, and nouns that
  /// may name an organization or a thing too but speak as people after a determiner (`the
  /// source`, `the host`, `his agent`).
  private static let people: Set<String> = [
    "people", "men", "women", "children", "source", "witness", "victim", "local", "parent", "fan", "guest", "host",
    "critic", "veteran", "staff", "official", "family", "police", "insider", "observer", "rival", "ally", "spokespeople",
    "baby", "suspect", "agent",
  ]

  /// Nouns with an agent's ending that name things.
  private static let things: Set<String> = [
    "letter", "paper", "newspaper", "order", "charter", "chapter", "poster", "flyer", "register", "tracker",
    "banner", "counter", "number", "computer", "center", "centre", "monitor", "indicator", "sensor", "meter",
    "calculator", "browser", "server", "printer", "answer", "power", "matter", "character", "cover", "border",
    "corner", "summer", "winter", "water", "filter", "sector", "factor", "error", "mirror", "motor", "color",
    "colour", "favor", "favour", "honor", "honour", "labor", "labour", "tenor", "flavor", "rumor", "rumour",
    "content", "event", "percent", "accident", "incident", "talent", "plant", "grant",
    "warrant", "restaurant", "variant", "component", "element", "segment", "patent", "decree",
    "committee", "guarantee", "fee", "tree", "degree",
  ]
}
