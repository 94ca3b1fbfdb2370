import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Summaries are about a line long: a longer clause leaves out what is set off inside it and
/// what trails after it, where a clause allows, never inside a phrase, a quotation or a time.
@Suite struct SummaryLengthTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2022-03-10").events.map(\.summary)
  }

  @Test func anAsideBetweenASubjectAndItsVerbIsLeftOut() {
    let found = summaries("The ferry operator, a subsidiary of the shipping group Nordhavn, cut its winter timetable in January 2021.")
    #expect(found.contains("The ferry operator cut its winter timetable in January 2021"), "\(found)")
  }

  @Test func aParticipleTrailingAfterTheObjectIsLeftOutWhole() {
    let found = summaries(
      "The transport ministry published a draft law in June 2021 requiring bus operators in the northern provinces to fit seat belts and cameras in all of their vehicles.")
    #expect(found.contains("The transport ministry published a draft law in June 2021"), "\(found)")
  }

  @Test func aPhraseAfterTheObjectIsLeftOutButTheTimeStays() {
    let found = summaries(
      "The Ostrava Cable Company opened its second factory near Brno in May 2021 with money from a regional development fund and several private banks.")
    #expect(found.contains("The Ostrava Cable Company opened its second factory near Brno in May 2021"), "\(found)")
  }

  @Test func aNounIsToldWithItsOfPhraseBeforeAPhraseThatTrails() {
    let found = summaries(
      "The bakery chain Crumbwell said it would give a free loaf to all owners of the older loyalty cards in its shops across the northern provinces.")
    #expect(found.contains("The bakery chain Crumbwell said it would give a free loaf to all owners of the older loyalty cards"), "\(found)")
  }

  @Test func aFindingToldAfterItIsToldWithIt() {
    let found = summaries("Young otters were far less likely to survive their first winter in the colder valleys, the survey team found.")
    #expect(!found.contains("The survey team found"), "\(found)")
    #expect(found.contains { $0.hasPrefix("Young otters were far less likely") }, "\(found)")
  }

  @Test func aPronounAfterAnOpeningTimeIsNamed() {
    let found = summaries("Harrowgate Mills was founded in 1893. The mill made cotton thread. In 1997 it was bought by a Dutch group.")
    #expect(found.contains("In 1997 the mill was bought by a Dutch group"), "\(found)")
  }
}

/// What a report says is told to its verb, past an aside inside it.
@Suite struct ReportAsideSummaryTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2022-03-10").events.map(\.summary)
  }

  @Test func aNameInAppositionInsideAReportIsPassed() {
    let found = summaries("The ferry line said it had cut 300 sailings and that its chief executive, Dana Voss, would resign.")
    #expect(found.contains("The ferry line said it had cut 300 sailings and that its chief executive, Dana Voss, would resign"), "\(found)")
  }

  @Test func anAdjectivePhraseInsideAReportIsPassed() {
    let found = summaries("Union leader Ruth Calder said the new timetable, due to start on September 4, would force teachers to stay later.")
    #expect(found.contains("Union leader Ruth Calder said the new timetable, due to start on September 4, would force teachers to stay later"), "\(found)")
  }
}

/// A relative clause inside a sentence's subject is no sentence of its own.
@Suite struct RelativeInSubjectSummaryTests {
  @Test func aRelativeClauseRunningIntoTheMainVerbIsToldWithItsSentence() {
    let found = Fixture.timeline(["The cycle lane that residents have requested since 2019 is still missing."], published: "2022-03-10")
      .events.map(\.summary)
    #expect(found.contains("The cycle lane that residents have requested since 2019 is still missing"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("Residents have requested") }, "\(found)")
  }
}
