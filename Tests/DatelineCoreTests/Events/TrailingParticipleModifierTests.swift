import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A past participle set off after a clause with a verb of its own (`rents will rise from May, |
/// indexed to inflation,`) tells of that clause, as a passive relative would: no event of its own,
/// and never a fragment that starts with the participle.
@Suite struct TrailingParticipleModifierTests {
  private func events(_ text: String) -> [(summary: String, date: String?)] {
    Fixture.timeline([text], published: "2024-06-12").events.map { ($0.summary, $0.date?.value.timex) }
  }

  @Test(arguments: [
    ("Under the agreement, wages will rise by 4% from August, backdated to March, and a panel will meet in July.", "backdated"),
    ("The Orrin line will reopen on Monday, repaired after a landslide in February.", "repaired"),
    ("The council will reopen the library in September, closed since a flood in April.", "closed"),
    ("Under the new contract, pay will rise by 3% from June, backdated to February.", "backdated"),
  ])
  func theParticipleIsNoEventOfItsOwn(text: String, participle: String) {
    let found = events(text)
    #expect(!found.contains { $0.summary.lowercased().contains(participle) }, "\(found)")
  }

  @Test func theClauseBeforeItKeepsItsOwnTime() {
    let found = events("Under the agreement, wages will rise by 4% from August, backdated to March, and a panel will meet in July.")
    #expect(found.contains { $0.summary == "Wages will rise by 4% from August" && $0.date == "2024-08" }, "\(found)")
    #expect(!found.contains { $0.date == "2024-03" }, "\(found)")
  }

  @Test func participlesAfterAPassiveGoOnAsAList() {
    let found = events("The driver was arrested on Monday, charged on Tuesday and remanded in custody.")
    #expect(found.contains { $0.date == "2024-06-11" }, "\(found)")
  }

  @Test func aParticipleAfterANounTellsOfThatNoun() {
    let found = events("The ferry will carry 300 passengers, built in Gdansk in 2001.")
    #expect(!found.contains { $0.summary == "The ferry will carry 300 passengers" && $0.date == "2001" }, "\(found)")
  }

  @Test func aParticipleBetweenSubjectAndVerbIsStillToldAsAClause() {
    let found = events("The pier, opened in 1899, will close for repairs in September.")
    #expect(found.contains { $0.summary == "The pier was opened in 1899" && $0.date == "1899" }, "\(found)")
  }
}
