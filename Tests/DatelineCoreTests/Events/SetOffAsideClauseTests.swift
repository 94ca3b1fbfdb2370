import DatelineTestSupport
import Testing

@testable import DatelineCore

/// What is set off inside a clause does not cut it: a condition with no subject of its own
/// between the subject and its verb, and an age or a name set off after the object before the
/// word that completes it.
@Suite struct SetOffAsideClauseTests {
  private func events(_ text: String) -> [Event] {
    Fixture.timeline([text], published: "2025-03-04").events
  }

  @Test func aConditionSetOffBeforeTheVerbKeepsTheSubject() {
    let found = events("A second vote, if needed, would be held on May 9. The new line, once approved, will open in 2027.")
      .map(\.summary)
    #expect(found.contains("A second vote, if needed, would be held on May 9"), "\(found)")
    #expect(found.contains("The new line, once approved, will open in 2027"), "\(found)")
  }

  @Test func anAgeSetOffAfterTheObjectKeepsItsComplement() throws {
    let found = events("The jury found Ivo Brandt, 44, guilty of theft on Tuesday.")
    let verdict = try #require(found.first { $0.summary.contains("guilty of theft") }, "\(found.map(\.summary))")
    #expect(verdict.kind == .court)
    #expect(verdict.date != nil)
    let named = events("The panel found the coach, Lee Marsh, guilty of misconduct in May.").map(\.summary)
    #expect(named.contains { $0.hasSuffix("guilty of misconduct in May") }, "\(named)")
    let undated = events("A jury found Ivo Brandt, 44, guilty of arson.")
    #expect(undated.first { $0.summary.contains("guilty of arson") }?.kind == .court, "\(undated.map(\.summary))")
  }
}
