import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A reflexive pronoun that only stresses the word before it (`the company itself`, `who
/// herself reached`) is left out of a summary, and is no subject of the clause it stands in.
@Suite struct IntensifierSummaryTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2024-09-05").events.map(\.summary)
  }

  @Test(arguments: [
    ("The telescope itself cost 9 billion dollars in 2019.", "The telescope cost 9 billion dollars in 2019"),
    ("Governor Ilse Brandt herself visited the villages on Thursday.", "Governor Ilse Brandt visited the villages on Thursday"),
    ("The mill itself has cut 800 jobs since 2020.", "The mill has cut 800 jobs since 2020"),
  ])
  func theStressingPronounIsLeftOut(text: String, summary: String) {
    let found = summaries(text)
    #expect(found.contains(summary), "\(found)")
  }

  @Test func aRelativeClauseWithOneIsToldOfItsNoun() {
    let found = summaries("Her coach, Petra Lind, who herself reached the semi-finals in 2009, wept on Sunday.")
    #expect(found.contains { $0.hasPrefix("Petra Lind reached the semi-finals in 2009") }, "\(found)")
    #expect(!found.contains { $0.hasPrefix("Herself") }, "\(found)")
    // An object reflexive stays.
    #expect(summaries("The guard hurt himself on Monday.").contains("The guard hurt himself on Monday"))
  }
}
