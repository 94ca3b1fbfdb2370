import DatelineTestSupport
import Testing

@testable import DatelineCore

/// The speaker is the head of the phrase next to the speech verb: the person a title comes with,
/// not the place or organization inside the title; no one when the phrase names no one.
@Suite struct SpeakerHeadTests {
  private func speakers(_ text: String) -> [String?] {
    let extraction = Fixture.extraction(text)
    return extraction.quotes.map { quote in quote.speaker.map { extraction.actors[$0].name } }
  }

  @Test func theObjectOfAVerbInsideTheSubjectIsNoSpeaker() {
    let text = "Most of the engineers whose companies are using Corvane for code review said they wanted to cut their tools."
    #expect(!speakers(text).contains("Corvane"), "\(speakers(text))")
    #expect(speakers("A resident named Ola Brenn said the river rose within minutes.") == ["Ola Brenn"])
  }

  @Test func aParticipleBeforeTheTitleOfANameSetOffAfterTheVerb() {
    #expect(speakers("“This pool belongs to us all,” said its founder, retired nurse Ilse Dorn.") == ["Ilse Dorn"])
    #expect(speakers("“The vote stands,” said acting chairman Piet Laan.") == ["Piet Laan"])
  }

  @Test func aPlaceBeforeATitle() {
    #expect(speakers("“The bridge is gone,” Tarnby Mayor Edwin Marsh told reporters.") == ["Edwin Marsh"])
  }

  @Test func anOrganizationBeforeATitleAfterTheVerb() {
    #expect(speakers("“The price is too high,” said Norvik Bank analyst Helen Vance.") == ["Helen Vance"])
  }

  @Test func aPossessiveOrganizationBeforeATitle() {
    #expect(speakers("“The deal is done,” Corvane’s chief executive Ruth Ashby told the paper.") == ["Ruth Ashby"])
  }

  @Test func aPartyBeforeATitle() {
    #expect(speakers("“It is a sad day,” former Harbour Party leader Owen Pryce told the radio.") == ["Owen Pryce"])
  }

  @Test func anAbbreviationInTheTitle() {
    #expect(speakers("“The law is clear,” U.S. District Judge Carla Moyes wrote in her ruling.") == ["Carla Moyes"])
  }

