/// All the word lists the actor, quote and event taggers read, loaded once from the bundled
/// lexicons in `Resources/lexicons/`.
struct Lexicon: Sendable {
  /// A title and whether it is also an ordinary word; see `titles.txt`.
  struct Title: Sendable, Hashable {
    /// How the title names a person's post.
    var kind: TitleKind
    /// Whether the title is also an ordinary word (`General Motors`), so that it is split off only
    /// before a full name.
    var isAmbiguous: Bool
  }

  /// How a title names a person's post; see `titles.txt`.
  enum TitleKind: Sendable {
    /// A post one person holds at a time: `prime minister`.
    case office
    /// A title written before a name: `Gen.`, `Ayatollah`.
    case rank
    /// A noun that says a person is meant: `analyst`.
    case role
  }

  /// How far an event-anchored time lies from its event; see `anchor-units.txt`.
  struct AnchorUnit: Sendable, Hashable {
    /// How many units.
    var count: Int
    /// `day`, `week`, `month` or `year`.
    var unit: TimePoint.Precision
    /// The part of the day, for `night`, `morning`, ….
    var partOfDay: TimePoint.PartOfDay?
  }

  /// Word classes of single tokens (words and punctuation).
  let words: WordTable<WordInfo>
  /// Titles and role nouns.
  let titles: PhraseTable<Title>
  /// Names whose kind the text alone does not show.
  let knownActors: PhraseTable<Actor.Kind>
  /// Other names of well-known actors → the name used for them.
  let aliases: PhraseTable<String>
  /// Capitals → their country.
  let capitals: PhraseTable<String>
  /// Demonyms → their country (empty when they name none).
  let demonyms: PhraseTable<String>
  /// Units of event-anchored times.
  let anchorUnits: WordTable<AnchorUnit>

  /// The bundled lexicons.
  static let standard = Lexicon()

  private init() {
    var builder = WordInfoBuilder()
    builder.addFunctionWords(BundledResources.lexicon("function-words"))
    for entry in BundledResources.lexicon("given-names") { builder.add(entry.key, .givenName) }
    for entry in BundledResources.lexicon("city-parts") { builder.add(entry.key, .cityPart) }
    builder.addSpeechVerbs(BundledResources.lexicon("speech-verbs"))
    builder.addKindNouns(BundledResources.lexicon("kind-nouns"))
    builder.addEventTriggers(BundledResources.lexicon("event-triggers"))
    builder.addPunctuation()

    titles = PhraseTable(BundledResources.lexicon("titles").compactMap { entry in
      let ambiguous = entry.value.hasSuffix("?")
      let kind = Self.titleKind(ambiguous ? String(entry.value.dropLast()) : entry.value)
      return kind.map { (entry.key, Title(kind: $0, isAmbiguous: ambiguous)) }
    })
    knownActors = PhraseTable(BundledResources.lexicon("known-actors").compactMap { entry in
      Actor.Kind(rawValue: entry.value).map { (entry.key, $0) }
    })
    aliases = PhraseTable(BundledResources.lexicon("aliases").map { ($0.key, $0.value) })
    capitals = PhraseTable(BundledResources.lexicon("capitals").map { ($0.key, $0.value) })
    demonyms = PhraseTable(BundledResources.lexicon("demonyms").map { ($0.key, $0.value) })
    let units = BundledResources.lexicon("anchor-units").compactMap { entry in
      Self.anchorUnit(entry.value).map { (entry.key, $0) }
    }
    anchorUnits = WordTable(units)
    for unit in units { builder.add(unit.0, .anchorUnit) }

    for word in titles.firstWords { builder.add(word, .titleStart) }
    for entry in BundledResources.lexicon("titles") where entry.value.hasPrefix("office") {
      builder.add(String(entry.key.split(separator: " ")[0]), .officeStart)
    }
    for word in knownActors.firstWords { builder.add(word, .knownStart) }
    for word in aliases.firstWords { builder.add(word, .aliasStart) }
    for word in capitals.firstWords { builder.add(word, .capitalStart) }
    for word in demonyms.firstWords { builder.add(word, .demonymStart) }
    words = builder.table()
  }

  private static func titleKind(_ value: String) -> TitleKind? {
    switch value {
    case "office": .office
    case "rank": .rank
    case "role": .role
    default: nil
    }
  }

  private static func anchorUnit(_ value: String) -> AnchorUnit? {
    let parts = value.split(separator: " ")
    guard parts.count >= 2, let count = Int(parts[0]) else { return nil }
    let unit: TimePoint.Precision
    switch parts[1] {
    case "day": unit = .day
    case "week": unit = .week
    case "month": unit = .month
    case "year": unit = .year
    default: return nil
    }
    let part = parts.count > 2 ? TimePoint.PartOfDay(rawValue: String(parts[2])) : nil
    return AnchorUnit(count: count, unit: unit, partOfDay: part)
  }
}
