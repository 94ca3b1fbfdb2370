import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A summary is read alone: a pronoun the resolver is sure of gives way to its name, a piece of
/// a sentence is told as a clause, and a report carries what was said.
@Suite struct ReadableSummaryTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2024-05-10").events.map(\.summary)
  }

  @Test func aPronounAfterAnOpeningTimeTakesItsName() {
    let found = summaries("Karl Brandt joined the museum in 1998. In 2004 he was named head of its print room.")
    #expect(found.contains("In 2004 Karl Brandt was named head of its print room"), "\(found)")
  }

  @Test func aPronounAfterAnOpeningPhraseTakesItsName() {
    let found = summaries("Ines Vogel opened a bakery in Porto in 1990. Throughout the 1990s she trained young bakers.")
    #expect(found.contains("Throughout the 1990s Ines Vogel trained young bakers"), "\(found)")
  }

  @Test func aReportedItTakesWhatTheSentenceBeforeNamed() {
    let found = summaries("The Mill Lane viaduct was shut on Monday. City engineers expect it will reopen in July.")
    #expect(found.contains("City engineers expect the Mill Lane viaduct will reopen in July"), "\(found)")
    let own = summaries("The Fenwick Group cut 90 jobs in March. The group said on Tuesday it would close a depot in June.")
    #expect(!own.contains { $0.contains("said the") }, "\(own)")
  }

  @Test func aPassiveInfinitiveAfterATimeIsLedByTheNounBeforeIt() {
    let found = summaries("The council approved a grant of 2 million on Tuesday, to be spent by March.")
    #expect(found.contains("A grant of 2 million to be spent by March"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("Tuesday") }, "\(found)")
  }

  @Test func aNounWithAParticipleAfterAPrepositionIsToldAsAClause() {
    let found = summaries("In a video posted by the club on Monday, striker Leo Brandt thanked the fans.")
    #expect(found.contains("A video was posted by the club on Monday"), "\(found)")
    #expect(!found.contains("In a video posted by the club on Monday"), "\(found)")
  }

  @Test func aReportBeforeAColonAfterASetOffPhraseCarriesTheQuotation() {
    let found = summaries("Speaking on Thursday, coach Rui Tavares said: \"We have to win the next two games.\"")
    #expect(found.contains { $0.hasPrefix("Coach Rui Tavares said: \"We have to win") }, "\(found)")
  }

  @Test func aReportBeforeACommaAndAQuotationCarriesTheQuotation() {
    let found = summaries("Talks collapsed in Vessa on Monday.\n\nAnton Berg, the mediator, said, \"Both sides must return.\"")
    #expect(found.contains { $0.hasPrefix("Anton Berg, the mediator, said, \"Both sides must return") }, "\(found)")
  }

  @Test func whoIsToldIsNotTheSubjectOfWhatIsTold() {
    let found = summaries("Lawyer Dana Fisk told the jury her brother had hidden the money since 2015.")
    #expect(!found.contains { $0.hasPrefix("The jury") }, "\(found)")
  }

  @Test func aRelativeClauseInsideAnotherInTheSubjectEndsAtTheMainVerb() {
    let found = summaries("A plan that would let councils fine landlords who rent damp flats passed the Senate on Tuesday.")
    #expect(found.contains("A plan that would let councils fine landlords who rent damp flats passed the Senate on Tuesday"), "\(found)")
  }

  @Test func thatBeforeATimeOpensNoRelativeClause() {
    let found = summaries("Early counts that night gave Moreno a narrow lead in the north.")
    #expect(found.contains("Early counts that night gave Moreno a narrow lead in the north"), "\(found)")
  }

  @Test func aClauseAfterAsIsToldWithoutIt() {
    let found = summaries("The opposition took the lead late on Sunday, as ballots from the hill towns were added.")
    #expect(found.contains("Ballots from the hill towns were added"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("As ") }, "\(found)")
    let climbed = summaries("The bank raised its rate on Thursday, the third rise since January, as inflation climbed to 6.2% in May.")
    #expect(climbed.contains("Inflation climbed to 6.2% in May"), "\(climbed)")
  }

  @Test func aParticipleOfSpeechAfterItsClauseTellsWhatTheSubjectSaid() {
    let found = summaries("Finance minister Ada Ruiz said the levy would rise in April, saying schools needed the money.")
    #expect(found.contains("Finance minister Ada Ruiz said schools needed the money"), "\(found)")
  }

  @Test(arguments: [
    ("Opposition parties in Estmark criticised the agreement, saying it gave too much ground.", "Opposition parties in Estmark said it gave too much ground"),
    ("Teachers at Brook Hill School walked out, saying they had not been paid.", "Teachers at Brook Hill School said they had not been paid"),
  ])
  func theSpeakerOfAParticipleOfSpeechIsTheWholeSubject(text: String, expected: String) {
    let found = summaries(text)
    #expect(found.contains(expected), "\(found)")
  }
}
