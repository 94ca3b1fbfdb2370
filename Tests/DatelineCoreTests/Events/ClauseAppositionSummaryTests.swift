import DatelineTestSupport
import Testing

@testable import DatelineCore

/// What is set off beside a clause stays part of it: a name in apposition inside the clause's
/// subject is no place to cut its summary, a noun phrase that sums the clause up is no event of
/// its own, a comparison set off after it is none either, and a share of the subject (`half of`,
/// `most of`) heads the subject past its relative clause.
@Suite struct ClauseAppositionSummaryTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2024-03-15").events.map(\.summary)
  }

  @Test func aShortenedSummaryIsNotCutAtANameInApposition() {
    let found = summaries(
      "The scandal surfaced in 2019 when a lawyer hired by her replacement, Governor Paul Henning, discovered missing invoices in the agency's books.")
    #expect(!found.contains { $0.hasSuffix("Governor Paul Henning") }, "\(found)")
    #expect(!found.contains { $0.hasSuffix("her replacement") }, "\(found)")
    let leak = summaries(
      "The leak emerged last year when a technician employed by the new owner, Brightwater Holdings, spotted damage in the pipeline.")
    #expect(!leak.contains { $0.hasSuffix("Brightwater Holdings") }, "\(leak)")
    #expect(leak.contains { $0.hasPrefix("The leak emerged last year") }, "\(leak)")
  }

  @Test func aNounPhraseSummingUpTheClauseIsNoEvent() {
    let deal = summaries("On Monday, Vestra agreed to acquire German rival Kolbe for 4 billion euros, a purchase regulators must still approve.")
    #expect(deal.contains("Vestra agreed to acquire German rival Kolbe for 4 billion euros"), "\(deal)")
    #expect(!deal.contains { $0.hasPrefix("A purchase") }, "\(deal)")
    let depot = summaries("In March, the council sold the old depot to a developer for £3m, a price critics called too low.")
    #expect(!depot.contains { $0.hasPrefix("A price critics") }, "\(depot)")
    let jobs = summaries("The airline cut 500 jobs last year, a decision its pilots union is still fighting in court.")
    #expect(jobs.contains { $0.hasPrefix("The airline cut 500 jobs") }, "\(jobs)")
    #expect(!jobs.contains { $0.hasPrefix("A decision") }, "\(jobs)")
    // A clause after a comma with its own subject and object is no such phrase.
    let vote = summaries("The council approved the budget on Monday, the mayor's office said.")
    #expect(vote.contains { $0.contains("approved the budget") }, "\(vote)")
  }

  @Test func aComparisonSetOffAfterAReportIsNoEvent() {
    let found = summaries(
      "Nearly three-quarters (74%) of riders whose employers are paying for passes said they wanted cheaper fares, compared to 57% of those who aren't getting help.")
    #expect(!found.contains { $0.contains("compared to 57%") && !$0.contains("said") }, "\(found)")
  }

  @Test func aReportGoesOnPastARelativeClauseAfterAFractionOfItsSubject() {
    let half = summaries("The union said half of the nurses who voted in the poll rejected the deal.")
    #expect(half.contains("The union said half of the nurses who voted in the poll rejected the deal"), "\(half)")
    #expect(!half.contains("The union said half of the nurses"), "\(half)")
    let third = summaries("Officials said a third of the farmers who applied for the grant received nothing.")
    #expect(!third.contains("Officials said a third of the farmers"), "\(third)")
    let quarter = summaries("The board said a quarter of the staff who joined last year had already quit.")
    #expect(!quarter.contains("The board said a quarter of the staff"), "\(quarter)")
  }

  @Test func aQuantifierBeforeOfHeadsTheSubjectOfAClauseThatGoesOnPastARelativeClause() {
    let most = summaries("Most of the residents who fled the fire returned home on Tuesday.")
    #expect(most.contains("Most of the residents who fled the fire returned home on Tuesday"), "\(most)")
    let many = summaries("Many of the workers who lost their jobs in May found new ones in June.")
    #expect(many.contains("Many of the workers found new ones in June"), "\(many)")
    // A relative clause may end on its one verb: `who voted | backed`.
    let majority = summaries("The majority of the members who voted backed the strike on Monday.")
    #expect(majority.contains("The majority of the members who voted backed the strike on Monday"), "\(majority)")
  }
}
