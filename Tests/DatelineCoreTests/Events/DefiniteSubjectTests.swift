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

  @Test func aGroupIsNotTheCompany() {
    let text = "The Vesta Liberation Front marched on Monday.\n\nThe company said on Tuesday that the plant was safe."
    #expect(actors(of: "was safe", in: text)?.first != "Vesta Liberation Front")
  }
}
