import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A common word that opens a sentence is split off the name after it; names whose first word is a
/// common noun keep it; `Chair` is a title and `House of …` one institution.
@Suite struct SentenceDescriptorTests {
  private func kinds(_ text: String) -> [String: Actor.Kind] {
    Dictionary(uniqueKeysWithValues: Fixture.extraction(text).actors.map { ($0.name, $0.kind) })
  }

  @Test func aKindNounOpeningTheSentenceIsSplitOffAndGivesTheKind() {
    let found = kinds("Insurer Quorvale raised its prices on Monday. Retailer Tallacombe shut two sites.")
    #expect(found["Quorvale"] == .organization)
    #expect(found["Tallacombe"] == .organization)
    #expect(found["Insurer Quorvale"] == nil)
  }

  @Test func aCommonWordIsSplitOffWhenTheDocumentNamesTheRestAlone() {
    let found = kinds(
      "Rival Pemberly Optics fell 4% on Friday. Analysts said the rival had lost ground, and Pemberly Optics declined to comment.")
    #expect(found["Pemberly Optics"] != nil)
    #expect(found["Rival Pemberly Optics"] == nil)
  }

  @Test func aDoersNounBeforeAPersonsNameIsSplitOff() {
    let found = kinds("Meteorologist Dana Price said more rain was expected on Thursday.")
    #expect(found["Dana Price"] == .person)
    #expect(found["Meteorologist Dana Price"] == nil)
  }

  @Test func namesWhoseFirstWordIsACommonNounKeepIt() {
    let found = kinds(
      "Network Rail said trains would run. Police Scotland closed the road. General Motors cut jobs. Scotland voted.")
    #expect(found["Network Rail"] != nil)
    #expect(found["Police Scotland"] != nil)
    #expect(found["General Motors"] != nil)
  }

  @Test func chairBeforeANameIsATitle() {
    let actors = Fixture.extraction("Chair Marta Quillon said on Tuesday that the board would meet.").actors
    #expect(actors.map(\.name) == ["Marta Quillon"])
    #expect(actors.first?.kind == .person)
  }

  @Test func aHouseOfSomethingIsOneInstitution() {
    let found = kinds("The bill cleared the House of Delegates on Monday and the House of Lords later. The house was quiet.")
    #expect(found["House of Delegates"] == .organization)
    #expect(found["House of Lords"] == .organization)
    #expect(found["Delegates"] == nil)
  }
}
