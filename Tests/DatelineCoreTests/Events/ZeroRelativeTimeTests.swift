import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A time inside a relative clause written without its relative word (`the bonus it cut in
/// January`) tells when the noun's thing came about, not when the clause around it happened.
@Suite struct ZeroRelativeTimeTests {
  private func dates(_ text: String) -> [String: String] {
    let timeline = Fixture.timeline([text], published: "2027-03-03")
    return Dictionary(timeline.events.map { ($0.summary, $0.date?.value.timex ?? "undated") }) { first, _ in first }
  }

  @Test func aTimeInsideARelativeClauseWithoutItsRelativeWordDoesNotDateTheClause() {
    let cases = [
      "The council repaired the bridge it closed in May.": "The council repaired the bridge it closed in May",
      "Dealers sold the cars they bought in 2019 at a loss.": "Dealers sold the cars they bought in 2019 at a loss",
      "The airline rehired the pilots it laid off in April.": "The airline rehired the pilots it laid off in April",
    ]
    for (text, summary) in cases {
      let found = dates(text)
      #expect(found[summary] == "2027-03-03", "\(text): \(found)")
    }
  }

  @Test func aPersonToldOfAClauseKeepsTheClausesTime() {
    let found = dates("Celis told reporters it would seek an injunction in April.")
    #expect(found["It would seek an injunction in April"] == "2027-04", "\(found)")
    let warned = dates("The firm warned investors they could lose money in 2028.")
    #expect(warned.values.contains("2028"), "\(warned)")
  }
}
