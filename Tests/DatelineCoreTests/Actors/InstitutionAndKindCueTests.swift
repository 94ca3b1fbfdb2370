import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Institutions whose names hold `and` or a list of fields, and the kinds the words later in a
/// name's sentence, an ampersand or a landmark's noun give.
@Suite struct InstitutionAndKindCueTests {
  private func kinds(_ text: String) -> [String: Actor.Kind] {
    Dictionary(Fixture.extraction(text).actors.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
  }

  @Test func twoFieldsJoinedByAndBeforeAnOrganizationsNounAreOneName() {
    let found = kinds(
      "The Securities and Exchange Board of Tarnovia fined the lender on Monday. Germany and France signed the deal. "
        + "Apple and Google said they would appeal.")
    #expect(found["Securities and Exchange Board of Tarnovia"] == .organization)
    #expect(found["Securities"] == nil)
    #expect(found["Germany"] == .place)
    #expect(found["France"] == .place)
    #expect(found["Apple"] != nil)
    #expect(found["Google"] != nil)
  }

  @Test func aListOfFieldsAfterAnInstitutionsConnectorIsPartOfItsName() {
    let found = kinds(
      "The Department for Environment, Food and Rural Affairs issued a warning. "
        + "The Ministry of Agriculture, Fisheries and Food said it would act. The Bank of Tarnovia, Halvard and Zentrix met on Friday.")
    #expect(found["Department for Environment, Food and Rural Affairs"] == .organization)
    #expect(found["Ministry of Agriculture, Fisheries and Food"] == .organization)
    #expect(found["Food"] == nil)
    #expect(found["Fisheries"] == nil)
    #expect(found["Bank of Tarnovia"] != nil)
    #expect(found["Halvard"] != nil)
  }

  @Test func namesJoinedByAnAmpersandAreAFirm() {
    let found = kinds(
      "Procter & Gamble said prices would rise. Brannock & Hale opened an office in Leeds. "
        + "Marlon Tay & Regina Holt starred in the film.")
    #expect(found["Procter & Gamble"] == .organization)
    #expect(found["Brannock & Hale"] == .organization)
    #expect(found["Marlon Tay & Regina Holt"] != .organization)
  }

  @Test func itsPostLaterInTheSentenceIsACompanys() {
    let found = kinds("Severn Trent cut 300 jobs on Monday, its chief executive said.")
    #expect(found["Severn Trent"] == .organization)
  }

  @Test func whoWorkedSomewhereOrWasBornIsAPerson() {
    let found = kinds("Rob Lane worked at the mill for forty years. Dara Quill was born in Leeds.")
    #expect(found["Rob Lane"] == .person)
    #expect(found["Dara Quill"] == .person)
  }

  @Test func aLandmarksNounClosingANameMakesItAPlace() {
    let found = kinds(
      "Tourists climbed the Eiffel Tower on Sunday. Crowds crossed the Kessock Bridge. "
        + "Fans left Wembley Stadium early.")
    #expect(found["Eiffel Tower"] == .place)
    #expect(found["Kessock Bridge"] == .place)
    #expect(found["Wembley Stadium"] == .place)
  }
}
