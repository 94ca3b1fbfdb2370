import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Kinds of names that no title, given name or head noun at their end marks.
@Suite struct UnmarkedKindTests {
  private func kinds(_ text: String) -> [String: Actor.Kind] {
    Dictionary(uniqueKeysWithValues: Fixture.extraction(text).actors.map { ($0.name, $0.kind) })
  }

  @Test func aNameWhoseSurnameIsLaterWrittenAloneIsAPerson() {
    let found = kinds(
      "Torvald Brenneke opened the scoring after ten minutes. Brenneke was later booked for a late tackle. "
        + "The Corvane Pro ships in June; reviewers said the Pro runs hot. Harrowby Foods cut its forecast, and "
        + "Harrowby said sales had slowed. Corvane Festival opened; Corvane said Festival tickets sold out.")
    #expect(found["Torvald Brenneke"] == .person)
    #expect(found["Corvane Pro"] != .person)
    #expect(found["Harrowby Foods"] == .organization)
    #expect(found["Corvane Festival"] != .person)
  }

  @Test func roleNounsOfTheArtsAndOfTheBenchMarkAPerson() {
    let found = kinds(
      "The painter Olwen Fairbrother moved to Leeds in 1961. The club brought on substitute Teodor Malkin at half time. "
        + "The prize went to the architect Quentin Harrowgate.")
    #expect(found["Olwen Fairbrother"] == .person)
    #expect(found["Teodor Malkin"] == .person)
    #expect(found["Quentin Harrowgate"] == .person)
  }

  @Test func aKindNounBeforeOfInsideANameGivesItsKind() {
    let found = kinds("According to the Royal Academy of Glassmakers, exports fell by a third in 2023.")
    #expect(found["Royal Academy of Glassmakers"] == .organization)
  }

  @Test func aKindNounBeforeAPlaceClosingANameGivesItsKind() {
    let found = kinds("Researchers at Marlowe College Nairobi published the survey in March.")
    #expect(found["Marlowe College Nairobi"] == .organization)
  }

  @Test func aCityWithAWordOfDirectionNamesAPartOfIt() {
    let found = kinds("Turnout was low in Kisumu East, where the vote was held on Tuesday.")
    #expect(found["Kisumu East"] == .place)
  }

  @Test func wellKnownBodiesAndCompaniesAreKnown() {
    let found = kinds("The FBI said on Friday it had opened an inquiry. Airbus delivered 40 jets in May.")
    #expect(found["FBI"] == .organization)
    #expect(found["Airbus"] == .organization)
  }

  @Test func aTownBeforeItsCountryIsThePlace() {
    let found = kinds("The ferry sailed from Tavira, Portugal, on Sunday morning.")
    #expect(found["Tavira"] == .place)
  }

  @Test func aTitleAfterAClosingQuoteIsNotInAppositionToTheLastName() {
    let found = kinds("\"We camped for a week below the Glenrock,\" team captain Ilse Varga said.")
    #expect(found["Glenrock"] != .person)
    #expect(found["Ilse Varga"] == .person)
  }
}
