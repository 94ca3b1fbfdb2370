import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A clause placed by a measured stretch from a day its sentence names (`on Friday, four days
/// after it ran aground`) has that day counted back: a date told in the text, which meets the
/// same event told with its own date in another article.
@Suite struct CountedDayTests {
  @Test func aClauseWithAPronounSubjectAfterAStretchIsCountedFromTheDay() {
    let timeline = Fixture.timeline(
      ["Crews began pumping oil from the tanker on Friday, four days after it ran aground."], published: "2026-04-10")
    let found = timeline.events.map { ($0.summary, $0.date?.value.timex ?? "undated", $0.date?.inference) }
    #expect(found.contains { $0.0 == "It ran aground" && $0.1 == "2026-04-06" && $0.2 == .offset }, "\(found)")
  }

  @Test func aStretchIsCountedFromTheDayTheMainClauseTakesFromTheStory() {
    let timeline = Fixture.timeline(
      ["The tanker ran aground off Skarvik on Monday. Salvage crews arrived two days after the owners hired them."],
      published: "2026-04-10")
    let found = timeline.events.map { ($0.summary, $0.date?.value.timex ?? "undated", $0.date?.inference) }
    #expect(found.contains { $0.0 == "Salvage crews arrived" && $0.1 == "2026-04-06" }, "\(found)")
    #expect(found.contains { $0.0 == "The owners hired them" && $0.1 == "2026-04-04" && $0.2 == .offset }, "\(found)")
  }

  @Test func aCountedDayMeetsTheSameEventToldWithItsOwnDateInAnotherArticle() throws {
    let documents = [
      Fixture.document("A tanker ran aground off Skarvik on Monday.", published: "2026-04-06", id: 0, name: "first"),
      Fixture.document(
        "Salvage crews began pumping oil from the tanker on Friday, four days after it ran aground off Skarvik.",
        published: "2026-04-10", id: 1, name: "second"),
    ]
    let timeline = Pipeline().timeline(of: documents)
    let grounded = timeline.events.filter { $0.date?.value.timex == "2026-04-06" }
    #expect(grounded.count == 1, "\(grounded.map(\.summary))")
    let event = try #require(grounded.first)
    #expect(event.sources == [0, 1])
    #expect(event.date?.inference == nil && event.date?.anchorEvent == nil)
  }
}
