import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Words a family says as names (`Mum`, `Dad`) name no actor; `Forum` ends an organization's
/// name, and so does a plural possessive inside it whose singular is a common noun (`Tenants'`).
@Suite struct FamilyWordTests {
  private func kinds(_ text: String) -> [String: Actor.Kind] {
    Dictionary(uniqueKeysWithValues: Fixture.extraction(text).actors.map { ($0.name, $0.kind) })
  }

  @Test func aFamilyWordInsideAQuotationIsNoActor() {
    let found = kinds("Her son, Paul Ellison, said: “Nothing will bring Mum back, and Dad knows it.”")
    #expect(found["Mum"] == nil && found["Dad"] == nil, "\(found)")
    #expect(found["Paul Ellison"] == .person)
  }

  @Test func aForumIsAnOrganization() {
    let found = kinds("The chief executive of the Tenants' Forum, Rhodri Vance, said the plan must go.")
    #expect(found["Tenants' Forum"] == .organization, "\(found)")
    #expect(found["Forum"] == nil)
  }

  @Test func aPluralTheTaggerHasNotSeenOwnsNoInstitution() {
    let found = kinds("The Harlow Tenants' Union said the rent rise was unfair.")
    #expect(found["Harlow Tenants' Union"] == .organization, "\(found)")
  }

  @Test func aPronounAfterANameBeforeANounIsTheNounsPerson() {
    let found = kinds("The Championship manager lost his job on Sunday.")
    #expect(found["Championship"] != .person, "\(found)")
  }
}
