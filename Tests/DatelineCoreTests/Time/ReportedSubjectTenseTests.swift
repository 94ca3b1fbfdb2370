import Testing

@testable import DatelineCore

/// A time that is the subject of a reported clause takes the tense of that clause's verb, not the
/// report's (`warned that the winter would be hard`); one right after the report's verb with no
/// verb after it is the report's own (`said last week the plant would close`). An infinitive
/// after a progressive verb (`were waiting to be carried out`) is governed by it and tells
/// nothing ahead.
@Suite struct ReportedSubjectTenseTests {
  @Test func aReportedClausesSubjectTakesItsVerbsTense() {
    expectTime("The minister warned that [[the winter]] would be hard.", "2024-WI", reference: "2024-10-10")
    expectTime("Officials said [[the summer]] will be busy at the ports.", "2025-SU", reference: "2024-10-10")
    expectTime("Growers feared [[the spring]] would bring more floods.", "2025-SP", reference: "2024-10-10")
  }

  @Test func aTimeRightAfterTheReportIsTheReports() {
    expectTime("Officials said [[last week]] the plant would close.", "2024-W40", reference: "2024-10-10")
    expectTime("The minister warned in [[August]] that the winter would be hard.", "2024-08", reference: "2024-10-10")
  }

  @Test func anInfinitiveAfterAProgressiveTellsNothingAhead() {
    expectTime("About 600 cases were waiting to be heard at [[the end of August]].", "2024-08", reference: "2024-10-10")
    expectTime("Hundreds of parcels were waiting to be collected in [[September]].", "2024-09", reference: "2024-10-10")
    expectTime("A building to be demolished in [[March]] was sold.", "2025-03", reference: "2024-10-10")
  }
}
