/// A fact the articles telling one event give differently: seven guards wounded in one report,
/// six in another; 2:30 a.m. in one, 3 a.m. in another. Each version is one value with the places
/// that tell it.
public struct Disagreement: Hashable, Sendable {
  /// What kind of fact the articles differ on.
  public enum Aspect: String, Hashable, Sendable, CaseIterable {
    /// How many of something: `seven guards`, `2 killed`.
    case count
    /// The time of day: `2:30 a.m.`, `3 a.m.`.
    case timeOfDay = "time-of-day"
    /// Where a thing is: `the prison in Kestor`, `the prison in Varna`.
    case place
  }

  /// One value of the fact and where it is told.
  public struct Version: Hashable, Sendable {
    /// The value, written the same way whatever the wording: `7` for `seven guards`, `02:30`
    /// for `2:30 a.m.`, `kestor` for `in Kestor`.
    public var value: String
    /// The words that give it, one span per article that tells it, in article order.
    public var spans: [SourceSpan]

    /// Creates a version.
    public init(value: String, spans: [SourceSpan]) {
      self.value = value
      self.spans = spans
    }
  }

  /// What kind of fact it is.
  public var aspect: Aspect
  /// What the value is of, in one word: `guard`, `killed`, `time`, `prison`.
  public var subject: String
  /// The values, at least two, in the order of the first article that tells each.
  public var versions: [Version]

  /// Creates a disagreement.
  public init(aspect: Aspect, subject: String, versions: [Version]) {
    self.aspect = aspect
    self.subject = subject
    self.versions = versions
  }
}
