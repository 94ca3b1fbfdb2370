import DatelineTestSupport
import Testing

@testable import DatelineCore

/// What a report says ends before the punctuation that closes its sentence or clause, but keeps
/// a sign glued to its last word that belongs with it.
@Suite struct ReportedSpeechEndTests {
  private func reported(_ text: String) -> [String] {
    let timeline = Fixture.timeline([text], published: "2025-10-21")
    return timeline.quotes.filter(\.isIndirect).map { timeline.text($0.span) }
  }

  @Test(arguments: [
    ("The Dock Workers Union said that members had rejected a pay offer of 4.5%.", "members had rejected a pay offer of 4.5%"),
    ("Harlow Rail said on Monday that fares would rise by 3%!", "fares would rise by 3%"),
    ("The Dock Workers Union said that members had rejected the offer.", "members had rejected the offer"),
  ])
  func theReportEndsAtItsLastWordOrSign(text: String, words: String) {
    #expect(reported(text) == [words])
  }
}
