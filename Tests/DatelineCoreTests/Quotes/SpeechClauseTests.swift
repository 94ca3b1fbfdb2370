import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A speech verb followed directly by a clause (a subject and a finite verb) reports it, as with
/// `that`; a phrase after the verb that is no clause reports nothing.
@Suite struct SpeechClauseTests {
  /// The reported quotes of `text`: their words, speakers' names and cues.
  private func reported(_ text: String) -> [(text: String, speaker: String?, cue: String?)] {
    let extraction = Fixture.extraction(text)
    return extraction.quotes.filter(\.isIndirect).map { quote in
      (extraction.text(quote.span), quote.speaker.map { extraction.actors[$0].name }, quote.cue.map(extraction.text))
    }
  }

  @Test func aClauseWithADeterminer() throws {
    let found = reported("Sarah Okafor said the company would cut 300 jobs.")
    let quote = try #require(found.first)
    #expect(found.count == 1)
    #expect(quote.text == "the company would cut 300 jobs")
    #expect(quote.speaker == "Sarah Okafor")
    #expect(quote.cue == "Sarah Okafor said")
  }

  @Test func aPronounSubject() {
    #expect(reported("Sarah Okafor said it would take a year.").map(\.text) == ["it would take a year"])
    #expect(reported("Omar Saleh says they have no plan.").map(\.speaker) == ["Omar Saleh"])
  }

  @Test func aNameSubject() {
    #expect(reported("Omar Saleh said Corvane had broken the deal.").map(\.text) == ["Corvane had broken the deal"])
  }

  @Test func aPresentTenseVerb() {
    #expect(reported("Dana Whitfield says the bridge is unsafe.").map(\.text) == ["the bridge is unsafe"])
  }

  @Test func aNumberSubject() {
    #expect(reported("Omar Saleh said 40 homes were flooded.").map(\.text) == ["40 homes were flooded"])
  }

  @Test func aSubjectOfTwoJoinedNounPhrases() {
    #expect(
      reported("Its local director, Petr Novak, said food and blankets were running short.").map(\.text)
        == ["food and blankets were running short"])
    #expect(reported("Omar Saleh said the mayor or her deputy would attend.").map(\.speaker) == ["Omar Saleh"])
  }

  @Test func aPrepositionAfterTheVerbIsNoClause() {
    #expect(reported("Sarah Okafor said in a statement the plant had closed.").isEmpty)
    #expect(!reported("Sarah Okafor said Monday the plant had closed.").contains { $0.text.hasPrefix("Monday") })
  }

  @Test func theTimeAfterTheVerbOrAnAdjectiveOfThePersonToldIsPassed() {
    #expect(reported("Sarah Okafor said on Monday the plant had closed.").map(\.text) == ["the plant had closed"])
    #expect(reported("Sarah Okafor told local radio the plant had closed.").map(\.text) == ["the plant had closed"])
  }

  @Test func anObjectWithNoVerbIsNoClause() {
    #expect(reported("Sarah Okafor said goodbye to the staff.").isEmpty)
    #expect(reported("Omar Saleh announced the new budget.").isEmpty)
  }

  @Test func anInfinitiveIsNoClause() {
    #expect(reported("Omar Saleh asked the council to act.").isEmpty)
  }

  @Test func aCommaAfterTheVerbIsNoClause() {
    #expect(reported("Sarah Okafor said, after a pause, nothing more.").isEmpty)
  }

  @Test func thatStillReportsTheClause() {
    #expect(reported("Sarah Okafor said that the company would cut jobs.").map(\.cue) == ["Sarah Okafor said that"])
  }

  @Test func aClauseAfterASpokesperson() {
    #expect(
      reported("A spokesperson for Corvane Foods said the plant would close.").map(\.speaker) == ["Corvane Foods"])
  }

  @Test func theCueOfASpokespersonCoversTheWholeAttribution() {
    #expect(
      reported("A spokesperson for Corvane Foods said that the plant would close.").map(\.cue) == [
        "A spokesperson for Corvane Foods said that"
      ])
    #expect(
      reported("A Corvane spokesman said that the plant would close.").map(\.cue) == [
        "A Corvane spokesman said that"
      ])
  }

  @Test func theCueOfANamedSpeakerStartsAtTheName() {
    #expect(
      reported("Last week Sarah Okafor said that the plant would close.").map(\.cue) == ["Sarah Okafor said that"])
  }

  @Test func thePersonToldIsInTheCue() {
    let found = reported("Omar Saleh told reporters the plant would close.")
    #expect(found.map(\.text) == ["the plant would close"])
    #expect(found.map(\.cue) == ["Omar Saleh told reporters"])
    #expect(reported("Omar Saleh told him the plant would close.").map(\.text) == ["the plant would close"])
  }

  @Test func aPassiveVerbHasNoSubjectThatSpeaks() {
    #expect(reported("Omar Saleh was told the plant would close.").isEmpty)
  }

  @Test func anAttributionRunsAcrossNoSemicolon() {
    #expect(reported("Tom Reed, one of the two clerks, was tired; moreover, said Omar Saleh was never late.").isEmpty)
  }
}
