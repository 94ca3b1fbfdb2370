import DatelineTestSupport
import Testing

@testable import DatelineCore

/// The speaker of a quotation is who speaks, not a name inside the speaker's description: not a
/// place or an organization after a preposition, not the object of a verb, never a product.
@Suite struct SpeakerPlaceTests {
  private func speakers(_ text: String) -> [String?] {
    let extraction = Fixture.extraction(text)
    return extraction.quotes.map { quote in quote.speaker.map { extraction.actors[$0].name } }
  }

  @Test func aDoctorAtAUniversity() {
    #expect(
      speakers("Lewis Teperman, a doctor at Norvik University, said: “The operation went well.”")
        == ["Lewis Teperman"])
  }

  @Test func aPlaceSetOffAfterTheSpeakersInstitution() {
    let text = "Anna Voss, curator and director of exhibits at the University of Arkansas, Fayetteville, said, "
      + "“These prints show his friends at work.”"
    #expect(speakers(text) == ["Anna Voss"])
    #expect(speakers("Omar Lind, a lecturer at Kessel College, Fayetteville, said: “Fees will rise.”") == ["Omar Lind"])
  }

  @Test func aPlaceAfterAPreposition() {
    #expect(!speakers("Clerks at several shops in Ruritania said: “We ran out of bread.”").contains("Ruritania"))
  }

  @Test func aPlaceAfterACommaAndAPlace() {
    let text = "Dana Whitfield spoke at the Tarn, Ruritania event, saying: “The bridge will open.”"
    #expect(speakers(text) == ["Dana Whitfield"])
  }

  @Test func aNameInAppositionAfterAPlace() {
    let text = "The First Minister of Ruritania, Dana Whitfield, said Varga had “changed the country for a generation”."
    #expect(speakers(text) == ["Dana Whitfield"])
  }

  @Test func theSubjectOfWhatWasSaidIsNoSpeaker() {
    let text = "The First Minister of Ruritania said Ilse Varga had “changed the country for a generation”."
    #expect(speakers(text).count == 1)
    #expect(!speakers(text).contains("Ilse Varga"), "\(speakers(text))")
  }

  @Test func theObjectOfAVerb() {
    let text = "Dana Whitfield spoke first. She promoted the Zap 4 by saying: “It is twice as fast.”"
    #expect(speakers(text) == ["Dana Whitfield"])
  }

  @Test func aReportFromAPlaceAfterAPreposition() {
    let extraction = Fixture.extraction("Clerks at several shops in Ruritania said that bread ran out on Monday.")
    #expect(!extraction.quotes.contains { $0.speaker.map { extraction.actors[$0].name } == "Ruritania" })
  }
}
