import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A `they` reported by a plural common noun phrase (`Farm groups said they …`) stands for those
/// people, not for a group or organization named in an earlier sentence.
@Suite struct PluralSubjectPronounTests {
  private func actors(of words: String, in text: String) throws -> [String] {
    let timeline = Fixture.timeline([text], published: "2022-03-10")
    return try #require(timeline.actorNames(ofEventWith: words), "\(timeline.events.map(\.summary))")
  }

  @Test func aReportingCommonNounKeepsItsTheyForItself() throws {
    let text = """
      The water board Aqualis said on Monday that the lake had dropped by a metre.
      Local fishermen said they would block the harbour on Friday.
      """
    #expect(try !actors(of: "block the harbour", in: text).contains("Aqualis"))
    let told = """
      The miners' union Unitas met the owners on Monday.
      Residents of the valley told reporters that they would march on Friday.
      """
    #expect(try !actors(of: "march on Friday", in: told).contains("Unitas"))
  }

  @Test func aNamedOrDefiniteGroupStillTakesItsThey() throws {
    let named = """
      The union Unitas met the owners on Monday.
      Unitas said they would strike on Friday.
      """
    #expect(try actors(of: "strike on Friday", in: named).contains("Unitas"))
    let definite = """
      The union Unitas met the owners on Monday.
      The unions said they would strike on Friday.
      """
    #expect(try actors(of: "strike on Friday", in: definite).contains("Unitas"))
  }
}
