import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A clause that a relative clause, a participle or an appositive interrupts is summarized whole,
/// led by its own subject, and the interruption never stands in for it.
@Suite struct InterruptedClauseSummaryTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2024-03-15").events.map(\.summary)
  }

  @Test func anAppositiveWithAParticipleBeforeItsNounIsSkipped() {
    let text = "The Harrow Bay museum, one of the region's most visited sights, closed on Saturday evening."
    let events = Fixture.timeline([text], published: "2024-03-15").events
    #expect(events.map(\.summary) == ["The Harrow Bay museum, one of the region's most visited sights, closed on Saturday evening"])
    // The participle describes the sights; no visit is told.
    #expect(events.first?.kind == .other)
  }

  @Test func aCompoundNounReadAsAnAdjectiveLeadsItsRelativeClause() {
    let found = summaries("Growers have warned that the grape harvest, which began last month, could be the poorest in years.")
    #expect(found.contains("The grape harvest began last month"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("Began") }, "\(found)")
    #expect(
      found.contains("Growers have warned that the grape harvest, which began last month, could be the poorest in years"),
      "\(found)")
  }

  @Test func aReportGoesOnPastARelativeClauseAfterAShareOfItsSubject() {
    let found = summaries("The union said 64% of drivers who took part in the ballot backed the offer.")
    #expect(found.contains("The union said 64% of drivers who took part in the ballot backed the offer"), "\(found)")
    #expect(!found.contains("The union said 64% of drivers"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("Drivers took part in the ballot backed") }, "\(found)")
    // Past the `of` of a noun that is no share, a relative clause is the noun's, not the report's subject.
    let story = summaries("The film tells the story of two officers who go in search of a wanted thief named Joy Maran.")
    #expect(!story.contains { $0.hasPrefix("The film named") }, "\(story)")
  }

  @Test func aReportGoesOnPastARelativeClauseInItsSubject() {
    let found = summaries("Traders said the maize harvest, which started in May, would be the largest on record.")
    #expect(found.contains("Traders said the maize harvest, which started in May, would be the largest on record"), "\(found)")
    #expect(!found.contains("Traders said the maize harvest"), "\(found)")
  }

  @Test func aShortenedReportKeepsTheVerbOfItsThat() {
    let found = summaries(
      "Fishermen have complained that the new quota, which took effect in March, could force dozens of boats out of business.")
    #expect(!found.contains { $0.hasSuffix("which took effect in March") }, "\(found)")
    #expect(found.contains { $0.hasPrefix("Fishermen have complained that the new quota") && $0.contains("could force") }, "\(found)")
  }

  @Test func aPhraseSetOffAfterTheTimeStaysWithItsClause() {
    let sales = summaries("Sales fell 12% in May, the steepest drop in a decade, the trade body said.")
    #expect(!sales.contains { $0.hasPrefix("The steepest") }, "\(sales)")
    #expect(sales.contains { $0.hasPrefix("Sales fell 12% in May") && $0.hasSuffix("the trade body said") }, "\(sales)")
    let rain = summaries("Rainfall reached 90mm on Monday, the most ever measured in the city, the agency said.")
    #expect(!rain.contains { $0.hasPrefix("The most") }, "\(rain)")
    #expect(rain.contains { $0.hasPrefix("Rainfall reached 90mm on Monday") && $0.hasSuffix("the agency said") }, "\(rain)")
  }

  @Test func aWhoseClauseIsNoSummaryOfTheMainEvent() {
    let car = summaries("A woman whose car was stolen called police on Monday.")
    #expect(car == ["A woman whose car was stolen called police on Monday"], "\(car)")
    let bicycle = summaries("A teenager whose bicycle was found near the river was reported missing on Wednesday.")
    #expect(!bicycle.contains { $0.hasPrefix("Bicycle") }, "\(bicycle)")
    #expect(bicycle.contains { $0.hasPrefix("A teenager") && $0.hasSuffix("was reported missing on Wednesday") }, "\(bicycle)")
  }

  @Test func aWhoseClauseSetOffByCommasIsToldOfItsNoun() {
    let found = summaries("The painter, whose studio burned down in 2019, opened a gallery on Friday.")
    #expect(found.contains { $0.hasPrefix("The painter's studio burned down in 2019") }, "\(found)")
    #expect(!found.contains { $0.hasPrefix("Studio") }, "\(found)")
  }

  @Test func aWhoseClauseAfterTheObjectIsToldOfItsNoun() {
    let found = summaries("Divers reached a trawler whose crew had abandoned it.")
    #expect(found.contains("A trawler's crew had abandoned it"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("Crew") }, "\(found)")
  }

  @Test func aNameInsideTheSubjectDoesNotLeadIt() {
    let chief = summaries(
      "The chief executive of Halvard Foods, appointed in 2021 after a turbulent period, stepped down on Tuesday.")
    #expect(chief.contains { $0.hasPrefix("The chief executive of Halvard Foods was appointed in 2021") }, "\(chief)")
    #expect(!chief.contains { $0.hasPrefix("Halvard Foods") }, "\(chief)")
    let shares = summaries("Shares in Brightline Rail, which operates trains between the two cities, rose 5% on Monday.")
    #expect(shares.contains { $0.hasPrefix("Shares in Brightline Rail") && $0.hasSuffix("rose 5% on Monday") }, "\(shares)")
  }

  @Test func anInfinitiveInASetOffParticipleIsNotTheClauseVerb() {
    let found = summaries("The head of the Orvel Trust, chosen in 2020 on a pledge to cut costs, retired on Monday.")
    #expect(found.contains("The head of the Orvel Trust retired on Monday"), "\(found)")
    #expect(found.contains { $0.hasPrefix("The head of the Orvel Trust was chosen in 2020") }, "\(found)")
    #expect(!found.contains { $0.hasPrefix("A pledge") }, "\(found)")
  }
}
