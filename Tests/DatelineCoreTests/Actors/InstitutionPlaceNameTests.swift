import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A division noun and `of` make a place of the name after them, whatever clause follows its
/// comma (`the village of Orbe, police said`); a saint's name with its possessive before an
/// institution's noun is the institution's name (`St Anne's hospital`), no person.
@Suite struct InstitutionPlaceNameTests {
  private func kind(_ name: String, in text: String) throws -> Actor.Kind {
    let extraction = Fixture.extraction(text)
    return try #require(extraction.actor(name), "\(extraction.names)").kind
  }

  @Test func aDivisionOfIsAPlaceBeforeAClauseOfItsOwn() throws {
    #expect(try kind("Orbe", in: "A body was found near a farm in the village of Orbe, police said.") == .place)
    #expect(try kind("Drummel", in: "The fire spread through the town of Drummel, officials said on Monday.") == .place)
    #expect(try kind("Drune", in: "Water reached homes in the hamlet of Drune, the fire service said.") == .place)
  }

  @Test(arguments: [
    ("A new wing opened at St Anne's hospital on Friday.", "St Anne's hospital"),
    ("Doctors at St. Mary's Hospital agreed on Friday.", "St. Mary's Hospital"),
    ("Saint Luke's Clinic closed on Friday.", "Saint Luke's Clinic"),
  ])
  func aSaintsInstitutionIsOneName(text: String, name: String) throws {
    let extraction = Fixture.extraction(text)
    let actor = try #require(extraction.actor(name), "\(extraction.names)")
    #expect(actor.kind == .organization)
    #expect(!extraction.actors.contains { $0.kind == .person })
  }
}
