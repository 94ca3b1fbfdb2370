import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Clauses that tell a time rather than a happening: one a subordinator of time opens in the
/// present with no time of its own waits for what it tells (`until the phones are replaced`), and
/// one whose subject is a relative word on a unit of time tells which time (`in the year that
/// followed`). Neither is an event; in the past, or with a time of their own, they are, unless a
/// modal or a verb of wish governs them (`wanted more evidence before it cut`).
@Suite struct ClauseOfTimeTests {
  private func events(_ text: String) -> [(summary: String, date: String)] {
    Fixture.timeline([text], published: "2024-11-08").events.map { ($0.summary, $0.date?.value.timex ?? "-") }
  }

  @Test(arguments: [
    ("The firm capped charging at 80% on Monday until the phones are replaced.", "phones are replaced"),
    ("The airline grounded its jets on Monday until the engines are checked.", "engines are checked"),
    ("Police closed the road on Tuesday until the bridge is repaired.", "bridge is repaired"),
    ("The regulator halted trading in the shares on Monday until the accounts are published.", "accounts are published"),
  ])
  func aPresentClauseOfTimeWaitsForWhatItTells(text: String, pending: String) {
    let all = events(text)
    #expect(all.count == 1 && all.allSatisfy { !$0.summary.contains(pending) }, "\(all)")
  }

  @Test func aPastClauseOfTimeIsAnEvent() {
    let all = events("The bakery traded for forty years until it collapsed in 2009.")
    #expect(all.contains { $0.summary.hasSuffix("collapsed in 2009") && $0.date == "2009" }, "\(all)")
  }

  @Test(arguments: [
    ("The Ferrand bank held rates on Thursday, saying it wanted more evidence that prices were falling before it cut.", "it cut"),
    ("The council said on Monday it would wait for the survey before it decided.", "decided"),
    ("The union said on Tuesday its members could strike until the company raised its offer.", "raised its offer"),
  ])
  func aPastClauseOfTimeUnderAWishOrAModalWaitsForWhatItTells(text: String, pending: String) {
    let all = events(text)
    #expect(!all.isEmpty && all.allSatisfy { !$0.summary.contains(pending) && !$0.summary.hasSuffix(" cut") }, "\(all)")
  }

  @Test func aPastClauseOfTimeAfterWhatHappenedIsAnEvent() {
    let all = events("The union waited on Monday until the company agreed.")
    #expect(all.contains { $0.summary == "The company agreed" }, "\(all)")
    let cause = events("Harlow Rail said on Tuesday it would cut 300 jobs after its annual profit fell by a third.")
    #expect(cause.contains { $0.summary.hasSuffix("annual profit fell by a third") }, "\(cause)")
  }

  @Test func aClauseOfTimeWithMayIsNotToldInThePresent() {
    let all = events("The firm sent a request, after which the bank may send a second request.")
    #expect(all.contains { $0.summary.contains("send a second request") }, "\(all)")
  }

  @Test func aPresentClauseOfTimeWithATimeOfItsOwnIsAnEvent() {
    let all = events("Officials will meet the rebels before the vote is held on Sunday.")
    #expect(all.contains { $0.summary.contains("vote is held on Sunday") && $0.date == "2024-11-10" }, "\(all)")
  }

  @Test(arguments: [
    ("Trade between the two fell by two-thirds in the year that followed.", "Trade between the two fell by two-thirds in the year that followed"),
    ("Sales of the drug doubled in the weeks which preceded the ban.", "Sales of the drug doubled in the weeks which preceded the ban"),
  ])
  func aRelativeClauseOnAUnitOfTimeTellsWhichTime(text: String, summary: String) {
    let all = events(text)
    #expect(all.map(\.summary) == [summary], "\(all)")
  }

  @Test func anOpeningPhraseOnAUnitOfTimeIsNoEvent() {
    let all = events("Over the centuries that followed, the settlers built a distinct culture.")
    #expect(all.map(\.summary) == ["The settlers built a distinct culture"], "\(all)")
  }

  @Test func aRelativeClauseWithASubjectOfItsOwnIsNoTime() {
    let all = events("Riots broke out in the week that the verdict was announced.")
    #expect(all.allSatisfy { !$0.summary.contains("that the verdict") }, "\(all)")
  }
}
