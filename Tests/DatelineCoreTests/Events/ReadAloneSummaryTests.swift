import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Summaries read alone: pronouns told by what they stand for, a report set off after a
/// speaker's role told with its quotation, and testimony told as a statement.
@Suite struct ReadAloneSummaryTests {
  private func events(_ text: String) -> [Event] {
    Fixture.timeline([text], published: "2024-11-08").events
  }

  @Test func anObjectItTakesTheObjectOfTheSentenceBefore() {
    let summaries = events("Halvorsen Steel opened the Brakke plant in Tunmouth in 2019. The company expanded it two years later.")
      .map(\.summary)
    #expect(summaries.contains("The company expanded the Brakke plant two years later"), "\(summaries)")
    let thing = events("The Orvel ferry sank in 1990. The navy raised it in 1992.").map(\.summary)
    #expect(thing.contains("The navy raised it in 1992"), "\(thing)")
  }

  @Test func theyTakesAPluralSubjectWithAFromPhrase() {
    let summaries = events("Inspectors from the Kessel Water Authority visited the Ormby reservoir on Monday. They found traces of lead in three samples.")
      .map(\.summary)
    #expect(summaries.contains("Inspectors from the Kessel Water Authority found traces of lead in three samples"), "\(summaries)")
  }

  @Test func aReportAfterASpeakersRoleIsToldWithItsQuotation() {
    let summaries = events("After the talks on Saturday, Anton Berg, the mediator, said, \"Both sides gave up something they wanted.\"")
      .map(\.summary)
    #expect(summaries.contains("Anton Berg, the mediator, said, \"Both sides gave up something they wanted.\""), "\(summaries)")
  }

  @Test func testimonyIsAStatement() {
    let told = events("Dr Helen Marsh testified before the Senate health committee on Wednesday.")
    #expect(told.map(\.kind) == [.statement], "\(told.map(\.summary))")
  }
}
