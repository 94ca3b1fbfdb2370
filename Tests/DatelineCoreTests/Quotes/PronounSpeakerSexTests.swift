import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A `he` or `she` that opens an attribution stands for the last speaker only when the speaker
/// may be of the pronoun's sex, by a given name or a role's word; and a name set off after a role
/// and its preposition's object is a person, not of the object's kind.
@Suite struct PronounSpeakerSexTests {
  @Test(arguments: [
    "“Talks will resume on Friday,” a spokeswoman for the council said. He added: “Nothing is agreed.”",
    "“Talks will resume on Friday,” Anna Holm said. He added: “Nothing is agreed.”",
  ])
  func aPronounOfTheOtherSexIsNotTheLastSpeaker(text: String) throws {
    let quotes = Fixture.extraction(text).directQuotes
    let first = try #require(quotes.first?.speaker)
    let second = try #require(quotes.last)
    #expect(second.text == "Nothing is agreed.")
    #expect(second.speaker != first, "\(quotes)")
  }

  @Test func aNameAfterARoleAndItsPrepositionsObjectIsAPerson() {
    let extraction = Fixture.extraction(
      "Nurses walked out on Monday. “We will not go back,” a spokeswoman for the union, Mira Talk, told reporters.")
    #expect(extraction.actor("Mira Talk")?.kind == .person, "\(extraction.actors)")
    #expect(extraction.directQuotes.first?.speaker == "Mira Talk")
  }
}
