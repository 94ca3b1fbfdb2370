import Testing

@testable import DatelineCore

/// A weekday told in the past perfect is the last one before the publication day, never that day,
/// unless a verb of speech just before reports it: the report shifts back what was told of the
/// story's days, the publication day among them.
@Suite struct ReportedPerfectWeekdayTests {
  @Test func aReportedPastPerfectMayBeOfThePublicationDay() {
    expectTime("The branch said it had sent inspectors to the port on [[Wednesday morning]].", "2024-10-23TMO", reference: "2024-10-23")
    expectTime("Police said the man had fled on [[Wednesday]].", "2024-10-23", reference: "2024-10-23")
    expectTime("The club announced that its coach had resigned on [[Friday]].", "2024-11-08", reference: "2024-11-08")
  }

  @Test func anUnreportedPastPerfectIsAWeekBefore() {
    expectTime("The ministry had banned the march on [[Wednesday]].", "2024-10-16", reference: "2024-10-23")
    expectTime("Inspectors had checked the hull on [[Friday]].", "2024-11-01", reference: "2024-11-08")
  }
}
