import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Titles written in a run of capitals before a person's name are split off it, whether the
/// lexicon holds the whole title, parts of it joined by common words, or none of it.
@Suite struct TitleBeforeNameTests {
  @Test func aListedTitleAfterCommonWordsIsSplitOff() throws {
    let extraction = Fixture.extraction("Information Commissioner Ruth Kessler said on Monday: “This was careless.”")
    #expect(extraction.names == ["Ruth Kessler"])
    let speaker = try #require(extraction.actor("Ruth Kessler"))
    #expect(speaker.kind == .person)
    #expect(extraction.quotes.map(\.speaker) == [speaker.id])
  }

  @Test func commonWordsBetweenTitleWordsStayInTheTitle() {
    let extraction = Fixture.extraction("Chief Medical Officer Ilsabet Marsh said on Monday that cases had risen.")
    #expect(extraction.names == ["Ilsabet Marsh"])
  }

  @Test func aListedTitleRunsOnThroughACommonNounBeforeAGivenName() {
    let extraction = Fixture.extraction("Head Teacher Helen Marsh said on Monday that the school would close.")
    #expect(extraction.names == ["Helen Marsh"])
  }

  @Test(arguments: [
    ("Science Teacher Sarah Lindqvist said on Monday that exams would move.", "Sarah Lindqvist"),
    ("Investor David Brennock said on Monday that shares would rise.", "David Brennock"),
    ("Veteran Astronomer Sarah Lindqvist said on Monday that the comet was bright.", "Sarah Lindqvist"),
    ("Harbour Master Helen Varga said on Monday that the quay would reopen.", "Helen Varga"),
  ])
  func aTitleTheLexiconDoesNotHoldIsSplitBeforeAGivenName(text: String, person: String) throws {
    let extraction = Fixture.extraction(text)
    #expect(extraction.names == [person])
    #expect(try #require(extraction.actor(person)).kind == .person)
  }

  @Test func aNounForAPersonWhoDoesSomethingIsSplitBeforeTwoNames() throws {
    let extraction = Fixture.extraction("Barrister Ysolde Quennell told the court on Monday that the plan was lawful.")
    #expect(extraction.names == ["Ysolde Quennell"])
    #expect(try #require(extraction.actor("Ysolde Quennell")).kind == .person)
  }

  @Test func commonWordsBeforeAnOrdinaryNameAreNotATitle() {
    let extraction = Fixture.extraction("Champions League Real Madrid won again on Tuesday.")
    #expect(!extraction.names.contains("Real Madrid"), "\(extraction.names)")
  }
}

/// A title in apposition next to a name says a person is meant.
@Suite struct AppositiveTitleTests {
  private func kind(of name: String, in text: String) -> Actor.Kind? {
    Fixture.extraction(text).actor(name)?.kind
  }

  @Test func aTitleOfTwoWordsBeforeTheCommaIsAPersonsTitle() {
    let text = "Halvard Group said on Friday it would cut 200 jobs. Its chief executive, Kasimir Oyelaran, said on Monday that sales fell."
    #expect(kind(of: "Kasimir Oyelaran", in: text) == .person)
  }

  @Test func whomSomeoneNamedActsForIsAnOrganization() throws {
    let extraction = Fixture.extraction(
      "Barrister Ysolde Quennell, for Brackmoor Water, told the court on Monday that the plan was lawful.")
    #expect(try #require(extraction.actor("Brackmoor Water")).kind == .organization)
  }

  @Test func aKindNounAfterAVerbAfterTheCommaIsNoAppositive() throws {
    let extraction = Fixture.extraction("The barrister, Ysolde Quennell, told the court on Monday that the plan was lawful.")
    #expect(try #require(extraction.actor("Ysolde Quennell")).kind != .organization)
  }

  @Test func aVerbAfterTheCommaClosesTheAppositionInsteadOfOpeningOne() throws {
    let extraction = Fixture.extraction("Tomas Brandt, a spokesman for Halvard, said the chief executive would resign.")
    let halvard = try #require(extraction.actor("Halvard"))
    #expect(halvard.kind != .person)
    #expect(halvard.aliases.isEmpty)
  }
}

/// The field a title is held for (`Commissioner for Trade`) is no actor and no part of the name
/// after it.
@Suite struct TitleFieldTests {
  @Test func theCommonWordsOfATitlesFieldAreSplitFromTheNameAfterThem() throws {
    let extraction = Fixture.extraction("European Commissioner for Trade Ilsabet Vreeland said on Monday: “The deal is fair.”")
    #expect(extraction.names == ["Ilsabet Vreeland"])
    let speaker = try #require(extraction.actor("Ilsabet Vreeland"))
    #expect(extraction.quotes.map(\.speaker) == [speaker.id])
  }
}

/// A capitalized word the text uses alone after `the` as a verb's subject, as a common noun is,
/// is a title when it also stands right before a person's name, though no lexicon holds it: it
/// leaves the name, and alone it names the holder.
@Suite struct DocumentTitleTests {
  private let text =
    "Landammann Petra Gössi said on Monday that the canton would appeal. The Landammann told reporters the ruling was wrong."

  @Test func theTitleLeavesTheNameAndIsNoActorOfItsOwn() throws {
    let extraction = Fixture.extraction(text)
    #expect(extraction.names == ["Petra Gössi"])
    #expect(try #require(extraction.actor("Petra Gössi")).kind == .person)
  }

  @Test func theTitleAloneNamesItsHolder() throws {
    let holder = try #require(Fixture.extraction(text).actor("Petra Gössi"))
    #expect(holder.aliases.contains { $0.lowercased() == "the landammann" }, "\(holder.aliases)")
  }

  @Test func aWordBeforeANameThatIsNeverARoleStaysInTheName() {
    let extraction = Fixture.extraction("Landammann Petra Gössi said on Monday that the canton would appeal.")
    #expect(extraction.names == ["Landammann Petra Gössi"])
  }

  @Test func aWordUsedAsARoleBeforeANameNotShapedLikeAPersonsStaysInIt() {
    let extraction = Fixture.extraction(
      "The Kestrel said on Monday it would sail. Kestrel Marine Services said on Tuesday that the ship was sold.")
    #expect(extraction.names.contains("Kestrel Marine Services"), "\(extraction.names)")
  }

  @Test func aTitleKeepsItsFieldAfterForBeforeTheName() throws {
    let extraction = Fixture.extraction("Vantor's vice president for research, Elin Strand, said on Monday the trial would end.")
    #expect(try #require(extraction.actor("Elin Strand")).aliases == ["the vice president"])
  }
}
