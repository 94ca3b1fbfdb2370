import DatelineTestSupport
import Testing

@testable import DatelineCore

/// The kind of each actor comes from the words around its names.
@Suite struct ActorKindTests {
  private func kinds(_ text: String) -> [String: Actor.Kind] {
    Dictionary(uniqueKeysWithValues: Fixture.extraction(text).actors.map { ($0.name, $0.kind) })
  }

  @Test func peopleByTitleGivenNameRoleNounOrPronoun() {
    let found = kinds(
      "Gen. Tarek Mansour spoke. Kyle Brandt, an independent analyst, agreed. Al-Zubaidi and his aides left. "
        + "Farouk Nadim, who chairs the panel, abstained.")
    #expect(found["Tarek Mansour"] == .person)
    #expect(found["Kyle Brandt"] == .person)
    #expect(found["Al-Zubaidi"] == .person)
    #expect(found["Farouk Nadim"] == .person)
  }

  @Test func groupsAndOrganizationsByTheirHeadNoun() {
    let found = kinds(
      "Fighters of the Saraya Al-Fajr militia clashed with the Popular Defense Forces near the Crown Point Institute. "
        + "Al-Nour’s alliance, Tahaluf, won seats.")
    #expect(found["Saraya Al-Fajr"] == .group)
    #expect(found["Popular Defense Forces"] == .group)
    #expect(found["Crown Point Institute"] == .organization)
    #expect(found["Tahaluf"] == .group)
  }

  @Test func aKindNounClosingTheNounPhraseBeforeANameGivesItsKind() {
    let found = kinds("The broadband provider Brightwave said on Monday that it would appeal. The gallery agreed to commission Anna Darrow.")
    #expect(found["Brightwave"] == .organization)
    #expect(found["Anna Darrow"] == .person)
  }

  @Test func placesFromTheLexiconAndFromTheirHeadNoun() {
    let found = kinds("Troops left Iraq for the semi-autonomous Kurdistan region and the Middle East.")
    #expect(found["Iraq"] == .place)
    #expect(found["Kurdistan"] == .place)
    #expect(found["Middle East"] == .place)
  }

  @Test func aSpeakerWithNoOtherEvidenceIsAPerson() {
    let found = kinds("“We are ready,” said Nadimov.")
    #expect(found["Nadimov"] == .person)
  }
}
