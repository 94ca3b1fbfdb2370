import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Dates of news the tests were not written from: prefixed irregular pasts tell events, a
/// scheduled present in a report is an event of its coming day, an opening adverb's dated phrase
/// dates its clause, and the reports after a lead whose report has a later day of its own are of
/// that day. Published Friday 2024-11-08.
@Suite struct UnseenNewsDateTests {
  private func events(_ text: String) -> [Event] {
    Fixture.timeline([text], published: "2024-11-08").events
  }

  private func date(_ words: String, in events: [Event]) -> String? {
    events.first { $0.summary.contains(words) }?.date?.value.timex
  }

  @Test func aPrefixedIrregularPastTellsAnEvent() {
    let found = events("Ravi Anand underwent an operation on Tuesday after a fall, his team said on Wednesday.")
    #expect(
      found.contains { $0.summary.contains("underwent") && $0.date?.value.timex == "2024-11-05" }, "\(found.map(\.summary))")
    let other = events("The striker outran two defenders on Saturday.")
    #expect(date("outran two defenders", in: other) == "2024-11-02", "\(other.map(\.summary))")
  }

  @Test func aPrefixedFormOfAPastSpelledAsItsBaseIsNoPast() {
    #expect(!IrregularPasts.all.contains("outset"))
    #expect(!IrregularPasts.all.contains("output"))
    #expect(IrregularPasts.all.contains("overcame"))
    #expect(IrregularPasts.all.contains("foresaw"))
  }

  @Test func aScheduledPresentInAReportIsAnEventOfItsComingDay() {
    let found = events("A review of the crossing begins on Monday, the council said.")
    #expect(date("review of the crossing begins", in: found) == "2024-11-11", "\(found.map(\.summary))")
  }

  @Test func anAdverbOpeningADatedPhraseDatesItsClause() {
    let found = events("The match ended late on Tuesday.\n\nShortly after midnight, fans gathered outside the ground.")
    #expect(date("gathered outside the ground", in: found) == "2024-11-06T00:00", "\(found.map(\.summary))")
  }

  @Test func reportsAfterALeadWithALaterReportDayAreOfThatDay() {
    let found = events(
      """
      Mira Salo had hip surgery on Tuesday after a fall in training, her club said on Wednesday.

      Coach Ben Tull said the team would miss her.
      """)
    #expect(date("Coach Ben Tull said", in: found) == "2024-11-06", "\(found.map(\.summary))")
  }

  @Test func aReportFoldedIntoTheLeadStillGivesItsDayToTheReportsAfter() {
    let found = events(
      """
      Storm Petra brought heavy rain to the north coast on Saturday night, cutting power to 9,000 homes, the utility Northgrid said on Sunday.

      Its chief, Dan Morrow, said the repairs would take days.
      """)
    #expect(date("Dan Morrow, said the repairs", in: found) == "2024-11-03", "\(found.map { ($0.summary, $0.date?.value.timex) })")
  }
}
