import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A name that opens on the short name of a company of the text names one of its products
/// (`Velora Astra` beside `Velora Motors` and `Velora`); the company, a body of its own named for
/// the brand and a place keep their kinds.
@Suite struct MakerBrandTests {
  private func kinds(_ text: String) -> [String: Actor.Kind] {
    Dictionary(uniqueKeysWithValues: Fixture.extraction(text).actors.map { ($0.name, $0.kind) })
  }

  @Test func aBrandBeforeAModelNameIsAProduct() {
    let found = kinds(
      "Tarvelle Motors is recalling 80,000 cars. The recall covers the Tarvelle Miravo and Tarvelle Brisa Sport. Tarvelle said no one was hurt.")
    #expect(found["Tarvelle Miravo"] == .product)
    #expect(found["Tarvelle Brisa Sport"] == .product)
    #expect(found["Tarvelle Motors"] == .organization)
  }

  @Test func theModelAloneJoinsItsFullName() {
    let extraction = Fixture.extraction(
      "Quenby Electronics launched the Quenby Halo on Tuesday. Quenby said the Halo would sell in May.")
    #expect(extraction.actor("Quenby Halo")?.kind == .product)
    #expect(extraction.actor("Halo") == nil, "\(extraction.names)")
  }

  @Test func aBodyNamedForTheBrandIsNoProduct() {
    let found = kinds(
      "Dresmont Motors cut 900 jobs. The Dresmont Foundation gave the town a grant, and Dresmont said it would help.")
    #expect(found["Dresmont Foundation"] == .organization)
  }

  @Test func noBrandWithoutTheShortNameAlone() {
    let found = kinds("Pellago Motors cut 900 jobs on Monday. Pellago Ferrante, a mechanic, said he was worried.")
    #expect(found["Pellago Ferrante"] != .product)
  }
}
