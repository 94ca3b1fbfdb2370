import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Institutions named with `of` and `and` or with the possessive of common words, and capitals
/// with a plural `s`: whole names of the right kind, and no common words taken for names.
@Suite struct InstitutionNameTests {
  @Test(arguments: [
    ("The Office of Rail and Road said on Monday that delays had grown.", "Office of Rail and Road"),
    ("The Ministry of Farming and Forestry said on Monday that it would act.", "Ministry of Farming and Forestry"),
  ])
  func commonWordsJoinedByAndStayInTheInstitution(text: String, name: String) throws {
    let extraction = Fixture.extraction(text)
    #expect(extraction.names == [name])
    let institution = try #require(extraction.actor(name))
    #expect(institution.kind == .organization)
  }

  @Test func aNameAfterAndIsAnActorOfItsOwn() {
    let extraction = Fixture.extraction("Officials of the Ministry of Defence and Hamas met in Cairo on Monday.")
    #expect(extraction.names.contains("Ministry of Defence"))
    #expect(extraction.names.contains("Hamas"))
  }

  @Test func aHeadThatTakesOfGivesTheKind() throws {
    let extraction = Fixture.extraction("The University of Vesta said it would close for a week.")
    let university = try #require(extraction.actor("University of Vesta"))
    #expect(university.kind == .organization)
  }

  @Test func whatATitleLeavesIsNoNameWhenItOpensOnAJoiningWord() {
    let extraction = Fixture.extraction("The Department of the Prime Minister and Cabinet said it would act.")
    #expect(!extraction.names.contains { $0.hasPrefix("and ") }, "\(extraction.names)")
  }

  @Test func capitalsWithAPluralSAreNoNames() {
    let extraction = Fixture.extraction("On Monday, several NGOs and dozens of MPs criticised the plan.")
    #expect(extraction.names.isEmpty, "\(extraction.names)")
  }

  @Test func aCommonWordOpeningASentenceIsNoNameForBeingInAnInstitution() {
    let extraction = Fixture.extraction("Health spending rose in March. The Ministry of Health said it would act.")
    #expect(extraction.names == ["Ministry of Health"])
  }

  @Test(arguments: [
    ("The conservative People's Party came second on Monday.", "People's Party", Actor.Kind.group),
    ("The People’s Party came second on Monday.", "People’s Party", .group),
    ("The Information Commissioner's Office said on Monday that it had fined the firm.", "Information Commissioner's Office", .organization),
    ("Leaders of the Workers' Party met in Seoul on Monday.", "Workers' Party", .group),
  ])
  func commonWordsWithAPossessiveNameAnInstitution(text: String, name: String, kind: Actor.Kind) throws {
    let extraction = Fixture.extraction(text)
    #expect(extraction.names.contains(name), "\(extraction.names)")
    #expect(try #require(extraction.actor(name)).kind == kind)
  }

  @Test(arguments: [
    ("Britain's Labour Party won on Monday.", "Labour Party"),
    ("The Queen's Guard marched on Monday.", "Guard"),
    ("The FSF's Board of Directors met on Monday.", "Board of Directors"),
    ("Yoon's People Power Party lost on Monday.", "People Power Party"),
  ])
  func aNameOrTitleOwnsTheInstitutionWithoutJoiningIt(text: String, owned: String) {
    let names = Fixture.extraction(text).names
    #expect(!names.contains { $0.contains("'s ") || $0.hasPrefix("'s") || $0.hasPrefix("’s") }, "\(names)")
    #expect(names.contains { $0.hasSuffix(owned) }, "\(names)")
  }
}