  @Test func anAgencyBeforeATitleAfterTheVerb() {
    #expect(
      speakers("“I have never seen this,” said Tarnby Flood Management Agency director Simon Kell.") == ["Simon Kell"])
  }

  @Test func anOrganizationWithAPeriodBeforeATitle() {
    #expect(speakers("“We are glad,” said Corvane Inc. CEO Ruth Ashby.") == ["Ruth Ashby"])
  }

  @Test func theNameBeforeALongAppositive() {
    let text =
      "“The river will peak on Tuesday,” Megan Hale, the Water Board’s director of coastal risk, told Radio Tarnby."
    #expect(speakers(text) == ["Megan Hale"])
  }

  @Test func theNameBeforeAnAppositiveBeforeTheQuote() {
    let text = "Megan Hale, the Water Board’s director of coastal risk, told Radio Tarnby: “The river will peak.”"
    #expect(speakers(text) == ["Megan Hale"])
  }

  @Test func theNameBeforeAParticipleAside() {
    let text = "Norvik Bank Governor Alan Pike, speaking in Tarnby, said: “Mergers are to be expected.”"
    #expect(speakers(text) == ["Alan Pike"])
  }

  @Test func aTitleOpenedByAWordThatCanBeAVerb() {
    #expect(speakers("Shadow health secretary Ann Pell said on X: “We have seen this before.”") == ["Ann Pell"])
  }

  @Test func aPartyInsideTheAppositiveIsNoSpeaker() {
    let text = "Tomas Brandt, leader of the liberal opposition Harbour Party, described the plan as “a disgrace.”"
    #expect(speakers(text) == ["Tomas Brandt"])
  }

  @Test func aNameSetOffAfterATitleWithAPlace() {
    #expect(speakers("“There are questions to answer,” said the MP for Tarnby North, Gareth Lusk.") == ["Gareth Lusk"])
  }

  @Test func aSpokespersonForAnOrganization() {
    #expect(speakers("A spokesperson for Corvane Foods said: “We are working with the council.”") == ["Corvane Foods"])
  }

  @Test func aStatementFromAnOrganization() {
    #expect(speakers("A statement from Corvane Foods said: “We regret the delay.”") == ["Corvane Foods"])
  }

  @Test func anOrganizationBeforeASpokesman() {
    #expect(speakers("“We will appeal,” a Corvane spokesman said.") == ["Corvane"])
  }

  @Test func theAddresseeOfToldIsNoSpeaker() {
    let text =
      "Helen Vance spoke first. “It was terrifying,” one resident told the Tarnby Echo, asking not to be named."
    #expect(speakers(text) == ["one resident"])
  }

  @Test func anUnnamedSourceIsARoleNotTheOrganization() {
    #expect(speakers("“The next step is clear,” said a senior Norvik Bank source.") == ["a senior Norvik Bank source"])
  }

  @Test func anOrganizationThatModifiesARoleIsNoSpeaker() {
    #expect(
      speakers("“The devil is in the detail,” said one senior Tarnby Council manager.")
        == ["one senior Tarnby Council manager"])
  }

  @Test func anUnnamedSpeakerDoesNotContinueTheLastOne() {
    let text = """
      “We will rebuild,” said Helen Vance.
      “It was terrifying,” one resident said.
      """
    #expect(speakers(text) == ["Helen Vance", "one resident"])
  }

  @Test func theCompanyIsTheOrganizationNamedAsASubject() {
    let text = """
      Corvane Foods said on Tuesday it would buy a rival. Its chief told Reuters the price was fair.
      “We expect the deal to close in May,” the company said in a statement.
      """
    #expect(speakers(text) == ["Corvane Foods", "Corvane Foods"])
  }

  @Test func aCapitalizedSpeechVerbIsAName() {
    let text =
      "“The talks failed because nobody came,” Omar Saleh, head of the State Reform Unit at the Tarnby Institute, "
      + "told the paper."
    #expect(speakers(text) == ["Omar Saleh"])
  }

  @Test func aVerbAfterAndSharesTheSubject() {
    let text = "Helen Vance thanked the crew for Corvane and described the trip as “the hardest week of my life.”"
    #expect(speakers(text) == ["Helen Vance"])
  }

  @Test func aListInsideAnAppositiveWithoutItsClosingComma() {
    let text = "Owen Pryce, a collector of maps, old coins, and books says: “I never sell anything I love.”"
    #expect(speakers(text) == ["Owen Pryce"])
  }

  @Test func reportedSpeechAfterAnAppositive() {
    let extraction = Fixture.extraction("Ruth Ashby, the chief executive of Corvane, said that the plant would close.")
    #expect(extraction.quotes.map { $0.speaker.map { extraction.actors[$0].name } } == ["Ruth Ashby"])
    #expect(
      extraction.quotes.first?.cue.map(extraction.text) == "Ruth Ashby, the chief executive of Corvane, said that")
  }

  @Test func reportedSpeechOfASpokesperson() {
    #expect(speakers("A spokesperson for Corvane Foods said that the plant would close.") == ["Corvane Foods"])
  }

  @Test func reportedSpeechOfARoleAlone() {
    #expect(
      speakers("Ruth Ashby spoke. One resident told the Tarnby Echo that the plant would close.") == ["one resident"])
  }

  @Test func aShortQuoteInTheRunOfASentenceWithNoSpeakerIsNoQuote() {
    #expect(speakers("Helen Vance spoke. The old manual calls it “the wheel”, as the guide says.").isEmpty)
  }
}
