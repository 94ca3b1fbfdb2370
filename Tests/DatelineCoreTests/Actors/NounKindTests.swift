import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Common nouns next to a name give its kind: a company's `group` after a nationality, a kind noun
/// after a sentence-opening word or heading an appositive (which also keeps a name that opens a
/// sentence), a company's last word (`Capital`, `Energy`, `Advisors`), and nouns that say a name
/// is a benchmark or an index (`Brent crude`, `STOXX 600 index`).
@Suite struct NounKindTests {
  private func kinds(_ text: String) -> [String: Actor.Kind] {
    Dictionary(uniqueKeysWithValues: Fixture.extraction(text).actors.map { ($0.name, $0.kind) })
  }

  @Test func aGroupAfterANationalityIsACompany() {
    let found = kinds(
      "The German group Halvard Motoren said on Thursday it would buy the firm. "
        + "The militant group Dalmark claimed the attack.")
    #expect(found["Halvard Motoren"] == .organization)
    #expect(found["Dalmark"] == .group)
  }

  @Test func aKindNounAfterASentenceOpeningWord() {
    #expect(kinds("Struggling retailer Penwick said on Monday that sales fell.")["Penwick"] == .organization)
  }

  @Test func aCompanysLastWord() {
    let found = kinds(
      "Tallis Capital bought the stake on Monday. Northline Energy said the pipeline was shut. "
        + "Harbor Point Advisors said it had sold.")
    #expect(found["Tallis Capital"] == .organization)
    #expect(found["Northline Energy"] == .organization)
    #expect(found["Harbor Point Advisors"] == .organization)
  }

  @Test func aBenchmarkBeforeCrudeIsAProductNotAPlace() {
    #expect(kinds("Brent crude rose 2% on Monday.")["Brent"] == .product)
  }

  @Test func indicesAreProducts() {
    let found = kinds(
      "The Dow Jones Industrial Average fell 1.5% on Wednesday, while the Nasdaq Composite rose. "
        + "In Europe, the STOXX 600 index closed down 0.4% on Friday.")
    #expect(found["Dow Jones Industrial Average"] == .product)
    #expect(found["Nasdaq Composite"] == .product)
    #expect(found["STOXX 600"] == .product)
  }

  @Test func aGroupInAnAppositiveAfterANationalityIsACompany() {
    #expect(kinds("Halvard Motoren, the German group, said on Monday it would cut jobs.")["Halvard Motoren"] == .organization)
  }

  @Test func aKindNounBeforeAnotherNounInAnAppositiveModifiesIt() {
    #expect(kinds("The report came from Tavrin, the state news agency, on Monday.")["Tavrin"] == .organization)
  }

  @Test func aSentenceOpeningNameWithAnAppositiveIsKept() {
    let found = kinds("Brackwell, the lender, said on Tuesday it had enough capital. Separately, the bank said it would hire.")
    #expect(found["Brackwell"] == .organization)
    #expect(found["Separately"] == nil)
  }

  @Test func theFederalReserveIsAnOrganization() {
    #expect(kinds("The Federal Reserve left rates unchanged on Wednesday.")["Federal Reserve"] == .organization)
  }
}
