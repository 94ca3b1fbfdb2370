import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Products, models, indices and works are actors of their own kind: a name with a model number
/// (`Zap 4`, `Norvik A380`), a word in camel case (`zPhone`), a name headed by a product noun
/// (`Zap Phone`) or set beside one (`the Zap, a smartphone`).
@Suite struct ProductKindTests {
  private func kind(_ name: String, in text: String) throws -> Actor.Kind {
    try #require(Fixture.extraction(text).actor(name), "\(Fixture.extraction(text).names)").kind
  }

  @Test func aModelNumber() throws {
    #expect(try kind("Zap 4", in: "Norvik Corp unveiled the Zap 4 on Monday.") == .product)
    #expect(try kind("Norvik A380", in: "The Norvik A380 landed in Oslo.") == .product)
  }

  @Test func aKnownMakerWithAModelNumberIsTheModel() throws {
    #expect(try kind("Airbus A380", in: "Emirates ordered ten Airbus A380 jets on Monday.") == .product)
    #expect(try kind("Boeing 787", in: "The Boeing 787 landed in Oslo on Monday.") == .product)
  }

  @Test func aWordInCamelCase() throws {
    #expect(try kind("zPhone", in: "The zPhone sold well, and the zPhone was cheap.") == .product)
  }

  @Test func aProductNounHeadsTheName() throws {
    #expect(try kind("Zap Phone", in: "Norvik Corp showed the Zap Phone on Monday.") == .product)
  }

  @Test func aProductNounInAnAppositive() throws {
    #expect(try kind("Zapper", in: "Norvik Corp launched the Zapper, a smartphone, on Monday.") == .product)
  }

  @Test func aProductNounBeforeAnotherNounIsNoKind() throws {
    #expect(try kind("Vantrix", in: "Sales fell at Vantrix, the phone maker, on Monday.") != .product)
  }

  @Test func aMakerBeforeAProductNounStaysAMaker() throws {
    #expect(try kind("Vantrix", in: "Sales of Vantrix software fell on Monday.") != .product)
  }

  @Test func anOrganizationNamedForAProductStaysAnOrganization() throws {
    let text = "The Open Game Foundation met. Open Game backers came, and Open Game grew."
    #expect(try kind("Open Game Foundation", in: text) == .organization)
  }

  @Test func anAdjectiveIsNoTitle() throws {
    #expect(try kind("zPhone Store", in: "Rumors include a major zPhone Store update.") == .product)
  }
}
