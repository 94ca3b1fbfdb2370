import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A negation opening a relative clause stays in its summary (`trips that never took place` →
/// `Trips never took place`), and `since` after a noun, in a clause with no perfect, tells the
/// noun's period, not when the clause happened.
@Suite struct NegatedAndNounPeriodTests {
  private func events(_ text: String) -> [Event] {
    Fixture.timeline([text], published: "2026-05-14").events
  }

  @Test func aNegatedRelativeClauseKeepsItsNegation() {
    let found = events("He claimed expenses for trips that never took place.").map(\.summary)
    #expect(found.contains("Trips never took place"), "\(found)")
    #expect(!found.contains("Trips took place"), "\(found)")
    let not = events("The council rejected a plan that did not include housing.").map(\.summary)
    #expect(!not.contains { $0.hasPrefix("A plan did include") || $0.hasPrefix("The plan did include") }, "\(not)")
  }

  @Test func sinceAfterANounWithoutAPerfectDoesNotDateTheClause() throws {
    let called = try #require(events("Moyle called for an audit of council spending since 2019 on Tuesday.").first)
    #expect(called.date?.value.timex == "2026-05-12", "\(String(describing: called.date))")
    let plain = events("The union published a list of strikes since 2020.")
    #expect(plain.allSatisfy { $0.date?.value.timex != "2020" }, "\(plain.map { String(describing: $0.date) })")
    // Through a perfect, `since` dates the clause.
    let led = try #require(events("Relling has led the city council since 2019.").first)
    #expect(led.date?.value.timex == "2019", "\(String(describing: led.date))")
    let won = try #require(events("Elections since 2019 have been won by the Greens.").first)
    #expect(won.date?.value.timex == "2019", "\(String(describing: won.date))")
  }
}
