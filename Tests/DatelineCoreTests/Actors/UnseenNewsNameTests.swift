import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Names of shapes met in news the code was not written around: institutions named after two
/// fields, role nouns after a field, the place a title serves before its holder.
@Suite struct UnseenNewsNameTests {
  @Test(arguments: [
    ("The Competition and Markets Authority opened an inquiry on Monday.", "Competition and Markets Authority"),
    ("Officials at the Harbour and Coastal Agency said on Monday that it would act.", "Harbour and Coastal Agency"),
  ])
  func twoFieldsJoinedByAndBeforeAnInstitutionNounAreOneName(text: String, name: String) throws {
    let extraction = Fixture.extraction(text)
    #expect(extraction.names == [name])
    #expect(try #require(extraction.actor(name)).kind == .organization)
  }

  @Test func twoCompaniesJoinedByAndStayTwo() {
    let extraction = Fixture.extraction("On Monday the Apple and Google offices closed.")
    #expect(!extraction.names.contains { $0.contains(" and ") }, "\(extraction.names)")
  }

  @Test func aRoleNounAfterAFieldNamesItsHolderLater() throws {
    let extraction = Fixture.extraction(
      "Transport minister Lilian Hart visited the depot on Tuesday. The minister said trains would run.")
    let hart = try #require(extraction.actor("Lilian Hart"))
    #expect(hart.aliases == ["the minister"])
    #expect(hart.mentions.map(extraction.text) == ["Lilian Hart", "The minister"])
  }

  @Test func anOfficeCompletedWithOfTheNamesItsHolderLater() throws {
    let extraction = Fixture.extraction(
      "Chancellor of the Exchequer Rachel Moss said the plan was sound. Later the chancellor said she would not change course.")
    let moss = try #require(extraction.actor("Rachel Moss"))
    #expect(moss.aliases == ["the chancellor"])
  }

  @Test func aRoleNounBeforeANameMakesAPerson() throws {
    let extraction = Fixture.extraction("Assistant coach Danny Moyle will take charge on Saturday.")
    #expect(try #require(extraction.actor("Danny Moyle")).kind == .person)
  }

  @Test func theHolderFollowsThePlaceATitleServes() throws {
    let extraction = Fixture.extraction("Labour MP for Bath Wera Holloway said on Monday that the vote was close.")
    #expect(extraction.names.contains("Wera Holloway"), "\(extraction.names)")
    #expect(try #require(extraction.actor("Bath")).kind == .place)
  }

  @Test func aPlaceNameOpeningAPersonsNameStaysInIt() {
    let extraction = Fixture.extraction("The husband of Georgia O’Malley opened the show on Monday.")
    #expect(extraction.names.contains("Georgia O’Malley"), "\(extraction.names)")
  }
}
