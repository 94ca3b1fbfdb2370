import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A nationality no lexicon holds, made of a name the text also uses (`Norvanian` of `Norvania`),
/// is no actor of its own, and the name it is made of is a place; a line of goods after `its` is a
/// product.
@Suite struct DocumentDemonymTests {
  @Test func aNationalityMadeOfANameIsNoActorAndTheNameIsAPlace() throws {
    let extraction = Fixture.extraction(
      "The Norvanian government fined the carmaker Veltra on Tuesday. Norvania's president, Alena Vorcek, "
        + "welcomed the decision. Veltra sold 120,000 cars in Norvania last year.")
    #expect(extraction.actor("Norvanian") == nil)
    #expect(try #require(extraction.actor("Norvania")).kind == .place)
  }

  @Test func aNationalityInIanIsMadeOfTheWholeName() throws {
    let extraction = Fixture.extraction(
      "The Belmarkian farming union said on Monday that prices had fallen. Exports from Belmark rose in May.")
    #expect(extraction.actor("Belmarkian") == nil)
    #expect(try #require(extraction.actor("Belmark")).kind == .place)
    let union = Fixture.extraction(
      "Drones are popular in Belmark. According to the Belmarkian farming union, about 30% of farms in Belmark use them.")
    #expect(union.actor("Belmarkian") == nil)
    // A word made of a person's name makes no place of it.
    let person = Fixture.extraction(
      "George Orwell wrote the novel in 1948. Critics called the Orwellian surveillance a warning. Orwell died in 1950.")
    #expect(try #require(person.actor("George Orwell")).kind == .person)
  }

  @Test func anInstitutionOpeningOnTheNationalityKeepsIt() throws {
    let extraction = Fixture.extraction(
      "The Tarvonian Car Association said on Monday that the Tarvonian economy grew. Sales in Tarvonia rose.")
    let association = try #require(extraction.actor("Tarvonian Car Association"))
    #expect(association.kind == .organization)
    #expect(association.aliases.isEmpty)
  }

  @Test func aLineOfGoodsAfterItsIsAProduct() throws {
    let extraction = Fixture.extraction("Veltra said on Tuesday that sales of its Arka hatchbacks fell in May.")
    #expect(try #require(extraction.actor("Arka")).kind == .product)
    let other = Fixture.extraction("Veltra said on Tuesday that its Kessling workers would strike in May.")
    #expect(other.actor("Kessling")?.kind != .product)
  }
}
