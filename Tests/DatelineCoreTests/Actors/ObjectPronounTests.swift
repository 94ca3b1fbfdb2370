import DatelineTestSupport
import Testing

@testable import DatelineCore

/// An object `him` or `her` and a possessive `his` or `her` link the event to the person they stand
/// for; a summary names that person in the pronoun's place only when no other person who agrees
/// with it is named shortly before.
@Suite struct ObjectPronounTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2025-06-10").events.map(\.summary)
  }

  private func actors(of words: String, in text: String) throws -> [String] {
    let timeline = Fixture.timeline([text], published: "2025-06-10")
    return try #require(timeline.actorNames(ofEventWith: words), "\(timeline.events.map(\.summary))")
  }

  @Test func anObjectHimIsToldWithTheOnlyManNamedBefore() throws {
    let text = "Police arrested Tom Barker in March. A court later convicted him of fraud."
    #expect(summaries(text).contains("A court later convicted Tom Barker of fraud"), "\(summaries(text))")
    #expect(try actors(of: "convicted", in: text).contains("Tom Barker"))
  }

  @Test func anObjectHerGoesToTheWomanTheTextCallsSheOverANearerNameOfNoKnownSex() throws {
    let text = """
      Hanna Berg, who ran the city's first children's hospital, has died aged 91.

      In 1975 she led the team that treated a young fisherman, Tavi Rask, who recovered within a year.

      "She never gave up on anyone," said Dr Oskar Lund, who worked under her in the 1980s.
      """
    let found = try actors(of: "worked under", in: text)
    #expect(found.contains("Hanna Berg"), "\(found)")
    #expect(!found.contains("Tavi Rask"), "\(found)")
  }

  @Test func anObjectHerBeforeAPrepositionIsToldWithTheWomansName() throws {
    let text = "Voters elected Grace Mwangi as mayor in 2019. Rivals accused her of corruption in 2022."
    #expect(summaries(text).contains("Rivals accused Grace Mwangi of corruption in 2022"), "\(summaries(text))")
    #expect(try actors(of: "accused", in: text).contains("Grace Mwangi"))
  }

  @Test func theClausesSubjectIsNotWhatItsObjectStandsFor() throws {
    let text = "Linda Cho met David Moss in Seoul on Monday. She signed a trade deal with him on Tuesday."
    #expect(summaries(text).contains("Linda Cho signed a trade deal with David Moss on Tuesday"), "\(summaries(text))")
  }

  @Test func aNamedSubjectIsPassedForTheObject() throws {
    let text = "Tom Barker left the club in May. Jon Hale replaced him in June."
    #expect(summaries(text).contains("Jon Hale replaced Tom Barker in June"), "\(summaries(text))")
  }

  @Test func twoMenBeforeLinkTheFirstButLeaveTheSummary() throws {
    let text = "Police questioned Tom Barker and Sam Cole in May. A court later convicted him of fraud."
    #expect(summaries(text).contains("A court later convicted him of fraud"), "\(summaries(text))")
    #expect(try actors(of: "convicted", in: text).contains("Tom Barker"))
  }

  @Test func anObjectHerAfterSheIsTheOtherWoman() throws {
    let text = "Helen Park praised Mark Ellis after the vote on Thursday. Later that day he thanked her in a statement."
    #expect(try actors(of: "thanked", in: text).contains("Helen Park"))
  }

  @Test func aPossessiveLinksItsOwner() throws {
    let text = "The board dismissed chief executive Robert Lang in June. Shareholders had criticised his pay for months."
    #expect(try actors(of: "criticised his pay", in: text).contains("Robert Lang"))
  }

  @Test func aTitledSubjectIsNotWhatItsObjectStandsFor() throws {
    let text = "Alan Whitby died on Tuesday. Prime Minister Keir Starmer paid tribute to him on social media."
    let names = try actors(of: "paid tribute", in: text)
    #expect(names.first == "Keir Starmer", "\(names)")
    #expect(names.contains("Alan Whitby"), "\(names)")
  }

  @Test func aPersonOutranksANearerNameOfUnknownKind() throws {
    let text = "Alan Whitby covered the fall of the Berlin Wall in 1989. Prime Minister Keir Starmer paid tribute to him."
    let names = try actors(of: "paid tribute", in: text)
    #expect(names.contains("Alan Whitby") && !names.contains("Berlin Wall"), "\(names)")
  }
}
