import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A body of a trade's members named only by its field and its noun (`the Orvanese farming
/// union`, `the dockers' union`) speaks as itself, and a later bare `the union` is that body, not
/// a company named since; the nationality opening its phrase speaks for no one.
@Suite struct TradeBodySpeakerTests {
  private func speaker(of words: String, in text: String) throws -> String? {
    let timeline = Fixture.timeline([text], published: "2024-11-08")
    let quote = try #require(timeline.quotes.first { timeline.documents[0].string($0.span.range).contains(words) })
    return quote.speaker.map { timeline.actors[$0].name }
  }

  @Test func accordingToAFarmingUnionNamesTheUnion() throws {
    let text = "According to the Orvanese farming union, the maize crop fell by a third in October."
    #expect(try speaker(of: "maize crop", in: text) == "the Orvanese farming union")
  }

  @Test func accordingToTheMembersUnionNamesTheUnion() throws {
    let text = "According to the Orvanese farmers' union, the maize crop fell by a third in October."
    #expect(try speaker(of: "maize crop", in: text) == "the Orvanese farmers' union")
  }

  @Test func theBareUnionLaterIsTheBodyNamedByItsField() throws {
    let text =
      "According to the Orvanese farming union, the maize crop fell by a third in October. \"We have no seed left,\" "
      + "the union said on Tuesday."
    #expect(try speaker(of: "no seed left", in: text) == "the Orvanese farming union")
  }

  @Test func theUnionIsNotACompanyNamedSince() throws {
    let text =
      "Carmaker Velbrook will close its plant in Tarnby next year. The plan was condemned by the metalworkers' "
      + "union on Tuesday. The union said it would call a strike in March."
    #expect(try speaker(of: "call a strike", in: text) == "the metalworkers' union")
  }

  @Test func aTradeNounOpeningTheSentenceGivesTheCompanyItsSector() throws {
    let text =
      "Carmaker Velbrook will close its plant in Tarnby next year. Velbrook has cut 900 jobs since 2022. "
      + "\"It was expected,\" said Ana Kolar of Pilsen Capital. The company said workers would be offered jobs in Orlo."
    #expect(try speaker(of: "offered jobs", in: text) == "Velbrook")
  }
}
