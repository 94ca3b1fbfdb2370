import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A name an owner's phrase sets off after a comma with its title (`Velic's successor, Mayor Ivana
/// Rusk,`) is who the sentence is about: a `she` after it stands for that name, not the owner.
@Suite struct OwnersTitledNamePronounTests {
  @Test func sheAfterAnOwnersTitledAppositionIsTheNameSetOff() throws {
    let text =
      "Former mayor Dragan Velic was jailed on Thursday. Velic's successor, Mayor Ivana Rusk, said the town had "
      + "set up an ethics office in 2022. \"We have learned our lesson,\" she said."
    let timeline = Fixture.timeline([text], published: "2025-02-20")
    let quote = try #require(timeline.quotes.first { timeline.documents[0].string($0.span.range).contains("lesson") })
    #expect(quote.speaker.map { timeline.actors[$0].name } == "Ivana Rusk")
  }
}
