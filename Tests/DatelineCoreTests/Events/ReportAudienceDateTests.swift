import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A meeting a report was told to or at (`told a news conference on Monday`) is the occasion of
/// the telling: one statement, dated by the meeting's time, no meeting of its own.
@Suite struct ReportAudienceDateTests {
  private func events(_ text: String) -> [(summary: String, kind: Event.Kind, date: String)] {
    Fixture.timeline([text], published: "2024-10-08").events.map { ($0.summary, $0.kind, $0.date?.value.timex ?? "-") }
  }

  @Test(arguments: [
    ("\"The next two days will be critical,\" fire chief Ana Ruiz told a news conference on Monday evening.", "2024-10-07TEV"),
    ("Ana Ruiz told a news conference on Monday that the fire was under control.", "2024-10-07"),
    ("\"We have done all we can,\" the mayor told a meeting of residents on Sunday.", "2024-10-06"),
  ])
  func aReportToAMeetingIsOneStatementOfItsDay(text: String, date: String) {
    let all = events(text)
    #expect(all.count == 1 && all[0].kind == .statement && all[0].date == date, "\(all)")
  }

  @Test func aMeetingAttendedIsStillAMeeting() {
    let all = events("The minister attended a conference on Monday.")
    #expect(all.count == 1 && all[0].kind == .meeting && all[0].date == "2024-10-07", "\(all)")
  }
}
