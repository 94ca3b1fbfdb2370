import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A clause that starts with its verb after a relative clause set off after its subject is led by
/// that subject, also one with a hyphenated participle in it (`The Derby-based firm, which …,
/// posted`): never a fragment that starts with the verb.
@Suite struct SubjectBeforeRelativeTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2024-06-12").events.map(\.summary)
  }

  @Test(arguments: [
    ("The Derby-based firm, which builds rail carriages, posted a loss of £3m for the year to March.",
     "The Derby-based firm", "posted a loss of £3m"),
    ("The state-owned lender, which has 40 branches, cut 300 jobs in May.", "The state-owned lender", "cut 300 jobs in May"),
  ])
  func theSubjectLeadsTheClause(text: String, subject: String, predicate: String) {
    let found = summaries(text)
    #expect(found.contains { $0.hasPrefix(subject) && $0.contains(predicate) }, "\(found)")
    #expect(!found.contains { $0.hasPrefix(predicate.prefix(1).uppercased() + predicate.dropFirst()) }, "\(found)")
  }
}
