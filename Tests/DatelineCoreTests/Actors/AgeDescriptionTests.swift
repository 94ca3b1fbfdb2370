import DatelineTestSupport
import Testing

@testable import DatelineCore

/// `the 27-year-old forward` after a person's name is that person; after `a 45-year-old woman`
/// brought in someone unnamed, it is not the name between; a noun of the other sex is not them.
@Suite struct AgeDescriptionTests {
  private func actorNames(_ text: String, ofEventWith words: String) -> [String]? {
    Fixture.timeline([text], published: "2024-11-08").actorNames(ofEventWith: words)
  }

  @Test(arguments: [
    "Mateo Rask signed for the club on Tuesday. The 24-year-old striker scored twice on Saturday.",
    "Ingrid Vahl won the race in June. The 31-year-old cyclist retired on Sunday.",
  ])
  func anAgeAndRoleNameTheLastPerson(text: String) {
    let name = text.hasPrefix("Mateo") ? "Mateo Rask" : "Ingrid Vahl"
    let words = text.hasPrefix("Mateo") ? "scored twice" : "retired"
    let names = actorNames(text, ofEventWith: words) ?? []
    #expect(names.contains(name), "\(names)")
  }

  @Test func anAgeBroughtInByAStaysUnnamed() {
    let text =
      "A 45-year-old woman was treated for smoke on Sunday. Martina Solberg, who owns the building, said she "
      + "had lost everything. The 45-year-old woman was released on Monday."
    #expect(actorNames(text, ofEventWith: "was released")?.contains("Martina Solberg") != true)
  }

  @Test func aNameSetOffAfterThePostIsTheOneMeant() {
    let text =
      "Sanna Holt said the rules were weak. The 61-year-old chairman of Tavistel, Rolf Berge, resigned on Monday."
    #expect(actorNames(text, ofEventWith: "resigned")?.contains("Sanna Holt") != true)
  }

  @Test func aThingsAgeNamesNoOne() {
    let text = "Mateo Rask bought the house in May. The 150-year-old building burned down on Sunday."
    #expect(actorNames(text, ofEventWith: "burned down")?.contains("Mateo Rask") != true)
  }
}
