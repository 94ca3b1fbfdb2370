import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A thing found in the past perfect is not continued by a simple past set off after it by a
/// comma: that predicate goes on from whoever found it, without the report's `had`. What a
/// speaker says, or what a person had done, goes on as before.
@Suite struct ReportedPerfectListTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2025-03-04").events.map(\.summary)
  }

  @Test func aSimplePastAfterAThingFoundInThePerfectTakesTheFinder() {
    let found = summaries("Officials found on Monday that the dam had cracked, and closed the road.")
    #expect(found.contains("Officials closed the road"), "\(found)")
    let bridge = summaries("Inspectors found the bridge had cracked in May, and closed it to traffic in June.")
    #expect(bridge.contains("Inspectors closed it to traffic in June"), "\(bridge)")
    let said = summaries("Prosecutors said the clerk had moved the money in May, and used it to buy a villa in June.")
    #expect(said.contains("The clerk had used it to buy a villa in June"), "\(said)")
    let plain = summaries("The firm said sales had fallen in May and recovered in June.")
    #expect(plain.contains("Sales had recovered in June"), "\(plain)")
  }
}
