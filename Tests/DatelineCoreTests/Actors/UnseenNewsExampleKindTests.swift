import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Kinds told by what a name is an example or an employer of and by a landform closing it, in
/// news the code was not written around.
@Suite struct UnseenNewsExampleKindTests {
  @Test(arguments: [
    "The storm forced shipping lines such as Tarvesk and Holm-Brandt to reroute vessels.",
    "Struggling retailers such as Tarvesk and Holm-Brandt closed stores on Monday.",
  ])
  func namesGivenAsExamplesOfCompaniesAreOrganizations(text: String) {
    let extraction = Fixture.extraction(text)
    for name in ["Tarvesk", "Holm-Brandt"] {
      #expect(extraction.actor(name)?.kind == .organization, "\(name): \(extraction.actors)")
    }
  }

  @Test func whatStaffWorkForIsAnOrganization() {
    let extraction = Fixture.extraction("The app was built in 2016 by former Zentrix engineers.")
    #expect(extraction.actor("Zentrix")?.kind == .organization, "\(extraction.actors)")
  }

  @Test(arguments: [
    ("Water levels in Tarvel Lake fell again on Monday.", "Tarvel Lake"),
    ("The climbers were spotted on the Ruth Glacier at noon.", "Ruth Glacier"),
  ])
  func aLandformClosingANameIsAPlace(text: String, name: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor(name)?.kind == .place, "\(extraction.actors)")
  }
}
