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
  /// The countries the demonyms name (`United States`), which an alias may stand for (`US`).
  let countries: Set<String>

  /// The bundled lexicons.
  static let standard = Lexicon()

  private init() {
    var builder = WordInfoBuilder()
    builder.addFunctionWords(BundledResources.lexicon("function-words"))
    for entry in BundledResources.lexicon("given-names") { builder.add(entry.key, .givenName) }
    for entry in BundledResources.lexicon("gendered-names") {
      builder.add(entry.key, entry.value == "f" ? .femaleName : .maleName)
    }
    for entry in BundledResources.lexicon("city-parts") { builder.add(entry.key, .cityPart) }
    for word in IrregularPasts.all { builder.add(word, .pastVerb) }
    builder.addSpeechVerbs(BundledResources.lexicon("speech-verbs"))
    builder.addKindNouns(BundledResources.lexicon("kind-nouns"))
    builder.addEventContexts(BundledResources.lexicon("event-contexts"))
    builder.addEventTriggers(BundledResources.lexicon("event-triggers"))
    builder.addPunctuation()

    titles = PhraseTable(
      BundledResources.lexicon("titles").compactMap { entry in
        let ambiguous = entry.value.hasSuffix("?")
        let kind = Self.titleKind(ambiguous ? String(entry.value.dropLast()) : entry.value)
        return kind.map { (entry.key, Title(kind: $0, isAmbiguous: ambiguous)) }
      })
    knownActors = PhraseTable(
      BundledResources.lexicon("known-actors").compactMap { entry in
        Actor.Kind(rawValue: entry.value).map { (entry.key, $0) }
      })
    aliases = PhraseTable(BundledResources.lexicon("aliases").map { ($0.key, $0.value) })
    capitals = PhraseTable(BundledResources.lexicon("capitals").map { ($0.key, $0.value) })
    demonyms = PhraseTable(BundledResources.lexicon("demonyms").map { ($0.key, $0.value) })
    countries = Set(BundledResources.lexicon("demonyms").map(\.value).filter { !$0.isEmpty })

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
}
