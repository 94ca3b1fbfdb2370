import DatelineTestSupport
import Testing

@testable import DatelineCore

/// An amount given again in brackets inside a clause (`250 million pesos (about $4.3 million)
/// for relief`) is an aside: the clause goes on across it, so what follows is no fragment.
@Suite struct BracketedAsideTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2025-03-12").events.map(\.summary)
  }

  @Test func aClauseGoesOnAcrossAnAmountInBrackets() {
    let found = summaries("The ministry released 90 million pesos (about $1.5 million) for repairs on Monday.")
    #expect(found.contains("The ministry released 90 million pesos (about $1.5 million) for repairs on Monday"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("For repairs") }, "\(found)")
  }

  @Test func aSecondPredicateAfterTheAsideKeepsItsSubject() {
    let found = summaries("The gale brought gusts of 150km/h (93mph) to the islands on Monday and cut power to 9,000 homes.")
    #expect(found.contains { $0.hasPrefix("The gale brought gusts of 150km/h (93mph) to the islands") }, "\(found)")
    #expect(found.contains("The gale cut power to 9,000 homes"), "\(found)")
  }

  @Test func aBracketThatEndsTheClauseStillEndsIt() {
    let found = summaries("Talks stalled over pay (a rise of 4%). The union walked out on Friday.")
    #expect(found.contains("The union walked out on Friday"), "\(found)")
  }

  @Test(arguments: ["Halloran (right) and his deputy arrived at the depot on Monday.", "Halloran (left) met the drivers on Monday."])
  func aPlaceInAPictureAfterANameOpeningTheSentenceCutsNoClause(text: String) {
    let found = summaries(text)
    #expect(found == [String(text.dropLast())], "\(found)")
  }
}
