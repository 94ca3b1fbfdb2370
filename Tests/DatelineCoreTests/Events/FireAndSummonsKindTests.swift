import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A fire that kills is a disaster, but `opened fire` is a shooting; a call that summons a witness is a
/// court event, no statement; a month is no name that makes a release a founding.
@Suite struct FireAndSummonsKindTests {
  private func kind(of words: String, in text: String) throws -> Event.Kind {
    let events = Fixture.timeline([text], published: "2024-09-05").events
    return try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))").kind
  }

  @Test func aKillingFireIsADisasterAndAShootingIsNone() throws {
    #expect(try kind(of: "fuel depot", in: "A fire at a fuel depot killed three workers on Thursday.") == .disaster)
    #expect(try kind(of: "killed two", in: "Police opened fire on the crowd and killed two men on Thursday.") != .disaster)
  }

  @Test func aSummonedWitnessIsACourtEvent() throws {
    #expect(try kind(of: "witness", in: "The prosecution called its last witness on August 22.") == .court)
    #expect(try kind(of: "exciting", in: "Tomas Iver called the result exciting on Monday.") == .statement)
  }

  @Test func aReleaseAfterAMonthIsNoFounding() throws {
    let text = "Marcus Delaine was arrested in January 2022 and released on bail two days later."
    #expect(try kind(of: "released", in: text) != .founding)
  }
}
