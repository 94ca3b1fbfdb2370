import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Kinds told by what a name owns, by the routes it ends and by its company's head word: a
/// state's posts and bodies after its possessive make a place, so do the end of a route to or
/// from a place, the site of an accident and where an institution lies; `Lines` or `Dynamics` closing a name and a `which`
/// clause of business past an adverb make a company; a model number after a maker's name and a
/// noun stays in the product's name.
@Suite struct OwnerAndRouteKindTests {
  private func kinds(_ text: String) -> [String: Actor.Kind] {
    Dictionary(Fixture.extraction(text).actors.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
  }

  @Test func aStatesPostsAndBodiesAfterItsPossessiveMakeAPlace() {
    let found = kinds(
      "Envoys from Marvania and Quessia met on Monday. Marvania's foreign minister, Ola Brenn, blamed Quessia. "
        + "Quessia's government said it wanted more talks.")
    #expect(found["Marvania"] == .place, "\(found)")
    #expect(found["Quessia"] == .place, "\(found)")
    #expect(found["Ola Brenn"] == .person, "\(found)")
  }

  @Test func aStatesTitledPostAfterItsPossessiveMakesAPlace() {
    let found = kinds("Estmark's Prime Minister, Tomas Rell, signed the deal on Tuesday.")
    #expect(found["Estmark"] == .place, "\(found)")
    #expect(found["Tomas Rell"] == .person, "\(found)")
    #expect(kinds("Carmesh's Foreign Minister said on Monday the country would keep trying.")["Carmesh"] == .place)
  }

  @Test func whatAHeadOfStateTitledBeforeTheNameIsOfIsAPlace() {
    #expect(kinds("President Anya Kovic of Norvia signed the deal on Tuesday.")["Norvia"] == .place)
    #expect(kinds("Prime Minister Lars Vinter of Ostmark spoke on Tuesday.")["Ostmark"] == .place)
    // Without a state's title, a person's name before `of` names a workplace.
    #expect(kinds("Priya Raman of Tessling said on Tuesday that sales fell.")["Tessling"] == .organization)
  }

  @Test func whatACompanysPostIsOfIsAnOrganization() {
    #expect(kinds("A former chief executive of Halden Mutual said on Monday the fund was safe.")["Halden Mutual"] == .organization)
    #expect(kinds("The chairman of Orvel said on Monday the plan had failed.")["Orvel"] == .organization)
  }

  @Test func theEndOfARouteToOrFromAPlaceIsAPlace() {
    #expect(kinds("The bus, carrying 40 passengers from Tollby to the capital, overturned on Friday.")["Tollby"] == .place)
    #expect(kinds("Flights from Oslo to Trevik were cancelled on Monday.")["Trevik"] == .place)
    // Not a move between two names of no known kind.
    #expect(kinds("Tomas Reyes moved from Harlow United to Tarnby Rovers in May.")["Harlow United"] != .place)
  }

  @Test func whereAnInstitutionNamedBeforeInLiesIsAPlace() {
    #expect(kinds("The Court of Appeal in Varnholt upheld the ruling on Monday.")["Varnholt"] == .place)
    #expect(kinds("Patients at St Ilsa's Hospital in Orvenby were moved on Tuesday.")["Orvenby"] == .place)
  }

  @Test func theSiteOfAnAccidentIsAPlace() {
    #expect(kinds("Nine people died in a collision at Varnes in 2011.")["Varnes"] == .place)
  }

  @Test(arguments: [
    ("Tarvik Lines cancelled two sailings on Monday after a storm.", "Tarvik Lines"),
    ("Engineers at Brenna Dynamics built the rocket in 2023.", "Brenna Dynamics"),
    ("The tablet uses a screen made by Halvorn, which also supplies Tesk's laptops.", "Halvorn"),
  ])
  func aCompanysHeadWordOrBusinessMakesAnOrganization(text: String, name: String) {
    #expect(kinds(text)[name] == .organization, "\(kinds(text))")
  }

  @Test func aModelNumberAfterAMakersNameAndANounStaysInTheName() {
    let found = kinds("The Tesk Fold 3, which goes on sale in May, costs $999.")
    #expect(found["Tesk Fold 3"] == .product, "\(found)")
    #expect(found["Section 4"] == nil && kinds("The rule is set out in Section 4 of the act.")["Section 4"] == nil)
  }
}
