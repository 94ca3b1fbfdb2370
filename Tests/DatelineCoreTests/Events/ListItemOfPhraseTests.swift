import DatelineTestSupport
import Testing

@testable import DatelineCore

/// An item of a list of noun phrases may hold an `of` phrase (`the head of risk`): its comma
/// still separates items, so the summary keeps the whole list.
@Suite struct ListItemOfPhraseTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2024-06-12").events.map(\.summary)
  }

  @Test(arguments: [
    ("The chairman, the head of sales and the finance director resigned on Monday.",
     "The chairman, the head of sales and the finance director resigned on Monday"),
    ("The mayor, the chief of police and the town clerk met on Tuesday.",
     "The mayor, the chief of police and the town clerk met on Tuesday"),
  ])
  func theListIsKeptWhole(text: String, summary: String) {
    let found = summaries(text)
    #expect(found.contains(summary), "\(found)")
  }
}
