/// Someone or something that acts in the news: a person, an organization, a place, a group, a
/// product.
public struct Actor: Hashable, Sendable, Identifiable {
  /// What kind of actor this is.
  public enum Kind: String, Hashable, Sendable, CaseIterable, Codable {
    /// A person: `Mustafa Al-Kadhimi`.
    case person
    /// An organization: `Arab News`, `Newlines Institute`.
    case organization
    /// A place, or a state named by its country or capital: `Iraq`, `Baghdad`.
    case place
    /// A militia, party, movement or other group: `Asaib Ahl Al-Haq`.
    case group
    /// A product, model, index or work: `iPhone 4`, `Airbus A380`, `S&P 500`.
    case product
    /// Not known.
    case unknown
  }

  // Stored with the kind after the mentions, the aliases kept with a list of mentions (most
  // actors have none), and the numbers in 32 bits, so that an actor takes 48 bytes, its only
  // mention (most actors') included: a timeline may hold a hundred thousand actors.
  /// The fullest name the text gives: `Mustafa Al-Kadhimi`.
  public var name: String {
    get { storedName.string }
    set { storedName = SharedText(newValue) }
  }
  private(set) var storedName: SharedText
  /// Other names the text uses for the actor: `Al-Kadhimi`, `the prime minister`.
  public var aliases: [String] {
    get { storedMentions.aliases }
    _modify {
      var aliases = storedMentions.aliases
      storedMentions.aliases = []
      yield &aliases
      storedMentions.aliases = aliases
    }
  }
  /// Every mention, in document order. Setting them keeps the aliases.
  public var mentions: ActorMentions {
    get { storedMentions }
    _modify {
      let aliases = storedMentions.aliases
      storedMentions.aliases = []
      yield &storedMentions
      storedMentions.aliases = aliases
    }
  }
  private var storedMentions: ActorMentions
  /// What kind of actor this is.
  public var kind: Kind
  private var storedID: Int32
  private var storedEventCount: Int32
  private var storedQuoteCount: Int32

  /// The actor's index in the timeline's actor list.
  public var id: Int {
    get { Int(storedID) }
    set { storedID = Int32(truncatingIfNeeded: newValue) }
  }
  /// How many events the actor takes part in.
  public var eventCount: Int {
    get { Int(storedEventCount) }
    set { storedEventCount = Int32(truncatingIfNeeded: newValue) }
  }
  /// How many quotes the actor is the speaker of.
  public var quoteCount: Int {
    get { Int(storedQuoteCount) }
    set { storedQuoteCount = Int32(truncatingIfNeeded: newValue) }
  }

  /// Creates an actor.
  public init(
    id: Int, name: String, kind: Kind, aliases: [String] = [], mentions: [SourceSpan] = [], eventCount: Int = 0,
    quoteCount: Int = 0
  ) {
    self.init(
      id: id, name: SharedText(name), kind: kind, aliases: aliases, mentions: mentions, eventCount: eventCount,
      quoteCount: quoteCount)
  }

  /// Creates an actor whose name is shared text.
  init(
    id: Int, name: SharedText, kind: Kind, aliases: [String] = [], mentions: [SourceSpan] = [], eventCount: Int = 0,
    quoteCount: Int = 0
  ) {
    storedID = Int32(truncatingIfNeeded: id)
    storedName = name
    self.kind = kind
    storedMentions = ActorMentions(mentions)
    storedEventCount = Int32(truncatingIfNeeded: eventCount)
    storedQuoteCount = Int32(truncatingIfNeeded: quoteCount)
    storedMentions.aliases = aliases
  }

  /// Whether the two are the same in every part, their aliases included.
  public static func == (left: Actor, right: Actor) -> Bool {
    left.storedID == right.storedID && left.kind == right.kind && left.storedName == right.storedName
      && left.storedEventCount == right.storedEventCount && left.storedQuoteCount == right.storedQuoteCount
      && left.storedMentions == right.storedMentions && left.aliases == right.aliases
  }

  /// Hashes every part.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(storedID)
    hasher.combine(kind)
    hasher.combine(storedName)
    hasher.combine(storedEventCount)
    hasher.combine(storedQuoteCount)
    hasher.combine(storedMentions)
    hasher.combine(aliases)
  }

  /// Moves the name's bytes into `pool`, beside those of other kept actors.
  mutating func shareName(in pool: inout TextPool) {
    storedName = pool.share(storedName)
  }

  /// Keeps the name as the bytes of `source` that `mention` spans when they are the name, else as
  /// `shareName(in:)` does.
  mutating func shareName(in pool: inout TextPool, foundIn source: SharedBytes, at mention: SourceSpan?) {
    guard let mention else { return shareName(in: &pool) }
    storedName = pool.share(storedName, foundIn: source, at: mention.start..<max(mention.start, mention.end))
  }
}
