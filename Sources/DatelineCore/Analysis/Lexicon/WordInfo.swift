/// What the lexicons say about one token: its word classes and, for some words, an event or actor
/// kind. Computed once per token so that the taggers test bits instead of comparing bytes.
struct WordInfo: Sendable {
  /// The word's classes.
  var flags: WordFlags = []
  /// The event kind a trigger word names, when `flags` has a trigger class.
  var eventKind: Event.Kind?
  /// The actor kind a kind noun names (`militia` → group).
  var actorKind: Actor.Kind?
  /// The context classes a noun belongs to, as bits (`miners` → labour); see
  /// `event-contexts.txt`.
  var contextClasses: UInt16 = 0
  /// The kinds an event word takes beside nouns of context classes.
  var contextKinds = ContextKinds()

  /// A token the lexicons know nothing about.
  static let none = WordInfo()
}

/// Word and punctuation classes from the lexicons.
struct WordFlags: OptionSet, Sendable, Hashable {
  let rawValue: UInt64

  static let determiner = WordFlags(rawValue: 1 << 0)
  static let quantifier = WordFlags(rawValue: 1 << 1)
  static let personPronoun = WordFlags(rawValue: 1 << 2)
  static let groupPronoun = WordFlags(rawValue: 1 << 3)
  static let pronoun = WordFlags(rawValue: 1 << 4)
  static let preposition = WordFlags(rawValue: 1 << 5)
  static let locativePreposition = WordFlags(rawValue: 1 << 6)
  static let conjunction = WordFlags(rawValue: 1 << 7)
  static let relative = WordFlags(rawValue: 1 << 8)
  static let subordinator = WordFlags(rawValue: 1 << 9)
  static let auxiliary = WordFlags(rawValue: 1 << 10)
  static let modal = WordFlags(rawValue: 1 << 11)
  static let negation = WordFlags(rawValue: 1 << 12)
  static let adverb = WordFlags(rawValue: 1 << 13)
  static let question = WordFlags(rawValue: 1 << 14)
  static let interjection = WordFlags(rawValue: 1 << 15)
  /// Joins the words of a name: `of`, `for`.
  static let connector = WordFlags(rawValue: 1 << 16)
  /// A name particle: `al`, `bin`, `de`.
  static let particle = WordFlags(rawValue: 1 << 17)
  /// `Mr`, `Mrs`, `Dr`.
  static let honorific = WordFlags(rawValue: 1 << 18)
  static let givenName = WordFlags(rawValue: 1 << 19)
  /// Starts an entry of the demonym table.
  static let demonymStart = WordFlags(rawValue: 1 << 20)
  /// Starts an entry of the capital table.
  static let capitalStart = WordFlags(rawValue: 1 << 21)
  /// Starts an entry of the known-actor table.
  static let knownStart = WordFlags(rawValue: 1 << 22)
  /// Starts an entry of the title table.
  static let titleStart = WordFlags(rawValue: 1 << 23)
  /// Starts an entry of the alias table.
  static let aliasStart = WordFlags(rawValue: 1 << 24)
  /// A speech verb that can attribute quoted words: `said`, `told`.
  static let speechVerb = WordFlags(rawValue: 1 << 25)
  /// A verb that attributes only reported speech: `believes`.
  static let cognitionVerb = WordFlags(rawValue: 1 << 26)
  /// A noun that tells an actor's kind: `militia`, `institute`.
  static let kindNoun = WordFlags(rawValue: 1 << 27)
  /// A kind noun that takes `of` inside a name: `Ministry of …`.
  static let takesOf = WordFlags(rawValue: 1 << 28)
  /// A part of a city: `streets`, `mayor`.
  static let cityPart = WordFlags(rawValue: 1 << 29)
  /// A verb form that can carry an event: `encircled`.
  static let triggerVerb = WordFlags(rawValue: 1 << 30)
  /// A noun that names an event: `attack`, `ballot`.
  static let triggerNoun = WordFlags(rawValue: 1 << 31)
  /// A verb whose object names the event: `held`, `joined`.
  static let lightVerb = WordFlags(rawValue: 1 << 32)

