import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A relative clause whose relative word is the object of a clause with a subject of its own is
/// told as that clause, with the noun it is about where its object stands: never the noun glued
/// before the subject, never the clause without its object.
@Suite struct ObjectRelativeSummaryTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2022-03-10").events.map(\.summary)
  }

  @Test(arguments: [
    ("The tunnel, which inspectors closed in May, will reopen on Friday.", "Inspectors closed the tunnel in May"),
    ("The council rejected the plan that developers submitted on Tuesday.", "Developers submitted the plan on Tuesday"),
    ("The charity fed 900 families, whom volunteers visited on Sunday.", "Volunteers visited 900 families on Sunday"),
    ("The flood damaged 40 bridges, which the province pledged to repair by 2028.",
     "The province pledged to repair 40 bridges by 2028"),
    ("The board backed a bid, which shareholders turned down last week.", "Shareholders turned down a bid last week"),
    ("Managers offered a 9% rise earlier this month, which the union rejected.", "The union rejected a 9% rise"),
    ("The firm announced a plan last week, which the union opposed.", "The union opposed a plan"),
    ("The levy, which ministers had not planned until 2021, was scrapped in January.",
     "Ministers had not planned the levy until 2021"),
    ("The mural, which the council ordered to be painted over in 2020, survived.",
     "The council ordered the mural to be painted over in 2020"),
    ("The pier, which the mayor said was unsafe in 2019, reopened.", "The mayor said the pier was unsafe in 2019"),
    ("The deal needs the consent of regulators in Norland and Vesta, which Kestrel won in May.",
     "Kestrel won the consent of regulators in Norland and Vesta in May"),
  ])
  func aDatedObjectRelativeIsToldWithItsNounAsTheObject(text: String, summary: String) {
    let found = summaries(text)
    #expect(found.contains(summary), "\(text): \(found)")
  }

  @Test func oneSetOffByACommaTellsAnEventWithTheWholeNounAfterATitledSubject() {
    let found = summaries(
      "The bakery reported a 9% fall in orders in January, which finance chief Omar Reyes blamed on \"a wet winter\".")
    #expect(found.contains("Finance chief Omar Reyes blamed a 9% fall in orders on \"a wet winter\""), "\(found)")
    #expect(!found.contains { $0.hasPrefix("Orders") || $0.hasPrefix("January") }, "\(found)")
    // Without a comma, an undated one only picks its noun out: no event of its own.
    let picked = summaries("The club sold a striker that fans adored.")
    #expect(picked == ["The club sold a striker"], "\(picked)")
  }
}
