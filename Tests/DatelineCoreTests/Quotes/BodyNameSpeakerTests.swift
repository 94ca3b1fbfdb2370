import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A name right before a noun that says what kind of body it is (`the Unite union`, `the Verdant
/// party`) speaks as that body: no second actor for the phrase. A place before a body's noun is
/// not the body (`the Tarnby council`).
@Suite struct BodyNameSpeakerTests {
  /// The speakers of the quotes of `text`, and the document's actor names.
  private func read(_ text: String) -> (speakers: [String], names: [String]) {
    let extraction = Fixture.extraction(text)
    let speakers = extraction.quotes.map { quote in quote.speaker.map { extraction.actors[$0].name } ?? "none" }
    return (speakers, extraction.names)
  }

  @Test(arguments: [
    ("Harlow Rail cut 300 jobs. Unite said it would ballot its members. The Unite union said it would fight the cuts.", "Unite"),
    ("Harlow Rail cut 300 jobs. The Unite union, which represents 800 drivers, said it would fight the cuts.", "Unite"),
    ("The Verdant Party left the coalition on Friday. The Verdant party said it could not back the road.", "Verdant Party"),
  ])
  func theBodyNamedBeforeItsNounSpeaks(text: String, speaker: String) {
    let found = read(text)
    #expect(found.speakers.last == speaker, "\(found.speakers)")
    #expect(!found.names.contains { $0.lowercased().hasPrefix("the ") }, "\(found.names)")
  }

  @Test func aPlaceBeforeABodysNounIsNotTheSpeaker() {
    let found = read("Floods hit Tarnby on Monday. The Tarnby council said it would open two shelters.")
    #expect(found.speakers.last != "Tarnby", "\(found.speakers)")
  }

  @Test func aNameThatSaysWhatBodyItIsDoesNotSpeakForAnotherBodysNoun() {
    let club = read("Castleford United have signed the striker Tomas Vey, the Premier League club announced on Friday.")
    #expect(club.speakers == ["Castleford United"], "\(club.speakers)")
    let agency = read("Halden Rail will close the line, the European Union agency said on Monday.")
    #expect(agency.speakers.count == 1 && agency.speakers != ["European Union"], "\(agency.speakers)")
  }
}
