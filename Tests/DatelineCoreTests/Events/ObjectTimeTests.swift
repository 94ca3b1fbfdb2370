import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A year or month after `for` that tells what an object is counted or planned for (`its budget
/// for this year`, `its forecast for 2026`) is the object's, not the clause's: the clause
/// keeps a time of its own, or takes the story's day.
@Suite struct ObjectTimeTests {
  private func date(of words: String, in text: String) throws -> String? {
    let events = Fixture.timeline([text], published: "2025-03-06").events
    return try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))").date?.value.timex
  }

  @Test func theClauseKeepsItsOwnTime() throws {
    let text = "The central bank raised rates on Thursday. Two days earlier, the ministry had cut its budget for this year."
    #expect(try date(of: "cut its budget", in: text) == "2025-03-04")
    #expect(try date(of: "cut its forecast", in: "On Monday, the ministry cut its forecast for 2026 to 1 percent.") == "2025-03-03")
  }

  @Test func theObjectsYearDatesNoClause() throws {
    let text = "The city council approved a new budget for 2027 on Tuesday. It raised its spending plan for next year."
    #expect(try date(of: "approved a new budget", in: text) == "2025-03-04")
    #expect(try date(of: "raised its spending plan", in: text) != "2026")
  }
}
