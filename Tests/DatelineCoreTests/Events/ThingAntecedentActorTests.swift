import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A `which` clause set off after a thing is about that thing: its actors are the names in the
/// thing's noun phrase and in the clause, not the subject of the sentence around it.
@Suite struct ThingAntecedentActorTests {
  private func actors(of words: String, in sentence: String) throws -> [String] {
    let timeline = Fixture.timeline(["The coalition of Jens Aaberg collapsed on Saturday.\n\n" + sentence], published: "2024-11-08")
    return try #require(timeline.actorNames(ofEventWith: words), "\(timeline.events.map(\.summary))")
  }

  @Test(arguments: [
    "Aaberg would not abandon the motorway, which was approved by parliament in September.",
    "He regretted the Greens' decision but would not abandon the motorway, which was approved by parliament in September.",
  ])
  func theSentencesSubjectIsNoActorOfTheThingsClause(sentence: String) throws {
    #expect(try actors(of: "approved by parliament", in: sentence).isEmpty)
  }

  @Test func aNameInTheThingsPhraseIsTheClausesActor() throws {
    let found = try actors(of: "announced", in: "Aaberg criticised the Verdant Party’s decision, which was announced in June.")
    #expect(found == ["Verdant Party"], "\(found)")
  }

  @Test func anOwnerPronounInTheThingsPhraseNamesTheActor() throws {
    let found = try actors(of: "cover", in: "Aaberg faced criticism for his road plan, which does not cover the islands.")
    #expect(found == ["Jens Aaberg"], "\(found)")
  }

  @Test func theComplementOfBeIsItsSubject() throws {
    let found = try actors(of: "released", in: "Halden Software is a web-based bug tracker, which was released as open source in 1998.")
    #expect(found.contains("Halden Software"), "\(found)")
  }

  @Test func aWhichClauseAfterANameKeepsTheName() throws {
    let found = try actors(of: "1990", in: "Halden Mutual, which opened in 1990, cut 300 jobs in March.")
    #expect(found.contains("Halden Mutual"), "\(found)")
  }
}
