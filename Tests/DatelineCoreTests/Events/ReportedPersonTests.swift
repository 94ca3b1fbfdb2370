import DatelineTestSupport
import Testing

@testable import DatelineCore

/// The `he` or `she` a report tells of is named when the report's speaker cannot be that person:
/// a summary is read alone.
@Suite struct ReportedPersonTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2025-10-21").events.map(\.summary)
  }

  @Test func aPresentReportOfSeveralNamesThePerson() {
    let found = summaries(
      "Martin Crewe led the council from 2015 to 2022. Prosecutors say he approved 14 planning applications.")
    #expect(found.contains("Prosecutors say Martin Crewe approved 14 planning applications"), "\(found)")
  }

  @Test func aPersonsReportKeepsItsPronoun() {
    let found = summaries("Martin Crewe was charged on Monday. His lawyer, Anthony Reid, said he had not seen the evidence.")
    #expect(!found.contains { $0.contains("said Martin Crewe had not seen") }, "\(found)")
  }
}
