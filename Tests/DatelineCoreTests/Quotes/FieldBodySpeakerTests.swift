import DatelineTestSupport
import Testing

@testable import DatelineCore

/// An organization named only by its field and kind noun (`the transport ministry`) speaks as an
/// organization, and a later bare `the ministry` is the same one; a named organization the noun
/// stands for speaks instead.
@Suite struct FieldBodySpeakerTests {
  private func speaker(of words: String, in text: String) throws -> Actor? {
    let timeline = Fixture.timeline([text], published: "2026-03-20")
    let quote = try #require(timeline.quotes.first { timeline.documents[0].string($0.span.range).contains(words) })
    return quote.speaker.map { timeline.actors[$0] }
  }

  @Test func aFieldBodySpeaksAsAnOrganization() throws {
    let text = "The rail line was shut on Monday. The transport ministry said the line would reopen on Friday."
    let actor = try #require(try speaker(of: "would reopen", in: text))
    #expect(actor.name == "the transport ministry")
    #expect(actor.kind == .organization)
  }

  @Test func aLaterBareNounIsTheSameBody() throws {
    let text =
      "The rail line was shut on Monday. The transport ministry said it was monitoring the line. The ministry said "
      + "it was ready to appoint a mediator."
    #expect(try speaker(of: "mediator", in: text)?.name == "the transport ministry")
  }

  @Test func aNamedOrganizationSpeaksForTheNoun() throws {
    let text = "The Ministry of Transport closed the line on Monday. The transport ministry said it would reopen soon."
    #expect(try speaker(of: "reopen", in: text)?.name == "Ministry of Transport")
  }

  @Test(arguments: [
    ("The US trade commission said its inquiry would end in June.", "the US trade commission"),
    ("Two people died, the regional police said.", "the regional police"),
  ])
  func aPlaceOrThePoliceMayNameABody(text: String, name: String) throws {
    #expect(try speaker(of: text.contains("died") ? "died" : "inquiry", in: text)?.name == name)
  }
}
