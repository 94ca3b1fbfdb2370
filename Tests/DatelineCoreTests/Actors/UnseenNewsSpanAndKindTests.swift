import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Spans and kinds of names in news the code was not written around: a paper set off after a
/// clause of time, the holders of posts in a place, a name an appositive says the kind of at the
/// start of a sentence, a portfolio before a minister's post, an unseen owner opening a sentence,
/// what people march through, a park.
@Suite struct UnseenNewsSpanAndKindTests {
  @Test func aKindNounAppositionAfterAClauseOfTime() {
    let extraction = Fixture.extraction(
      "The inquiry was opened in January after a local newspaper, the Dunmore Courier, reported that the mayor had "
        + "billed the council.")
    #expect(extraction.actor("Dunmore Courier")?.kind == .organization, "\(extraction.actors)")
  }

  @Test func theHoldersOfPostsInAPlace() {
    let extraction = Fixture.extraction("Lawmakers in Ostravia voted on Wednesday to send aid to the region.")
    #expect(extraction.actor("Ostravia")?.kind == .place, "\(extraction.actors)")
  }

  @Test func aNameWithAnAppositiveKeepsItsFirstWord() {
    let extraction = Fixture.extraction(
      "Lawmakers in Ostravia voted on Wednesday to send aid. Radio Ostravia, the state broadcaster, said the vote "
        + "was unanimous.")
    #expect(extraction.actor("Radio Ostravia")?.kind == .organization, "\(extraction.actors)")
    #expect(extraction.actor("Ostravia")?.kind == .place, "\(extraction.actors)")
  }

  @Test func aLabourMinistersPortfolioIsNoActor() {
    let extraction = Fixture.extraction(
      "\"This is a fair deal,\" said Labour Minister Ines Corda after the vote on Monday.")
    #expect(extraction.actor("Labour") == nil, "\(extraction.names)")
    #expect(extraction.actor("Ines Corda")?.kind == .person, "\(extraction.names)")
  }

  @Test func anUnseenOwnerOpeningASentence() {
    let extraction = Fixture.extraction("Nordavia's football federation opened an inquiry on Monday.")
    #expect(extraction.actor("Nordavia") != nil, "\(extraction.names)")
  }

  @Test func whatPeopleMarchThroughIsAPlace() {
    let extraction = Fixture.extraction("More than 40,000 people marched through Velmore on Saturday against the reform.")
    #expect(extraction.actor("Velmore")?.kind == .place, "\(extraction.actors)")
  }

  @Test func aParkClosingANameIsAPlace() {
    let extraction = Fixture.extraction("Harlow City beat Tarnby Rovers 2-1 at Ostler Park on Sunday.")
    #expect(extraction.actor("Ostler Park")?.kind == .place, "\(extraction.actors)")
  }
}
