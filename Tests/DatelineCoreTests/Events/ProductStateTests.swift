import DatelineTestSupport
import Testing

@testable import DatelineCore

/// What a product is said to have or be, told in the present, is an event of the publication
/// date: `The zPhone 4 has two cameras`, `It comes in two colors`.
@Suite struct ProductStateTests {
  private func dates(_ text: String) -> [String: String] {
    let timeline = Fixture.timeline([text], published: "2010-06-08")
    return Dictionary(
      timeline.events.map { ($0.summary, $0.date?.value.timex ?? "undated") }, uniquingKeysWith: { first, _ in first })
  }

  @Test func aProductHasFeatures() {
    let found = dates("Norvik Corp unveiled the zPhone 4 on Monday. The zPhone 4 has two cameras.")
    #expect(found["The zPhone 4 has two cameras"] == "2010-06-08", "\(found)")
  }

  @Test func itForAProduct() {
    let found = dates("The zPhone 4 was unveiled by Norvik Corp on Monday. It comes in two colors.")
    #expect(found["zPhone 4 comes in two colors"] == "2010-06-08", "\(found)")
  }

  @Test func aDefinitionIsNoEvent() {
    let found = dates("The zPhone 4 was unveiled on Monday. The zPhone 4 is a phone with two cameras.")
    #expect(!found.keys.contains { $0.contains("is a phone") }, "\(found)")
  }

  @Test func aPersonHasNoProductState() {
    let found = dates("Ilse Marvik spoke on Monday. Ilse Marvik has two cameras.")
    #expect(!found.keys.contains { $0.contains("has two cameras") }, "\(found)")
  }

  @Test func aStateIsNoLeadOfTheStory() {
    let found = dates("The zPhone 4 has two cameras. Norvik Corp unveiled it. Critics praised the phone.")
    #expect(found["Critics praised the phone"] == "2010-06-08", "\(found)")
  }
}
