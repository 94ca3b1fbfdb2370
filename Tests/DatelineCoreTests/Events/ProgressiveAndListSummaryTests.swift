import DatelineTestSupport
import Testing

@testable import DatelineCore

/// An `It` before a progressive with an object stands for a thing, and one after a sentence with
/// several subjects for the one that agrees; a later predicate of a list takes the subject of the
/// first past a phrase set off between them; what a report leading its summary says is shortened.
@Suite struct ProgressiveAndListSummaryTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2025-03-04").events.map(\.summary)
  }

  @Test func aProgressiveWithAnObjectNamesItsThing() {
    let text = "The ferry capsized off the island of Tessel on 9 August 2022. It was carrying 212 passengers and 18 crew."
    #expect(summaries(text).contains("The ferry was carrying 212 passengers and 18 crew"), "\(summaries(text))")
    // Without an object the `It` may stand for nothing.
    let dark = "The ferry left Tessel on 9 August 2022. It was getting dark by then."
    #expect(!summaries(dark).contains { $0.hasPrefix("The ferry was getting") }, "\(summaries(dark))")
  }

  @Test func theOneSubjectThatAgreesLeads() {
    let text = "The outages began at about 9 a.m. on Tuesday and ended at noon, the lender said. It blamed a faulty update."
    #expect(summaries(text).contains { $0.hasPrefix("The lender blamed a faulty update") }, "\(summaries(text))")
  }

  @Test func aSetOffPhraseBetweenPredicatesKeepsTheSubject() {
    let text = "Tomas Brekke was born in 1950. He became mayor in 2014, in the first direct election, and served two terms before retiring in 2022."
    #expect(summaries(text).contains("Tomas Brekke served two terms before retiring in 2022"), "\(summaries(text))")
    let named = "The lander, named Osprey, was launched in 2018 and reached Ventra in 2023."
    #expect(summaries(named).contains("The lander reached Ventra in 2023"), "\(summaries(named))")
  }

  @Test func whatALeadingReportSaysIsShortened() throws {
    let text = """
      Researchers using the Vessa Ridge Observatory have found traces of ice in the shadowed craters of a small \
      moon orbiting a distant giant planet, the Kestrel Science Council announced on Monday.
      """
    let summary = try #require(summaries(text).first)
    #expect(summary.hasPrefix("The Kestrel Science Council announced on Monday researchers"), "\(summary)")
    #expect(summary.utf8.count <= 110 && !summary.hasSuffix("…"), "\(summary)")
  }
}
