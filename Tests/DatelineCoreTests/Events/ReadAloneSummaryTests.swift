import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Summaries read alone: pronouns told by what they stand for, a report set off after a
/// speaker's role told with its quotation, a name with a bracketed aside kept whole, and
/// testimony told as a statement.
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
    let role = events("After the vote on Tuesday, Lena Fisk, the union leader, said: \"We won.\"")
      .map(\.summary)
    #expect(role.contains("Lena Fisk, the union leader, said: \"We won.\""), "\(role)")
  }

  @Test func aReportBeforeALongQuotationKeepsItsBeginningNotTheReportAlone() {
    let text = "Tolls rose in Marrow on Monday. Ivo Dahl, who runs the transport ministry, said, \"We ask every driver in the region "
      + "to share a car this winter, first and foremost, so that the roads stay open for the buses and the ambulances.\""
    let summaries = events(text).map(\.summary)
    let expected = "Ivo Dahl said, \"We ask every driver in the region to share a car this winter, first and foremost, "
      + "so that the roads stay open for the buses and the ambulances.\""
    #expect(summaries.contains(expected), "\(summaries)")
    #expect(!summaries.contains { $0.hasSuffix("said") }, "\(summaries)")
    let colon = events("Tolls rose in Marrow on Monday. Ivo Dahl, the transport minister, said: \"We ask every driver in the region "
      + "to share a car this winter, first and foremost, so that the roads stay open for the buses and the ambulances.\"")
      .map(\.summary)
    #expect(colon.contains { $0.hasPrefix("Ivo Dahl") && $0.contains("said: \"We ask every driver") && $0.hasSuffix("…") }, "\(colon)")
  }

  @Test func testimonyIsAStatement() {
    let told = events("Dr Helen Marsh testified before the Senate health committee on Wednesday.")
    #expect(told.map(\.kind) == [.statement], "\(told.map(\.summary))")
    let undated = events("Omar Fell, who ran the depot until 2019, testified for six hours at the Kestor court.").map(\.summary)
    #expect(undated.contains("Omar Fell testified for six hours at the Kestor court"), "\(undated)")
  }

  @Test func aSubjectOpensWithItsApproximateNumber() {
    let summaries = events("About 50 nurses from the Dellby clinic marched on Monday. They have protested there every day.").map(\.summary)
    #expect(summaries.contains("About 50 nurses from the Dellby clinic have protested there every day"), "\(summaries)")
  }

  @Test func anAsideInBracketsAfterANameCutsNoClause() {
    let summaries = events("Karl Braverman (left, in the grey coat) shook hands with the mayor of Kestor on Monday.").map(\.summary)
    #expect(summaries == ["Karl Braverman (left, in the grey coat) shook hands with the mayor of Kestor on Monday"], "\(summaries)")
    let relative = events("The film follows a nurse named Ada Brel (Mia Holt) who moves to Kestor in 1990.").map(\.summary)
    #expect(!relative.contains { $0.contains("(Mia Holt) who") }, "\(relative)")
  }

  @Test func aRelativeClauseAfterACountedObjectTellsOfTheObject() {
    let summaries = events("The Dellby charity opened 12 shelters, which housed about 900 people on Monday.").map(\.summary)
    #expect(summaries.contains("12 shelters housed about 900 people on Monday"), "\(summaries)")
  }
}
