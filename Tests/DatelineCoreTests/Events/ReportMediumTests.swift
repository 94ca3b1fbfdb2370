import DatelineTestSupport
import Testing

@testable import DatelineCore

/// An opening phrase that names the medium of a report (`In a letter posted on social media,`)
/// tells no event beside the report: posting the letter is the writing, and its time dates it.
@Suite struct ReportMediumTests {
  private func events(_ text: String) -> [Event] {
    Fixture.timeline([text], published: "2024-11-08").events
  }

  @Test func aMediumBeforeAReportIsNoEventOfItsOwn() {
    let all = events("In a letter posted on social media, the mayor wrote that she would stand again.")
    #expect(all.map(\.summary) == ["The mayor wrote that she would stand again"], "\(all.map(\.summary))")
  }

  @Test func theTimeOfTheMediumDatesTheReport() throws {
    let all = events("In an email sent to staff on Wednesday, the chief executive wrote that the plant would stay shut.")
    let report = try #require(all.first, "no event")
    #expect(all.count == 1, "\(all.map(\.summary))")
    #expect(report.kind == .statement)
    #expect(report.date?.value.timex == "2024-11-06")
  }

  @Test func aMediumBeforeAnotherHappeningStaysAnEvent() {
    let all = events("In a video posted by the club on Tuesday, the players thanked the fans.")
    #expect(all.contains { $0.summary == "A video was posted by the club on Tuesday" }, "\(all.map(\.summary))")
  }

  @Test func whatIsSaidAfterTheMediumOfTheReportStaysInTheSummary() {
    let all = events("The mayor said in a letter posted on social media that she would stand again.")
    #expect(all.map(\.summary) == ["The mayor said in a letter posted on social media that she would stand again"], "\(all.map(\.summary))")
  }

  @Test func aVerbOfSpeechInAnotherSenseTellsNoReport() {
    let all = events("In a letter posted on Monday, the reader continued the story of the ferry.")
    #expect(all.contains { $0.summary.hasPrefix("A letter was posted on Monday") }, "\(all.map(\.summary))")
  }
}
