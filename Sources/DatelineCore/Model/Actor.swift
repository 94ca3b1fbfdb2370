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

  /// The actor's index in the timeline's actor list.
  public var id: Int
  /// The fullest name the text gives: `Mustafa Al-Kadhimi`.
  public var name: String
  /// What kind of actor this is.
  public var kind: Kind
  /// Other names the text uses for the actor: `Al-Kadhimi`, `the prime minister`.
  public var aliases: [String]
  /// Every mention, in document order.
  public var mentions: [SourceSpan]
  /// How many events the actor takes part in.
  public var eventCount: Int
  /// How many quotes the actor is the speaker of.
  public var quoteCount: Int

  /// Creates an actor.
  public init(
    id: Int, name: String, kind: Kind, aliases: [String] = [], mentions: [SourceSpan] = [], eventCount: Int = 0,
    quoteCount: Int = 0
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.aliases = aliases
    self.mentions = mentions
    self.eventCount = eventCount
    self.quoteCount = quoteCount
  }
}
