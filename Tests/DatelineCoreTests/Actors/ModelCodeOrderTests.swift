import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A model code before a product's name (`the 4G zPhone`) joins the name written with the code
/// after it (`zPhone 4G`) when the text writes both; otherwise the code stays out of the name.
@Suite struct ModelCodeOrderTests {
  @Test func bothOrdersNameOneProduct() throws {
    let extraction = Fixture.extraction("Norvik Corp launched the zPhone 4G on Monday. The 4G zPhone is twice as fast.")
    let phone = try #require(extraction.actor("zPhone 4G"), "\(extraction.names)")
    #expect(phone.aliases == ["4G zPhone"], "\(extraction.actors.map { ($0.name, $0.mentions.map(extraction.text)) })")
    #expect(phone.mentions.map(extraction.text) == ["zPhone 4G", "4G zPhone"])
  }

  @Test func aCodeBeforeANameAloneStaysOut() {
    let extraction = Fixture.extraction("The 5G Halvard network opened in Tarn on Monday.")
    #expect(extraction.names.contains("Halvard"), "\(extraction.names)")
    #expect(!extraction.names.contains("5G Halvard"))
  }
}
