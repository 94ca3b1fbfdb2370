import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A list of noun phrases that is a clause's subject keeps its first item: its comma cuts no
/// clause when the first item ends in a noun the tagger reads as an adjective (`The chief
/// executive,`) or the last item is counted (`and two councillors`).
@Suite struct CoordinatedSubjectListTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2024-11-08").events.map(\.summary)
  }

  @Test(arguments: [
    ("The chief executive, the head of risk and the finance director of Harbour Bank resigned on Monday.",
     "The chief executive, the head of risk and the finance director of Harbour Bank resigned on Monday"),
    ("The chief executive, the finance director and the head of risk of Harbour Bank resigned on Monday.",
     "The chief executive, the finance director and the head of risk of Harbour Bank resigned on Monday"),
    ("The mayor, the police chief and two councillors met residents on Monday.",
     "The mayor, the police chief and two councillors met residents on Monday"),
    ("Two nurses, a porter and three doctors were injured on Monday.",
     "Two nurses, a porter and three doctors were injured on Monday"),
  ])
  func theFirstItemStays(text: String, summary: String) {
    let found = summaries(text)
    #expect(found.contains(summary), "\(found)")
  }

  @Test func anAdjectiveAfterAVerbEndsNoListItem() {
    let found = summaries("The sky was clear, the wind calm and the sea flat when the ferry sank on Monday.")
    #expect(found.contains { $0.hasPrefix("The ferry sank") || $0.contains("the ferry sank") }, "\(found)")
  }
}
