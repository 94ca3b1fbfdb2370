import DatelineTestSupport
import Testing

@testable import DatelineCore

/// An opening `It` stands for the product, organization or group the sentence before is about,
/// and for nothing when it only opens a clause after it.
@Suite struct ThingPronounTests {
  private func actors(of words: String, in text: String) throws -> [String] {
    try #require(Fixture.timeline([text]).actorNames(ofEventWith: words))
  }

  @Test func itAfterAProduct() throws {
    let text = "The Zap 4 was shown by Ilse Marvik on Monday. It is slated for release on June 24."
    #expect(try actors(of: "slated for release", in: text) == ["Zap 4"])
  }

  @Test func itAfterACompany() throws {
    let text = "Norvik Corp cut 300 jobs on Monday. It closed two plants in May."
    #expect(try actors(of: "closed two plants", in: text).contains("Norvik Corp"))
  }

  @Test func itBeforeThatStandsForNothing() throws {
    let text = "Norvik Corp cut 300 jobs on Monday. It was announced that two plants closed in May."
    #expect(try !actors(of: "two plants closed", in: text).contains("Norvik Corp"))
  }

  @Test func itAfterAPersonStandsForNothing() throws {
    let text = "Ilse Marvik cut 300 jobs on Monday. It closed two plants in May."
    #expect(try !actors(of: "closed two plants", in: text).contains("Ilse Marvik"))
  }

  @Test func itInTheNextParagraph() throws {
    let text = "Norvik Corp cut 300 jobs on Monday.\n\nIt closed two plants in May."
    #expect(try actors(of: "closed two plants", in: text).contains("Norvik Corp"))
  }

  @Test func itAfterASentenceWithoutANameStandsForNothing() throws {
    let text = "Norvik Corp cut 300 jobs on Monday. Prices fell. It closed two plants in May."
    #expect(try !actors(of: "closed two plants", in: text).contains("Norvik Corp"))
  }

  @Test func itAfterAProductInAnApposition() throws {
    let text = "The newest phone, zPhone 4 was shown by Ilse Marvik on Monday. It is slated for release on June 24."
    #expect(try actors(of: "slated for release", in: text) == ["zPhone 4"])
  }

  @Test func aSummaryKeepsACamelCaseName() throws {
    let timeline = Fixture.timeline(["The newest phone, zPhone 4 was shown on Monday."], published: "2022-03-10")
    #expect(timeline.events.map(\.summary).contains { $0.hasPrefix("zPhone 4 was shown") }, "\(timeline.events.map(\.summary))")
  }
}
