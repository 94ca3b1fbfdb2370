import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Fines, rulings by a court or judge and sentences handed down are `court` events; a capsizing,
/// a sinking, an accident or a disaster is a `disaster` whatever names the vessel; what is
/// declared of a decree (`a state of emergency`) is an act, not a statement.
@Suite struct CourtAndAccidentWordKindTests {
  private func kind(of words: String, in text: String) throws -> String {
    let events = Fixture.timeline([text], published: "2025-03-04").events
    return try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))").kind.rawValue
  }

  @Test(arguments: [
    ("The builder was fined 20,000 euros on Wednesday.", "fined"),
    ("A court ruled on Monday that the contract was void.", "ruled"),
    ("The judge ruled on Friday that the evidence could be heard.", "ruled"),
    ("The former mayor was given a suspended sentence.", "suspended sentence"),
    ("The former mayor was given an 18-month suspended sentence in September.", "suspended sentence"),
  ])
  func aCourtWordIsACourtEvent(text: String, words: String) throws {
    #expect(try kind(of: words, in: text) == "court")
  }

  @Test func aRulingNeedsACourt() throws {
    #expect(try kind(of: "ruled", in: "The court ruled on Monday that the contract was void.") == "court")
    #expect(try kind(of: "ruled", in: "The minister ruled out a tax rise on Monday.") == "other")
    // `the ruling party` names no ruling.
    let text = "The court ruled on Monday that the sale was unlawful. The ruling party said it would appeal."
    let events = Fixture.timeline([text], published: "2025-03-04").events
    #expect(events.allSatisfy { $0.mentions.count == 1 }, "\(events.map(\.summary))")
  }

  @Test(arguments: [
    ("The Marlow Queen capsized off the island of Tessel on Sunday.", "capsized"),
    ("The disaster happened on Saturday.", "disaster"),
    ("An accident on the motorway on Friday injured six people.", "accident"),
  ])
  func anAccidentWordIsADisaster(text: String, words: String) throws {
    #expect(try kind(of: words, in: text) == "disaster")
  }

  @Test func aDecreeDeclaredIsNoStatement() throws {
    #expect(try kind(of: "state of emergency", in: "The governor declared a state of emergency on Sunday.") == "other")
    #expect(try kind(of: "declared", in: "The governor declared on Sunday that the vote was void.") == "statement")
    #expect(try kind(of: "holiday", in: "The president declared a public holiday on Monday.") == "other")
  }

  @Test func aHarmWithNoCauseTakesTheDisasterOfTheSentenceBefore() throws {
    let text = "An earthquake struck the northern hills on Sunday. More than 300 people were injured, the ministry said on Monday."
    #expect(try kind(of: "injured", in: text) == "disaster")
    let attack = "Gunmen opened fire on a bus on Sunday. Nine people were injured, the ministry said on Monday."
    #expect(try kind(of: "injured", in: attack) == "attack")
  }
}
