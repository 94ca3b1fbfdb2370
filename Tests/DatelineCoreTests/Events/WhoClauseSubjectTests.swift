import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A `who` clause set off right after a name is about the named actor, wherever the name stands
/// in its sentence.
@Suite struct WhoClauseSubjectTests {
  @Test func theNameBeforeWhoIsTheClausesActor() {
    let timeline = Fixture.timeline(
      ["\"I have waited 20 years,\" said Rovers manager Graham Lowe, who was a player at the club when it lost the final in 2004."],
      published: "2024-11-08")
    #expect(timeline.actorNames(ofEventWith: "was a player")?.contains("Graham Lowe") == true, "\(timeline.events.map(\.summary))")
  }

  @Test func aNameAfterASpeechVerbTellsItsOwnWhoClause() {
    let timeline = Fixture.timeline(
      ["The plan was dropped, said Mira Holt, who joined the board in 2019."], published: "2024-11-08")
    #expect(timeline.actorNames(ofEventWith: "joined the board")?.contains("Mira Holt") == true, "\(timeline.events.map(\.summary))")
  }

  @Test func aNameSetAsideByNotIsNotTheWhoClausesActor() {
    let timeline = Fixture.timeline(
      ["Mira Holt and Tom Reed ran the firm. It was Holt, not Reed, who made the decision to close the plant."],
      published: "2024-11-08")
    let names = timeline.actorNames(ofEventWith: "decision to close")
    #expect(names?.contains("Mira Holt") == true, "\(String(describing: names)), \(timeline.events.map(\.summary))")
  }
}
