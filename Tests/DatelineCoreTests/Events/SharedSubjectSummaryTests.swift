import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A later predicate without a subject of its own is told with the subject of the first, even
/// when the tagger read that subject's noun as a verb; inside a report, with the subject of what
/// is reported, not the speaker's; with a modal of its own, without the first one's.
@Suite struct SharedSubjectSummaryTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2022-03-10").events.map(\.summary)
  }

  @Test(arguments: [
    ("Talks with the creditors started last month and are expected to end by May 2.",
     "Talks with the creditors are expected to end by May 2"),
    ("Talks with the landlords began in January and are set to conclude by July 9.",
     "Talks with the landlords are set to conclude by July 9"),
  ])
  func aPredicateAfterASubjectTheTaggerReadAsAVerbTakesThatSubject(text: String, summary: String) {
    let found = summaries(text)
    #expect(found.contains(summary), "\(text): \(found)")
    #expect(!found.contains { $0.hasPrefix("Are ") }, "\(text): \(found)")
  }

  @Test(arguments: [
    ("Lena Brandt said demand picked up in May and slipped again in June.", "Demand slipped again in June", "Lena Brandt slipped"),
    ("Ivo Lanz said demand collapsed in 2020 and recovered in 2021.", "Demand recovered in 2021", "Ivo Lanz recovered"),
  ])
  func aReportsSecondPredicateTakesTheReportedSubject(text: String, summary: String, speaker: String) {
    let found = summaries(text)
    #expect(found.contains(summary), "\(text): \(found)")
    #expect(!found.contains { $0.hasPrefix(speaker) }, "\(text): \(found)")
  }

  @Test func aPredicateWithAModalOfItsOwnSharesNoModal() {
    let found = summaries("The plant could restart in July and may employ 200 people by the end of 2023.")
    #expect(found.contains("The plant may employ 200 people by the end of 2023"), "\(found)")
    #expect(!found.contains { $0.contains("could may") }, "\(found)")
  }
}
