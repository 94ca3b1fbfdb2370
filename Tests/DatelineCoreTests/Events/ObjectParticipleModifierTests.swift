import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A participle between a verb that is no auxiliary and a noun describes the verb's object (`makes
/// frozen meals`, `sells used cars`): no clause of its own, so no event; after `has` or `had` it
/// is a perfect that tells one (`has closed two stores`).
@Suite struct ObjectParticipleModifierTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline(["Brightwell Foods cut 300 jobs on Wednesday.\n\n" + text], published: "2024-11-08").events.map(\.summary)
  }

  @Test(arguments: [
    "Halvard, which makes frozen meals, cut 300 jobs on Wednesday.",
    "Dunmore Motors, which sells used cars, shut two depots on Wednesday.",
  ])
  func theParticipleOfTheObjectTellsNoEvent(text: String) {
    let found = summaries(text)
    #expect(found.count == 2, "\(found)")
    #expect(!found.contains { $0.hasSuffix("meals") || $0.hasSuffix("cars") }, "\(found)")
  }

  @Test func aPerfectAfterHasStillTellsItsEvent() {
    let found = summaries("Halvard has closed two stores since May.")
    #expect(found.contains { $0.hasPrefix("Halvard has closed two stores") }, "\(found)")
  }
}
