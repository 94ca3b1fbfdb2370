import DatelineTestSupport
import Testing

@testable import DatelineCore

/// `The company` as a subject stands for the organization named last; a name right after it
/// (`the company Kelvar`) is the subject itself.
@Suite struct DefiniteSubjectTests {
  private func actors(of words: String, in text: String) -> [String]? {
    Fixture.timeline([text], published: "2022-03-10").actorNames(ofEventWith: words)
  }

  @Test func theCompanyStandsForTheOrganizationNamedLast() {
    let text = "Norbridge Motors cut 4,500 jobs on Monday.\n\nThe company said on Tuesday that the plant in Vesta was safe."
    #expect(actors(of: "was safe", in: text)?.first == "Norbridge Motors")
  }

  @Test func soDoesTheFirmBeforeARelativeClause() {
    let text =
      "Norbridge Motors cut 4,500 jobs on Monday.\n\nThe firm, which employs 34,000 people in Vesta, said on Tuesday that the plant was safe."
    #expect(actors(of: "was safe", in: text)?.first == "Norbridge Motors")
  }

  @Test func anOrganizationsOwnNounStandsForIt() {
    let text = "Cases fell, the Norland Food Safety Agency (NFSA) said on Monday.\n\nThe agency raised its fees on Tuesday."
    #expect(actors(of: "raised its fees", in: text)?.first == "Norland Food Safety Agency")
    let other = "Cases fell, the Norland Food Safety Agency (NFSA) said on Monday.\n\nThe service raised its fees on Tuesday."
    #expect(actors(of: "raised its fees", in: other)?.first != "Norland Food Safety Agency")
  }

  @Test func aGroupIsNotTheCompany() {
    let text = "The Vesta Liberation Front marched on Monday.\n\nThe company said on Tuesday that the plant was safe."
    #expect(actors(of: "was safe", in: text)?.first != "Vesta Liberation Front")
  }

  private func speakers(_ text: String) -> [String?] {
    let extraction = Fixture.extraction(text)
    return extraction.quotes.map { quote in quote.speaker.map { extraction.actors[$0].name } }
  }

  @Test func theRegulatorIsThePublicBodyNotTheCompany() {
    let text =
      "Halvard Foods is recalling 20,000 jars of jam. The firm did not tell the Agency for Food Standards until June.\n\nThe regulator said it was reviewing Halvard's records and could fine the firm."
    #expect(speakers(text) == ["Agency for Food Standards"], "\(speakers(text))")
  }

  @Test func theCompanyIsTheOneTheArticleIsAbout() {
    let text =
      "Halvard Foods is recalling 20,000 jars of jam sold in Leeds through its shops, supermarkets and Amazon.\n\nThe company said it had received 40 complaints."
    #expect(speakers(text) == ["Halvard Foods"], "\(speakers(text))")
    #expect(actors(of: "40 complaints", in: text)?.first == "Halvard Foods")
  }

  @Test func theRegulatorIsNoCompanyWhenNoBodyIsNamed() {
    let text = "Halvard Foods is recalling 20,000 jars of jam.\n\nThe regulator said it was reviewing the recall."
    #expect(speakers(text) == [nil] || speakers(text).isEmpty, "\(speakers(text))")
  }

  @Test func theGovernmentIsNoCourt() {
    let text =
      "Residents of Tarnby took the Harwick Road plan to the High Court in 2009.\n\nThe government shelved it in 2010."
    #expect(actors(of: "shelved it", in: text)?.first != "High Court")
  }

  @Test func theGovernmentIsNoBareName() {
    let text = "Pennine Water said its charges would rise in 2009.\n\nThe government shelved the plan in 2010."
    #expect(actors(of: "shelved the plan", in: text)?.first != "Pennine Water")
  }
}
