import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Clauses a comma, a participle or a subordinate clause splits from their sentence: a later
/// predicate joined by `then` keeps its subject, a report keeps what it says through its verb,
/// a long report drops the clause trailing after what it says rather than end mid-phrase, and a
/// noun phrase set off after a clause tells no event of its own.
@Suite struct SplitClauseSummaryTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2022-03-10").events.map(\.summary)
  }

  @Test(arguments: [
    ("The vote was first planned for March, then moved to June.", "The vote was moved to June"),
    ("The band recorded the album in Oslo in 2019, then released it in May.", "The band released it in May"),
  ])
  func aPredicateAfterThenKeepsTheSubject(text: String, summary: String) {
    let found = summaries(text)
    #expect(found.contains(summary), "\(text): \(found)")
  }

  @Test func aLongReportLeadDropsTheClauseTrailingAfterWhatItSays() {
    let found = summaries(
      "Three people were hurt and dozens of homes were left without power after a storm brought down the lines across the valley of the river Tamsin on Monday night, the county council said on Tuesday.")
    #expect(found.contains("The county council said on Tuesday three people were hurt and dozens of homes were left without power"), "\(found)")
    #expect(!found.contains { $0.hasSuffix("…") }, "\(found)")
  }

  @Test func aReportKeepsWhatItSaysPastAParticipleInItsSubject() {
    let found = summaries("The Daily Post reported on Sunday that Kelton Haulage, owned by the mayor's cousin, was paid £3m in 2021.")
    #expect(found.contains { $0.hasPrefix("The Daily Post reported on Sunday that Kelton Haulage") && $0.hasSuffix("was paid £3m in 2021") }, "\(found)")
    #expect(!found.contains("The Daily Post reported on Sunday that Kelton Haulage"), "\(found)")
  }

  @Test func aNounPhraseWithAParticipleSetOffAfterAClauseIsNoEvent() {
    let found = summaries("The new bridge has cost £90m so far, nearly three times the sum agreed in 2019.")
    #expect(found.contains { $0.hasPrefix("The new bridge has cost £90m") }, "\(found)")
    #expect(!found.contains { $0.contains("times the sum agreed") && !$0.hasPrefix("The new bridge") }, "\(found)")
  }

  @Test func anAdverbBeforeAPrepositionsPhraseLeavesItWithTheClause() {
    let found = summaries("The firm made an offer of £40m in May, which the owners rejected as too low on Monday.")
    #expect(found.contains("The owners rejected an offer of £40m as too low on Monday"), "\(found)")
  }
}
