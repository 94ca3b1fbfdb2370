import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Kinds that a name's phrase tells when no lexicon holds the name: where something is (`in`,
/// `across`), the side a result was had against in a sports story, a work's title set off after
/// its noun, a company's role noun opening a speaker's phrase or a rival after a nationality, and
/// a party named for its members.
@Suite struct PhraseKindCueTests {
  @Test(arguments: [
    ("Nurses across Harrowdene walked out on Monday over pay.", "Harrowdene"),
    ("Voters in Ostravel went to the polls on Sunday for the third time in a year.", "Ostravel"),
    ("Last year a similar row in neighbouring Pellmoor ended after a week.", "Pellmoor"),
  ])
  func aNameWhereSomethingIsIsAPlace(text: String, name: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor(name)?.kind == .place, "\(extraction.actors)")
  }

  @Test(arguments: [
    "Parents in Harrowdene have waited a year for a new school. Harrowdene Families, a campaign group, said on "
      + "Monday it would go to court.",
    "Schools across Harrowdene closed on Monday. Harrowdene Families said the closures were unfair.",
  ])
  func aPlaceDoesNotJoinTheGroupNamedAfterIt(text: String) throws {
    let extraction = Fixture.extraction(text)
    let group = try #require(extraction.actor("Harrowdene Families"), "\(extraction.names)")
    #expect(!group.aliases.contains("Harrowdene"), "\(group.aliases)")
    #expect(extraction.actor("Harrowdene")?.kind == .place, "\(extraction.actors)")
  }

  @Test(arguments: [
    "Kelworth United sacked their coach on Monday. Saturday's 4-1 league defeat by Brannock ended his time at the club.",
    "Kelworth United won the derby on Sunday. Their 2-0 win over Brannock lifted them out of the relegation places.",
    "Kelworth United drew 1-1 on Tuesday. The striker scored twice in the match against Brannock on Saturday.",
    "Kelworth United lost to Brannock on Saturday, their third league defeat of the season.",
    "Kelworth United beat Brannock 3-0 in the league on Saturday.",
    "Kelworth United drew with Brannock in the league on Saturday after a late goal.",
  ])
  func theSideAResultWasHadAgainstIsAnOrganization(text: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor("Brannock")?.kind == .organization, "\(extraction.actors)")
  }

  @Test(arguments: [
    ("Raised in Tarnby, Ostrova taught music before releasing her first album, The Quiet Road, in 2004.", "Quiet Road"),
    ("Her debut novel, The Long Road, sold a million copies.", "Long Road"),
    ("In 1971 he wrote the song, Harbour Street, for his sister.", "Harbour Street"),
  ])
  func aTitleSetOffAfterAWorksNounIsAProduct(text: String, name: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor(name)?.kind == .product, "\(extraction.actors)")
  }

  @Test(arguments: [
    ("Ferries to the islands ran as normal, operator Skelvane said on Monday.", "Skelvane"),
    ("Claims rose by a tenth in the year, insurer Orvanta said on Friday.", "Orvanta"),
    ("In May, Tellcorp agreed to buy Swedish rival Navinet for 2 billion crowns.", "Navinet"),
  ])
  func aCompanysRoleOrRivalBeforeANameIsAnOrganization(text: String, name: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor(name)?.kind == .organization, "\(extraction.actors)")
  }

  @Test(arguments: [
    ("Marten's Liberal Democrats rose to 19% in the poll published on Monday.", "Liberal Democrats"),
    ("The Free Socialists won 12 seats in the election on Sunday.", "Free Socialists"),
  ])
  func aPartyNamedForItsMembersIsAGroup(text: String, name: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor(name)?.kind == .group, "\(extraction.actors)")
  }
}
