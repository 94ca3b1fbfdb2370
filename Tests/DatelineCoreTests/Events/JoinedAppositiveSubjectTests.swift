import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Two persons joined by `and` and set off in apposition are the subject together: the summary
/// brings both in front without their commas, and both take part in the event.
@Suite struct JoinedAppositiveSubjectTests {
  private func timeline(_ text: String) -> Timeline {
    Fixture.timeline([text], published: "2025-10-21")
  }

  @Test func bothNamesAfterARelativeClauseLeadTheSummary() throws {
    let told = timeline("Two builders who paid him, Ray Stanes and Keith Dorran, were given suspended sentences in September.")
    let event = try #require(told.events.first { $0.kind == .court }, "\(told.events.map(\.summary))")
    #expect(event.summary == "Ray Stanes and Keith Dorran were given suspended sentences in September")
    #expect(event.actors.map { told.actors[$0].name } == ["Ray Stanes", "Keith Dorran"])
  }

  @Test func bothNamesStayWithTheNounPhraseTheyName() throws {
    let told = timeline("Two builders, Ray Stanes and Keith Dorran, were given suspended sentences in September.")
    let event = try #require(told.events.first { $0.kind == .court }, "\(told.events.map(\.summary))")
    #expect(event.summary == "Two builders, Ray Stanes and Keith Dorran, were given suspended sentences in September")
    #expect(event.actors.map { told.actors[$0].name } == ["Ray Stanes", "Keith Dorran"])
  }

  @Test func oneNameAfterARelativeClauseLeadsTheSummaryAlone() throws {
    let told = timeline("A builder who paid him, Ray Stanes, was given a suspended sentence in September.")
    let event = try #require(told.events.first { $0.kind == .court }, "\(told.events.map(\.summary))")
    #expect(event.summary == "Ray Stanes was given a suspended sentence in September")
  }
}