  static let openDouble = WordFlags(rawValue: 1 << 40)
  static let closeDouble = WordFlags(rawValue: 1 << 41)
  static let straightDouble = WordFlags(rawValue: 1 << 42)
  static let openSingle = WordFlags(rawValue: 1 << 43)
  static let closeSingle = WordFlags(rawValue: 1 << 44)
  static let straightSingle = WordFlags(rawValue: 1 << 45)
  static let hyphen = WordFlags(rawValue: 1 << 46)
  static let comma = WordFlags(rawValue: 1 << 47)
  static let period = WordFlags(rawValue: 1 << 48)
  static let colon = WordFlags(rawValue: 1 << 49)
  static let semicolon = WordFlags(rawValue: 1 << 50)
  static let dash = WordFlags(rawValue: 1 << 51)
  static let openParen = WordFlags(rawValue: 1 << 52)
  static let closeParen = WordFlags(rawValue: 1 << 53)
  static let ampersand = WordFlags(rawValue: 1 << 54)
  static let terminal = WordFlags(rawValue: 1 << 55)
  /// A given name almost always a woman's (`Helen`); see `gendered-names.txt`.
  static let femaleName = WordFlags(rawValue: 1 << 56)
  /// A given name almost always a man's (`John`).
  static let maleName = WordFlags(rawValue: 1 << 57)

  /// A speech verb with other senses (`posted`, `added`, `continued`): a statement only where it
  /// carries words.
  static let speechWithOtherSenses = WordFlags(rawValue: 1 << 33)
  /// Starts an office title (`prime minister`, `president`): a post one person holds at a time.
  static let officeStart = WordFlags(rawValue: 1 << 34)
  /// A day of the week, or an acronym of a unit or a common thing (`GB`, `MP3`): never a name.
  static let calendar = WordFlags(rawValue: 1 << 35)
  /// A past-tense verb that does not end in -ed (`began`, `won`), or `was`, `were`, `had`.
  static let pastVerb = WordFlags(rawValue: 1 << 36)
  /// A word that makes a noun phrase name another event than the one told before: `last`,
  /// `previous`, `another`, `next`.
  static let otherEvent = WordFlags(rawValue: 1 << 37)
  /// A kind noun that, capitalized at the end of a name, names a company: `Erste Group`, against
  /// `the Wagner group`.
  static let companyHead = WordFlags(rawValue: 1 << 38)
  /// An adjective that describes an actor in the news and never opens its name: `rival`,
  /// `troubled`, `outgoing` (`Rival | Lumetric Devices`).
  static let descriptor = WordFlags(rawValue: 1 << 39)
  /// A kind noun that, right after a name, says what the name is rather than what it makes:
  /// `Brent crude`, `Nikkei index` (against `Norvik software`).
  static let kindAfterName = WordFlags(rawValue: 1 << 58)
  /// A vote that decides an action (`voted to strike`): with no class word beside it, it takes
  /// the action's kind; see `event-triggers.txt`.
  static let ballot = WordFlags(rawValue: 1 << 59)
  /// An event word whose sense only its object decides (`started Apple` is a founding; `work
  /// started on the bridge` is not): see `event-triggers.txt`.
  static let objectSense = WordFlags(rawValue: 1 << 60)

  /// Words that are never a name on their own and are stripped from the front of one:
  /// determiners to interjections (bits 0–15).
  static let functionWord = WordFlags(rawValue: 0xFFFF)
  /// Any quotation mark, or an apostrophe that may be one (bits 40–45).
  static let quoteMark = WordFlags(rawValue: 0x3F << 40)
  /// Punctuation that ends a clause-sized piece of a sentence: comma, colon, semicolon, dash,
  /// parentheses (bits 47, 49–53).
  static let segmentBreak = WordFlags(rawValue: (1 << 47) | (0x1F << 49))
}
