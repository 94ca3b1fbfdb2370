import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A name set off after a title that a name completes (`The Lord Mayor of Bergen, Ingrid
/// Solheim,`) holds the title: the person is an actor with that role, and the name inside the
/// title is no participant of what the holder does.
@Suite struct TitleHolderTests {
  @Test func theNameAfterATitleOfAPlaceHoldsIt() throws {
    let timeline = Fixture.timeline([
      "The Mayor of Tarnvik, Sigrun Aasen, opened the library on Monday. The mayor cut the ribbon."
    ])
    #expect(timeline.actorNames(ofEventWith: "opened the library") == ["Sigrun Aasen"])
    let holder = try #require(timeline.actor("Sigrun Aasen"))
    #expect(holder.kind == .person)
    #expect(holder.aliases.contains("the mayor"))
  }

  @Test func theNameAfterATitleOfAnInstitutionHoldsIt() throws {
    let timeline = Fixture.timeline([
      "The Governor of the Bank of Valdoria, Emil Kraus, raised rates on Thursday. The governor spoke later."
    ])
    #expect(timeline.actorNames(ofEventWith: "raised rates") == ["Emil Kraus"])
    let holder = try #require(timeline.actor("Emil Kraus"))
    #expect(holder.kind == .person)
    #expect(holder.aliases.contains("the governor"))
    #expect(timeline.actor("Bank of Valdoria")?.aliases.contains("the governor") != true)
  }

  @Test func aListOfPlacesAfterATitleHoldsNoOne() {
    let extraction = Fixture.extraction(
      "The Mayor of Tarnvik, Lysaker and Holm met on Monday. Norland is a member of the Nordic Council, Union of Ports, Harbour League and the Tarn Pact. The Mayor of Oslund, Brita Holm, spoke. The mayor waved.")
    #expect(extraction.actor("Lysaker")?.kind != .person)
    #expect(extraction.actor("Union of Ports")?.kind != .person)
    #expect(extraction.actor("Brita Holm")?.kind == .person)
    #expect(extraction.actor("Brita Holm")?.aliases.contains("the mayor") == true)
  }
}
