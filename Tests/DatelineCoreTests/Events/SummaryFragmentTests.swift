import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A summary is a clause: a report does not end on its `that`, a reported subject is not told
/// with who was told, and a clause cut inside brackets does not leave them open.
@Suite struct SummaryFragmentTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2022-03-10").events.map(\.summary)
  }

  @Test func aStretchThatPlacesTheNextClauseIsLeftToIt() {
    let found = summaries("The draft budget was leaked to a newspaper a day before the minister was due to present it.")
    #expect(found.contains("The draft budget was leaked to a newspaper"), "\(found)")
    #expect(!found.contains { $0.hasSuffix("a day") }, "\(found)")
    let held = summaries("Two ships collided just hours after the storm warning was lifted.")
    #expect(held.contains("Two ships collided"), "\(held)")
  }

  @Test func aStretchAPrepositionTakesStaysWithItsClause() {
    let found = summaries("The carrier delayed its new route by at least three weeks after a pilot shortage emerged.")
    #expect(found.contains("The carrier delayed its new route by at least three weeks"), "\(found)")
    #expect(!found.contains { $0.hasSuffix(" by") }, "\(found)")
    let cut = summaries("The ballots were counted at least two days after the polls closed.")
    #expect(cut.contains("The ballots were counted"), "\(cut)")
  }

  @Test func theFirstWordOfACompoundOpensTheSummary() {
    let found = summaries("First-team coach Maria Lund will take charge on Saturday. Well-known actor Tom Hale died on Monday.")
    #expect(found.contains { $0.hasPrefix("First-team coach Maria Lund will take charge") }, "\(found)")
    #expect(found.contains { $0.hasPrefix("Well-known actor Tom Hale died") }, "\(found)")
    #expect(!found.contains { $0.hasPrefix("-") }, "\(found)")
  }

  @Test func aReportPastAnAsideAfterItsThatTellsWhatItSays() {
    let found = summaries("Many shoppers reported that, when paying at the self-service tills, the card readers would freeze for minutes.")
    #expect(!found.contains("Many shoppers reported that"), "\(found)")
    #expect(found.contains("Many shoppers reported that the card readers would freeze for minutes"), "\(found)")
  }

  @Test func aReportToAListenerPastAnAsideAfterItsThatTellsWhatItSays() {
    let found = summaries("The inspector told the court that, over the last five months, the tanks had been left without checks.")
    #expect(found.contains("The inspector told the court that the tanks had been left without checks"), "\(found)")
    let pronoun = summaries("Ms Varga told them that, despite the delay, the bridge would open in May.")
    #expect(pronoun.contains { $0.hasPrefix("Ms Varga told them that the bridge would open in May") }, "\(pronoun)")
  }

  @Test func aReportPastATimeAfterItsThatTellsWhatItSays() {
    let found = summaries("A spokesman for the grocer said that, over the past two weeks, the chain had replaced the software on 300 tills.")
    #expect(!found.contains { $0.hasSuffix(" that") }, "\(found)")
    #expect(found.contains { $0.hasPrefix("A spokesman for the grocer said that the chain had replaced") }, "\(found)")
  }

  @Test func whoWasToldIsNoReportedSubject() {
    let found = summaries("The mayor told reporters on Friday that the stadium, which opened in 1968, would be pulled down in 2027.")
    #expect(!found.contains { $0.hasPrefix("Reporters") }, "\(found)")
  }

  @Test func howItWasToldIsNoReportedSubject() {
    let found = summaries("The council said in a statement that the bridge, which was built in 1932, would close to traffic from July 1 until the middle of 2027.")
    #expect(!found.contains("The council said in a statement that the bridge"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("Would close") }, "\(found)")
  }

  @Test func aClauseThatEndsOnItsClosingBracketKeepsIt() {
    let found = summaries("The island was run from 1990 by a council of three elders (one from each village).")
    #expect(found.contains("The island was run from 1990 by a council of three elders (one from each village)"), "\(found)")
  }
}

/// A summary still too long after its cuts ends on a word that closes a phrase, with `…`:
/// never inside a name, a number or a quotation, never on a determiner or a preposition.
@Suite struct SummaryEllipsisTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2022-03-10").events.map(\.summary)
  }

  @Test func aLongClauseEndsOnANounNotOnADeterminer() {
    let found = summaries(
      "The port authority said that the new crane will lift containers at three times the speed of the cranes built in the 1990s along the northern quay from next summer.")
    let cut = found.filter { $0.hasSuffix("…") }
    #expect(!cut.isEmpty, "\(found)")
    #expect(!cut.contains { $0.hasSuffix(" next…") || $0.hasSuffix(" the…") }, "\(found)")
    #expect(cut.allSatisfy { $0.utf8.count <= EventSummarizer.maximumLength + 2 }, "\(found)")
  }

  @Test func aLongClauseIsNotCutInsideAName() {
    let found = summaries(
      "Prosecutors in Lyon charged the former head of the national lottery with fraud on Tuesday over the sale of tickets worth 2.4 million dollars to Maison Dufresne Holdings.")
    #expect(!found.contains { $0.hasSuffix("Maison…") || $0.hasSuffix("Dufresne…") || $0.hasSuffix("to…") }, "\(found)")
  }
}
