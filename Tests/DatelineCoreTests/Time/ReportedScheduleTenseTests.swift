import Testing

@testable import DatelineCore

/// Weekdays in reports and in the past perfect: the plain present a report tells is a schedule
/// (the coming day), the past perfect is before the writing (the last such day before it), and
/// a clock time after a plan told in an earlier paragraph is on the story's own day. Reference
/// Friday 2024-11-08.
@Suite struct ReportedScheduleTenseTests {
  private let friday = "2024-11-08"

  @Test func thePresentSaidOfAClauseIsItsComingDay() {
    expectTime("The guild said the fair reopens on [[Thursday]].", "2024-11-14", reference: friday)
    expectTime("Ms Orr said that she flies to Lisbon on [[Monday]].", "2024-11-11", reference: friday)
    expectTime("Organisers said the parade on [[Sunday]] was cancelled.", "2024-11-03", reference: friday)
    expectTime("The firm said the dam failed on [[Monday]].", "2024-11-04", reference: friday)
    expectTime("Police said the storm hit on [[Tuesday]].", "2024-11-05", reference: friday)
  }

  @Test func thePresentSaidOfABarePluralIsItsComingDay() {
    expectTime("The union said lawyers meet the employers on [[Tuesday]].", "2024-11-12", reference: friday)
    expectTime("The judge said deliberations resume on [[Monday]].", "2024-11-11", reference: friday)
    expectTime("The union said workers quit the plant on [[Monday]].", "2024-11-04", reference: friday)
    expectTime("Police said officers arrested two men on [[Monday]].", "2024-11-04", reference: friday)
    expectTime("The firm said across the region on [[Monday]] prices fell.", "2024-11-04", reference: friday)
  }

  @Test func aReportSetAfterAPresentClauseLeavesItAhead() {
    expectTime("A hearing into the crash opens on [[Tuesday]], the board said.", "2024-11-12", reference: friday)
    expectTime("The ferry sank on [[Tuesday]], the coastguard said.", "2024-11-05", reference: friday)
    expectTime("Speaking in Oslo on [[Tuesday]], the envoy said the deal was close.", "2024-11-05", reference: friday)
    expectTime("After visiting Oslo on [[Tuesday]], the envoy said the deal was close.", "2024-11-05", reference: friday)
    expectTime("The firm said that at the close of business [[Tuesday]], 400 shares had been sold.", "2024-11-05", reference: friday)
  }

  @Test func aPastSpelledAsItsBaseIsNoSchedule() {
    expectTime("Rebels hit the town on [[Monday]], officials said.", "2024-11-04", reference: friday)
    expectTime("Workers quit the plant on [[Monday]], the union said.", "2024-11-04", reference: friday)
    expectTime("The union said the workers quit the plant on [[Monday]].", "2024-11-04", reference: friday)
    expectTime("Workers meet the board on [[Monday]], the union said.", "2024-11-11", reference: friday)
  }

  @Test func thePastPerfectIsBeforeTheDayOfWriting() {
    expectTime("The mayor had closed the bridge on [[Friday]].", "2024-11-01", reference: friday)
    expectTime("The final had been set for [[Thursday]] but was moved.", "2024-11-07", reference: friday)
    expectTime("The hearing had been scheduled for [[Wednesday]].", "2024-11-06", reference: friday)
    expectTime("The union called a strike for [[Thursday]].", "2024-11-14", reference: friday)
  }

  @Test func aClockTimeAfterAPlanInAnEarlierParagraphIsOnTheStorysDay() {
    expectTime(
      "Fans left the ground late on Wednesday.\n\nThe club said the stand reopens on Thursday.\n\nShortly after [[midnight]], buses arrived.",
      "2024-11-07T00:00", reference: friday)
    expectTime(
      "The club said the stand reopens on Thursday. The gates open at [[10 a.m.]]", "2024-11-14T10:00", reference: friday)
  }
}
