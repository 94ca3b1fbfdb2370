import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Kinds the words around a name give: each end of a service between two names is a place, a
/// name after an institution's kind noun and `in` is a place, a name whose verb acts on its own
/// revenue or results is a company; a river, lake or mountain is the same place as the words
/// after its head word.
@Suite struct PlaceAndCompanyEvidenceTests {
  @Test func bothEndsOfAServiceAreServedPlaces() throws {
    let extraction = Fixture.extraction("Ferries between Dunmere and Kilbrack were cancelled on Tuesday.")
    #expect(try #require(extraction.actor("Dunmere")).kind == .place, "\(extraction.names)")
    #expect(try #require(extraction.actor("Kilbrack")).kind == .place)
  }

  @Test func aNameAfterAnInstitutionsKindNounAndInIsAPlace() throws {
    let extraction = Fixture.extraction("The consumer safety agency in Mareland said it would act.")
    #expect(try #require(extraction.actor("Mareland")).kind == .place, "\(extraction.names)")
  }

  @Test func aNameThatRaisesItsForecastIsACompany() throws {
    let extraction = Fixture.extraction("Cadence Media raised its full-year revenue forecast on Tuesday.")
    #expect(try #require(extraction.actor("Cadence Media")).kind == .organization, "\(extraction.names)")
  }

  @Test func aNameThatWillReportItsResultsIsACompany() throws {
    let extraction = Fixture.extraction("Tarvo will report its fourth-quarter results in late January.")
    #expect(try #require(extraction.actor("Tarvo")).kind == .organization, "\(extraction.names)")
  }

  @Test func theWordsAfterARiversHeadNameTheRiver() throws {
    let extraction = Fixture.extraction("Rain sent the River Isel over its banks. The Isel flooded in 2007 too.")
    let river = try #require(extraction.actor("River Isel"), "\(extraction.names)")
    #expect(river.mentions.count == 2)
    #expect(river.kind == .place)
  }

  @Test func aBareNameThatEndsAPersonsNameIsNotTheMountains() throws {
    let extraction = Fixture.extraction("James Cook sailed past Mount Cook in 1770. Cook mapped the coast.")
    #expect(try #require(extraction.actor("Mount Cook"), "\(extraction.names)").mentions.count == 1)
  }

  @Test func aLakeIsNamedWithoutItsHead() throws {
    let extraction = Fixture.extraction("Snow closed roads around Lake Tarrow. Tarrow froze at its edges on Monday.")
    #expect(try #require(extraction.actor("Lake Tarrow"), "\(extraction.names)").mentions.count == 2)
  }
}
