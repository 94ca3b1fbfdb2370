import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Summaries read on their own: a phrase set off after a clause that belongs to it, an open
/// question and a later list item without its verb are no events, and a clause keeps the words
/// its last word needs.
@Suite struct WholeSummaryTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2024-06-12").events.map(\.summary)
  }

  @Test(arguments: [
    ("Sales climbed to $4.1 million, ahead of the $3.8 million traders had predicted.", "Ahead of"),
    ("The insurer now expects claims of $900 million, up from the $700 million it estimated in March.", "Up from"),
    ("The ferry line will reach every island by 2027, three years earlier than the council had promised.", "Three years earlier"),
  ])
  func aSetOffComparisonIsNoEventOfItsOwn(text: String, fragment: String) {
    let found = summaries(text)
    #expect(!found.contains { $0.hasPrefix(fragment) }, "\(found)")
  }

  @Test func aClauseOpenedByAPlaceKeepsItsEvent() {
    let found = summaries("The guards searched the van; at the border gate the driver was arrested.")
    #expect(found.contains { $0.contains("the driver was arrested") }, "\(found)")
    let dated = summaries("The guards searched the van; in 2019 the driver was arrested.")
    #expect(dated.contains { $0.contains("the driver was arrested") }, "\(dated)")
    let joined = summaries("Three workers fell ill, and more than 40 others may have inhaled the gas.")
    #expect(joined.contains { $0.contains("40 others may have inhaled the gas") }, "\(joined)")
  }

  @Test func aPrepositionKeepsTheQuestionItIntroduces() {
    let found = summaries(
      "The regulator said it had opened a review into whether the airline refunded passengers fast enough.")
    #expect(
      found.contains {
        $0 == "The regulator said it had opened a review into whether the airline refunded passengers fast enough"
      }, "\(found)")
    #expect(!found.contains { $0.hasPrefix("The airline refunded") }, "\(found)")
  }

  @Test func aVerbKeepsTheClauseItReports() {
    let found = summaries("The school said an audit found that the roof had leaked for months.")
    #expect(found.contains { $0 == "The school said an audit found that the roof had leaked for months" }, "\(found)")
  }

  @Test func aLaterItemWithoutItsVerbIsNoEvent() {
    let found = summaries(
      "On Tuesday councillors passed a motion from the Green group banning fireworks, and another requiring shops to report how the stock is stored.")
    #expect(!found.contains { $0.hasPrefix("Another") }, "\(found)")
    let clause = summaries("The gates opened at noon, and the line of fans waiting to enter stretched back a mile.")
    #expect(clause.contains { $0.hasPrefix("The line of fans waiting to enter stretched back a mile") }, "\(clause)")
  }

  @Test func aListGoesOnAcrossAnAsideAfterItsAnd() {
    let found = summaries("The stolen records held names, phone numbers and, for some members, passport details.")
    #expect(found.contains("The stolen records held names, phone numbers and, for some members, passport details"), "\(found)")
    let either = summaries("Winners may take a voucher, a bicycle or, in some towns, a season ticket.")
    #expect(either.contains("Winners may take a voucher, a bicycle or, in some towns, a season ticket"), "\(either)")
  }

  @Test func aPredicateBeforeAnAsideDoesNotEndInItsAnd() {
    let found = summaries("The mill cut 80 jobs and, to the surprise of its staff, closed its shop in Vell.")
    #expect(found.contains { $0.hasPrefix("The mill cut 80 jobs") } && !found.contains { $0.hasSuffix(" and") }, "\(found)")
  }
}
