import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Summaries of what reports tell: a later predicate of a reported clause keeps that clause's
/// subject, a pronoun or possessive that opens what is told is led by what it stands for, and a
/// quotation that its report cuts in two is told once, whole.
@Suite struct ReportedSummaryTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2024-06-20").events.map(\.summary)
  }

  @Test(arguments: [
    ("Regional director Tom Hale said exports recovered in March and fell again in May.", "Exports fell again in May"),
    ("The treasurer, Nia Roberts, said revenue climbed in April and dropped in June.", "Revenue dropped in June"),
    ("Ada Voss, 54, said sales recovered in March and fell in May.", "Sales fell in May"),
  ])
  func aLaterPredicateOfAReportedClauseKeepsItsSubject(text: String, expected: String) {
    let found = summaries(text)
    let predicate = String(expected.drop { $0 != " " })
    #expect(found.filter { $0.hasSuffix(predicate) } == [expected], "\(found)")
  }

  @Test func aReportedPronounTakesTheThingTheSentenceBeforeIsAbout() {
    let closed = summaries("The Arden Bridge was closed on June 3 after inspectors found cracks. Engineers hope it will reopen in August.")
    #expect(closed.contains("Engineers hope the Arden Bridge will reopen in August"), "\(closed)")
    let shut = summaries("The Kelby Viaduct was shut on June 3. Engineers expect it will reopen in August.")
    #expect(shut.contains("Engineers expect the Kelby Viaduct will reopen in August"), "\(shut)")
  }

  @Test func aPossessiveOpeningWhatAReportTellsTakesItsOwner() {
    let told = summaries("Nordvik Shipping cut 200 jobs on June 4. Its profit fell 4% in May, the company said.")
    #expect(told.contains("Nordvik Shipping's profit fell 4% in May, the company said"), "\(told)")
    let their = summaries("Ashby Rovers won the cup on June 8. Their coach, Ivo Brandt, signed a new contract on June 9.")
    #expect(their.contains("Ashby Rovers' coach, Ivo Brandt, signed a new contract on June 9"), "\(their)")
  }

  @Test func aQuotationCutByItsReportIsToldWhole() {
    let whole = "\"We will reopen the pool, and we will do it by July 1,\" the mayor said"
    #expect(summaries("\"We will reopen the pool,\" the mayor said, \"and we will do it by July 1.\"").allSatisfy { $0 == whole })
    let subject = summaries("\u{201C}The library,\u{201D} Ms Okafor said on June 5, \u{201C}will close on July 3 and reopen in 2025.\u{201D}")
    #expect(
      subject.allSatisfy { $0 == "\u{201C}The library will close on July 3 and reopen in 2025,\u{201D} Ms Okafor said on June 5" },
      "\(subject)")
    let apposed = summaries("\"The sea came over the wall,\" said Tomas Berg, a fisherman, \"and there was nothing we could do.\"")
    #expect(apposed.contains("\"The sea came over the wall, and there was nothing we could do,\" said Tomas Berg"), "\(apposed)")
  }

  @Test func aReportsThatKeepsTheClauseAfterADash() {
    let found = summaries("The survey team reported on June 3 that \u{2013} despite the warnings \u{2013} the old dam held.")
    #expect(found.contains { $0.hasSuffix("that the old dam held") }, "\(found)")
  }
}
