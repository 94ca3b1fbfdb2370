import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Institutions named with `of` and `and` or with the possessive of common words, and capitals
/// with a plural `s`: whole names of the right kind, and no common words taken for names.
@Suite struct InstitutionNameTests {
  @Test(arguments: [
    ("The Office of Rail and Road said on Monday that delays had grown.", "Office of Rail and Road"),
    ("The Ministry of Farming and Forestry said on Monday that it would act.", "Ministry of Farming and Forestry"),
    ("The Federation of Inland Ports and Harbours said on Monday that it would act.", "Federation of Inland Ports and Harbours"),
  ])
  func commonWordsJoinedByAndStayInTheInstitution(text: String, name: String) throws {
    let extraction = Fixture.extraction(text)
    #expect(extraction.names == [name])
    let institution = try #require(extraction.actor(name))
    #expect(institution.kind == .organization)
  }

  @Test(arguments: [
    ("The National Union of Dockworkers said talks had failed.", "National Union of Dockworkers"),
    ("The Confederation of Norland Enterprise said the move came too late.", "Confederation of Norland Enterprise"),
    ("The Vestan Chamber of Commerce said sales fell in May.", "Vestan Chamber of Commerce"),
    ("The Royal Society of Chemists met on Monday.", "Royal Society of Chemists"),
    ("The Executive Committee of the Harbour Board met on Monday.", "Executive Committee of the Harbour Board"),
  ])
  func anInstitutionNounAfterOtherWordsTakesItsOf(text: String, name: String) throws {
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

/// An institution noun that opens a name takes `of` and the capitalized words or number after it;
/// a company named with `Group` is an organization unless the words around it say otherwise.
@Suite struct InstitutionOfTests {
  @Test(arguments: [
    ("Finance ministers of the Group of Seven met in Lisbon on Tuesday.", "Group of Seven"),
    ("Leaders of the Group of 20 met in Oslo. The Group of 20 agreed on aid.", "Group of 20"),
    ("The Union of Northern Growers said on Monday it would strike.", "Union of Northern Growers"),
  ])
  func anInstitutionNounOpeningANameTakesOf(text: String, name: String) throws {
    let extraction = Fixture.extraction(text)
    #expect(extraction.names.contains(name), "\(extraction.names)")
    #expect(!extraction.names.contains { ["Group", "Union", "Seven"].contains($0) }, "\(extraction.names)")
    #expect(try #require(extraction.actor(name)).kind != .unknown)
  }

  @Test func theHeadBeforeOfGivesTheKindRatherThanTheLastWord() throws {
    let extraction = Fixture.extraction("The Government of the Korvath Islands said on Monday it would act.")
    #expect(try #require(extraction.actor("Government of the Korvath Islands")).kind == .organization)
  }

  @Test func anInstitutionNounEndingANameDoesNotTakeOf() {
    let extraction = Fixture.extraction("Halvard Group of Norway said on Friday it would cut 200 jobs.")
    #expect(extraction.names == ["Halvard Group", "Norway"])
  }

  @Test func aNumberThatIsAnAmountIsNoPartOfTheName() {
    let extraction = Fixture.extraction("The Group of 20,000 farmers said on Monday it would march.")
    #expect(!extraction.names.contains { $0.contains("20") }, "\(extraction.names)")
  }

  @Test(arguments: [
    ("Halvard Group said on Friday it would cut 200 jobs.", "Halvard Group", Actor.Kind.organization),
    ("Korvath Group, a militant group, claimed the attack on Monday.", "Korvath Group", .group),
    ("Fighters of the Korvath group attacked on Monday.", "Korvath", .group),
  ])
  func aCapitalizedGroupEndingANameIsACompany(text: String, name: String, kind: Actor.Kind) throws {
    let extraction = Fixture.extraction(text)
    #expect(try #require(extraction.actor(name)).kind == kind)
  }
}
