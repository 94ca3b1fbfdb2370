import DatelineTestSupport
import Testing

@testable import DatelineCore

/// What a state's body or head in lower case is `of` is a state, a place; a one-word heading on
/// the line above a story's first sentence describes no name in it.
@Suite struct StateBodyAndHeadingKindTests {
  @Test(arguments: [
    "The coalition government of Dravia collapsed on Saturday.",
    "The parliament of Dravia voted on Tuesday to delay the budget.",
    "Crowds cheered the king of Dravia as he arrived on Monday.",
  ])
  func theStateOfABodyOrHeadIsAPlace(sentence: String) throws {
    let extraction = Fixture.extraction(sentence)
    #expect(try #require(extraction.actor("Dravia"), "\(extraction.names)").kind == .place)
  }

  @Test func whatAPresidentInLowerCaseIsOfMayBeACompany() throws {
    let extraction = Fixture.extraction("Tristan Vell, president of Mozilla Europe, said the browser would ship in May.")
    #expect(try #require(extraction.actor("Mozilla Europe"), "\(extraction.names)").kind != .place)
  }

  @Test(arguments: ["News", "Business", "Report"])
  func aHeadingAboveTheFirstSentenceNamesNoKind(heading: String) throws {
    let extraction = Fixture.extraction("\(heading)\n\nSolveig Brandt was named chief executive on Wednesday. She joined in 2015.")
    let person = try #require(extraction.actor("Solveig Brandt"), "\(extraction.names)")
    #expect(person.kind != .organization)
  }

  @Test func aKindNounOpeningTheSentenceStillNamesTheKind() throws {
    let extraction = Fixture.extraction("Carmaker Velbrook cut 300 jobs on Tuesday.")
    #expect(try #require(extraction.actor("Velbrook"), "\(extraction.names)").kind == .organization)
  }
}
