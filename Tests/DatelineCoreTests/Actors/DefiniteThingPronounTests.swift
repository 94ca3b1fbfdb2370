import DatelineTestSupport
import Testing

@testable import DatelineCore

/// An opening `It` or `Its` after a sentence that speaks of an organization by a definite noun
/// (`The lender said …`, `…, the bank said`) stands for that organization; `its` counts its owner
/// among an event's actors; `he` after a person named by a common noun as an object (`Police
/// arrested a 34-year-old man`) stands for that person, not for one named before; `the company`
/// stands for one a company's noun was set off before (`A satellite operator, Nordsat,`). A name
/// in apposition to a sentence's opening noun phrase is its subject, and a place whose ministry
/// acts is what the next `It` stands for.
@Suite struct DefiniteThingPronounTests {
  private func actors(of words: String, in text: String) throws -> [String] {
    try #require(Fixture.timeline([text]).actorNames(ofEventWith: words))
  }

  @Test func itAfterADefiniteSubject() throws {
    let text = "Customers of Norvik Bank could not pay on Tuesday. The lender said the fault began at midnight. "
      + "It blamed a faulty software update."
    #expect(try actors(of: "blamed a faulty", in: text).contains("Norvik Bank"))
  }

  @Test func itAfterAReportsSpeaker() throws {
    let text = "Customers of Norvik Bank could not pay on Tuesday.\n\nThe problems began at 9 a.m., the bank said. "
      + "It blamed a faulty software update."
    #expect(try actors(of: "blamed a faulty", in: text).contains("Norvik Bank"))
  }

  @Test func itAfterAnotherIt() throws {
    let text = "Velto Motors cut 300 jobs on Monday. The company blamed falling sales. It said more cuts would follow. "
      + "It closed two plants in May."
    #expect(try actors(of: "closed two plants", in: text).contains("Velto Motors"))
  }

  @Test func itsOwnerTakesPart() throws {
    let text = "Halvard United said on Sunday that it would cooperate with the police. "
      + "Its training ground was damaged in a storm in May."
    #expect(try actors(of: "training ground was damaged", in: text).contains("Halvard United"))
  }

  @Test func heAfterAnUnnamedPersonArrested() throws {
    let text = "Dario Venn, a firefighter, said the fire spread fast. Police arrested a 34-year-old man on Wednesday. "
      + "He was released on bail on Thursday."
    #expect(try !actors(of: "released on bail", in: text).contains("Dario Venn"))
  }

  @Test func aCompanysNounSetOffBeforeItsNameTellsItsSector() throws {
    let text = "Radio Ostravia said on Monday that the vote was unanimous. A satellite operator, Nordsat, released images "
      + "on Tuesday. The company said the pictures were taken on Monday."
    #expect(try actors(of: "The company said", in: text).contains("Nordsat"))
  }

  @Test func itsAfterANameInApposition() throws {
    let text = "A consumer group, Fair Pay Watch, said the outage was the third this year. Its director, Colm Reddick, "
      + "said customers deserved compensation."
    #expect(try actors(of: "customers deserved compensation", in: text).contains("Fair Pay Watch"))
  }

  @Test func itAfterAPlaceWhoseBodyActs() throws {
    let text = "Border guards clashed near Kessaroy on Tuesday. Ostravia's foreign ministry summoned the ambassador on "
      + "Thursday. It said the incursion broke a 2019 agreement."
    #expect(try actors(of: "incursion broke", in: text).contains("Ostravia"))
  }

  @Test func itThatSpeaksAfterANameInApposition() throws {
    let text = "The hospital trust, Grenfeld Health, had accused the paper of breaching confidentiality. It argued that "
      + "the documents were stolen."
    #expect(try actors(of: "argued that", in: text).contains("Grenfeld Health"))
  }

  @Test func itsInAClauseAfterAnotherSubject() throws {
    let text = "Though the FBI shut down that black market in October 2013, other outlets have emerged to fill its role."
    #expect(try !actors(of: "fill its role", in: text).contains("FBI"))
  }

  @Test func itsInAClauseAfterAListOfSubjects() throws {
    let text = "Though Velto Motors shut its plant in 2013, suppliers and rivals have moved to fill its role."
    #expect(try !actors(of: "fill its role", in: text).contains("Velto Motors"))
  }
}
