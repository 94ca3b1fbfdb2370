import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A noun read as a verb after a determiner stays in the phrase a relative clause is about.
@Suite struct DeterminedCompoundHeadTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2024-11-08").events.map(\.summary)
  }

  @Test(arguments: [
    ("Nurses returned to the wards after their union accepted a pay offer that ended a six-week dispute.",
     "A pay offer ended a six-week dispute"),
    ("Drivers went back to work once the company withdrew a rota change that had sparked the walkout.",
     "A rota change had sparked the walkout"),
  ])
  func aRelativeClausesHeadKeepsANounReadAsAVerbAfterItsDeterminer(text: String, summary: String) {
    let found = summaries(text)
    #expect(found.contains(summary), "\(text): \(found)")
  }
}
