import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A harm whose agent after `by` is a thing is no attack: an attack needs an agent that attacks.
@Suite struct ThingAgentKindTests {
  private func kind(of words: String, in text: String) throws -> String {
    let events = Fixture.timeline([text], published: "2024-11-08").events
    return try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))").kind.rawValue
  }

  @Test(arguments: [
    "A cyclist was injured by debris from a collapsed roof in Millbrook on Wednesday.",
    "Two climbers were injured by falling ice near the summit on Thursday.",
    "A gardener was injured by a falling branch in the park on Tuesday.",
  ])
  func aHarmByAThingIsNoAttack(text: String) throws {
    #expect(try kind(of: "injured", in: text) != "attack")
  }

  @Test func aHarmByAnAgentThatAttacksStaysAnAttack() throws {
    #expect(try kind(of: "injured", in: "Two guards were injured by a gunman at the gate on Monday.") == "attack")
    #expect(try kind(of: "injured", in: "Two guards were injured by shrapnel at the gate on Monday.") == "attack")
    #expect(try kind(of: "injured", in: "Two guards were injured by a man at the gate on Monday.") == "attack")
  }
}
