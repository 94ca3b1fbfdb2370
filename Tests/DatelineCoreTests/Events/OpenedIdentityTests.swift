import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Two clauses that tell different things are two events even when one's date lies inside the
/// other's (`the factory … in 2028`, `the wind farm … in June`), and a predicate after `and` with a
/// subject and a time of its own is told apart (`Construction will begin later this year and the
/// factory is expected to open in 2028`: the opening is of 2028, not of this year).
@Suite struct OpenedIdentityTests {
  private static let text = """
    Construction will begin later this year and the factory is expected to open in 2028.

    Developer Seaward Power said the wind farm would open in June.
    """

  @Test func differentThingsOfNestedTimesStayApart() throws {
    let events = Fixture.timeline([Self.text], published: "2025-03-04").events
    let farm = try #require(events.first { $0.summary.hasPrefix("The wind farm would open") }, "\(events.map(\.summary))")
    #expect(farm.mentions.count == 1)
    #expect(farm.date?.value.timex == "2025-06")
  }

  @Test func twoThingsOpenedInOneYearStayApart() {
    let text = "The factory opened in 2024. Developer Seaward Power said the wind farm opened in June 2024."
    let events = Fixture.timeline([text], published: "2025-03-04").events
    #expect(events.filter { $0.kind == .founding }.count == 2, "\(events.map(\.summary))")
  }

  @Test func aPredicateWithASubjectAndATimeOfItsOwnIsApart() throws {
    let events = Fixture.timeline([Self.text], published: "2025-03-04").events
    let factory = try #require(events.first { $0.summary.contains("factory") }, "\(events.map(\.summary))")
    #expect(factory.date?.value.timex == "2028")
    #expect(!factory.summary.contains("Construction"))
  }

  @Test(arguments: [
    ("The firm cut 600 jobs last year and its factory closed in November.", "cut 600", "2024", "closed in", "2024-11"),
    ("Weber met the mayor on Monday and the two leaders agreed on Tuesday to meet again.", "met the mayor", "2025-03-03", "agreed on", "2025-03-04"),
  ])
  func eachPredicateHasItsTime(text: String, first: String, firstDate: String, second: String, secondDate: String) throws {
    let events = Fixture.timeline([text], published: "2025-03-04").events
    let one = try #require(events.first { $0.summary.contains(first) }, "\(events.map(\.summary))")
    let two = try #require(events.first { $0.summary.contains(second) }, "\(events.map(\.summary))")
    #expect(one.date?.value.timex == firstDate)
    #expect(two.date?.value.timex == secondDate)
  }
}
