import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A source named before what it tells (`According to Tom Reid, …`) takes part in the happening,
/// as the speaker of `…, Tom Reid said` does.
@Suite struct OpeningSourceEventTests {
  private func actorNames(_ text: String, of words: String) throws -> [String] {
    let told = Fixture.timeline([text], published: "2025-03-04")
    let event = try #require(told.events.first { $0.summary.contains(words) }, "\(told.events.map(\.summary))")
    return event.actors.map { told.actors[$0].name }
  }

  @Test(arguments: [
    ("According to Tom Reid, Harlow Rail closed its depot on Monday.", "closed its depot", ["Harlow Rail", "Tom Reid"]),
    ("According to the Merrow Trust, a charity, one in five families skipped meals in February.", "skipped meals",
     ["Merrow Trust"]),
    ("Harlow Rail closed its depot on Monday, Tom Reid said.", "closed its depot", ["Harlow Rail", "Tom Reid"]),
  ])
  func theSourceIsAnActorOfTheHappening(text: String, words: String, names: [String]) throws {
    #expect(try actorNames(text, of: words) == names)
  }

  @Test(arguments: [
    // Residents would join unrelated happenings; a source of an earlier clause is not this one's.
    ("According to residents, the depot closed on Monday.", "closed on Monday"),
    ("According to Tom Reid, the depot closed, and Harlow Rail said on Monday that it sold the site.", "sold the site"),
  ])
  func noSourceFromAGroupOrAnotherClause(text: String, words: String) throws {
    #expect(try !actorNames(text, of: words).contains("Tom Reid"))
    #expect(try !actorNames(text, of: words).contains("residents"))
  }
}
