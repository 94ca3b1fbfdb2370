import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A short name stands for a longer one only as the text allows: a place told as one on its own
/// is no short form of an institution that opens on it, and a short form takes the full name told
/// before it rather than a person named only later.
@Suite struct PlaceAndLaterNameShortFormTests {
  @Test func aTownOnItsOwnIsNoShortFormOfItsOffice() {
    let extraction = Fixture.extraction(
      "The river burst its banks in the town of Halvern, the Halvern Weather Office said. The minister will visit Halvern on Friday.")
    #expect(extraction.actor("Halvern")?.kind == .place, "\(extraction.names)")
    #expect(extraction.actor("Halvern Weather Office")?.aliases.contains("Halvern") == false)
  }

  @Test func aCountryOnItsOwnIsNoShortFormOfItsNewspaper() {
    let extraction = Fixture.extraction(
      "Waiting lists for hospital treatment in Dravland rose to a record. The Dravland Herald reported that one in eight people in Dravland are waiting.")
    #expect(extraction.actor("Dravland")?.kind == .place, "\(extraction.names)")
    #expect(extraction.actor("Dravland Herald")?.aliases.contains("Dravland") == false)
  }

  @Test func aShortFormTakesTheNameToldBeforeIt() {
    let extraction = Fixture.extraction(
      "Marrow Foods has agreed to be bought for £2bn. Marrow shares jumped 30%. Marrow was founded in 1950 by Edith Marrow.")
    #expect(extraction.actor("Marrow Foods")?.aliases.contains("Marrow") == true, "\(extraction.names)")
    #expect(extraction.actor("Edith Marrow")?.aliases.contains("Marrow") == false)
  }
}
