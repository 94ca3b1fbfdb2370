import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A clause is told with the subject it is about, however the sentence sets it apart: the head
/// of `N1 in N2` before a relative clause or a participle, the subject of a coordinated passive,
/// a list with a noun phrase last, a noun phrase with a report set off after it; and a verbless
/// ellipsis after a clause is no event of its own.
@Suite struct ClauseSubjectReachTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2024-11-08").events.map(\.summary)
  }

  @Test func aRelativeClauseAfterAPrepositionalPhraseIsAboutItsHead() {
    let rise = summaries("Thousands marched on Sunday against a 30% rise in fuel prices that took effect in March.")
    #expect(rise.contains("A 30% rise in fuel prices took effect in March"), "\(rise)")
    #expect(!rise.contains { $0.hasPrefix("Fuel prices took effect") }, "\(rise)")
    let flaw = summaries("The regulator said the bank had failed to fix a flaw in its systems that was reported by staff in 2021.")
    #expect(flaw.contains("A flaw in its systems was reported by staff in 2021"), "\(flaw)")
  }

  @Test func aRelativeClauseAfterANounThatMeasuresIsAboutWhatItMeasures() {
    let found = summaries("The log shows a list of faults that occurred in May.")
    #expect(found.contains("Faults occurred in May"), "\(found)")
  }

  @Test func aRelativeVerbThatAgreesWithTheInnerNounKeepsIt() {
    let found = summaries("Officials published the number of cases that were reported in May.")
    #expect(found.contains("Cases were reported in May"), "\(found)")
  }

  @Test func aParticipleAfterAPhraseWithWithIsAboutItsHead() {
    let found = summaries("The chief executive said a cheaper plan with adverts, launched in March, had drawn younger viewers.")
    #expect(found.contains("A cheaper plan with adverts was launched in March"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("Adverts were launched") }, "\(found)")
  }

  @Test func aCoordinatedPassiveAfterACountTakesItsSubject() {
    let found = summaries("Two men were arrested in August and charged on Tuesday.")
    #expect(found.contains("Two men were charged on Tuesday"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("Charged") }, "\(found)")
  }

  @Test func aReportSetOffAfterTheSubjectLeadsTheClause() {
    let found = summaries("Officers, Mia Kvist said, had been told to stand down on Monday.")
    #expect(found.contains("Mia Kvist said officers had been told to stand down on Monday"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("Mia Kvist said,") || $0.hasPrefix("Officers, Mia Kvist") }, "\(found)")
  }

  @Test func aListOfNamesMayEndInANounPhrase() {
    let serial = summaries("Ana Ruiz, Tom Pell, and the mayor met on Friday.")
    #expect(serial.contains("Ana Ruiz, Tom Pell, and the mayor met on Friday"), "\(serial)")
    let plain = summaries("Ana Ruiz, Tom Pell and the mayor met on Thursday.")
    #expect(plain.contains("Ana Ruiz, Tom Pell and the mayor met on Thursday"), "\(plain)")
  }

  @Test func aCommaAfterAListOfNamesIsLeftOut() {
    let found = summaries("Ian Vale, Colin Marsh and Derek Shaw, were questioned in May and released without charge.")
    #expect(found.contains("Ian Vale, Colin Marsh and Derek Shaw were questioned in May"), "\(found)")
    #expect(found.contains("Ian Vale, Colin Marsh and Derek Shaw were released without charge"), "\(found)")
  }

  @Test func aVerblessEllipsisAfterAClauseIsNoEvent() {
    let found = summaries("Kelso led twice on Saturday, but City levelled both times, the second through a header from Luis Mora.")
    #expect(found.contains { $0.hasPrefix("City levelled both times") }, "\(found)")
    #expect(!found.contains { $0.hasPrefix("The second through") }, "\(found)")
  }
}
