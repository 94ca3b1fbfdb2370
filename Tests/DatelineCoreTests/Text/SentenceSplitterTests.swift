import Testing
@testable import DatelineCore

@Suite struct SentenceSplitterTests {
  private func sentences(_ text: String) -> [String] {
    let analysis = TextAnalysis(text)
    return analysis.sentences.map { analysis.string($0.range) }
  }

  @Test func splitsAtFullStopsBeforeCapitals() {
    #expect(sentences("The vote was held. Turnout was low.") == ["The vote was held.", "Turnout was low."])
  }

  @Test func abbreviationsAndInitialsDoNotEndSentences() {
    #expect(sentences("On Nov. 7 the drones struck. Gen. Smith spoke.") == ["On Nov. 7 the drones struck.", "Gen. Smith spoke."])
    #expect(sentences("The U.S. Army left. J. R. Smith stayed.") == ["The U.S. Army left.", "J. R. Smith stayed."])
  }

  @Test func theVersusOfACaseNameDoesNotEndTheSentence() {
    #expect(
      sentences("The judge cited Harlow v. Brant Mining, decided in 2019. Nobody objected.")
        == ["The judge cited Harlow v. Brant Mining, decided in 2019.", "Nobody objected."])
  }

  @Test func aFunctionWordAfterAnAbbreviationOpensASentence() {
    #expect(
      sentences("Sales rose in the U.S. The company said so. Rivel Inc. They agreed.")
        == ["Sales rose in the U.S.", "The company said so.", "Rivel Inc.", "They agreed."])
    #expect(sentences("Exports to the U.K. But imports fell.") == ["Exports to the U.K.", "But imports fell."])
    #expect(sentences("Dana J. A. Whitfield and the U.S. Navy met.") == ["Dana J. A. Whitfield and the U.S. Navy met."])
  }

  @Test func aPrepositionAfterAnAbbreviationOpensASentence() {
    #expect(
      sentences("The ferry sailed at 7 a.m. By 9 a.m. the port was shut. It opened in the U.S. In May it closed.")
        == ["The ferry sailed at 7 a.m.", "By 9 a.m. the port was shut.", "It opened in the U.S.", "In May it closed."])
    #expect(sentences("She joined the U.S. Dept. Of Energy in 2019.") == ["She joined the U.S. Dept. Of Energy in 2019."])
  }

  @Test func aWordThatGoesOnNoClockTimeOpensASentenceAfterIt() {
    #expect(
      sentences("Booths close at 10 p.m. Counting starts at once. Doors open at 8 a.m. Guests arrive later.")
        == ["Booths close at 10 p.m.", "Counting starts at once.", "Doors open at 8 a.m.", "Guests arrive later."])
    #expect(
      sentences("The vote ends at 3 p.m. Monday and 5 p.m. Eastern time on Tuesday, or 4 p.m. EST.")
        == ["The vote ends at 3 p.m. Monday and 5 p.m. Eastern time on Tuesday, or 4 p.m. EST."])
  }

  @Test func aUnitWrittenOntoItsNumberEndsASentence() {
    #expect(
      sentences("The pool was heated to 28C. Swimmers left early. The wall rose 4M. Builders cheered.")
        == ["The pool was heated to 28C.", "Swimmers left early.", "The wall rose 4M.", "Builders cheered."])
    #expect(sentences("It was signed by Ana C. Ruiz.") == ["It was signed by Ana C. Ruiz."])
  }

  @Test func aCamelCaseNameOpensASentence() {
    #expect(sentences("Nobody came. iPhone sales fell. eBay said so.") == ["Nobody came.", "iPhone sales fell.", "eBay said so."])
  }

  @Test func closingQuotesStayWithTheirSentence() {
    #expect(sentences("“It is over.” He left.") == ["“It is over.”", "He left."])
    #expect(sentences("He asked: “Why?” Nobody knew.") == ["He asked: “Why?”", "Nobody knew."])
  }

  @Test func lowerCaseAfterAFullStopContinuesTheSentence() {
    #expect(sentences("It cost 3.5 million. e.g. this one.") == ["It cost 3.5 million. e.g. this one."])
  }

  @Test func paragraphsAlwaysEndSentences() {
    let analysis = TextAnalysis("First line without stop\nSecond line.")
    #expect(analysis.sentences.map(\.paragraph) == [0, 1])
  }

  @Test func aShortLineWithoutStopOverACapitalIsASentenceOfItsOwn() {
    let text = "The bank held rates.\n\nRelated topics\nInterest rates\nNordic economy\n\nShares rose."
    #expect(sentences(text) == ["The bank held rates.", "Related topics", "Interest rates", "Nordic economy", "Shares rose."])
  }

  @Test func aWrappedLineOrOneEndingOnAWordThatGoesOnStaysInItsSentence() {
    let wrapped = "The council said on Monday that the new bridge over the river\nKessel would open in May.\n\nIt did."
    #expect(sentences(wrapped) == ["The council said on Monday that the new bridge over the river\nKessel would open in May.", "It did."])
    #expect(sentences("Talks with the\nUnion broke down.\n\nIt did.") == ["Talks with the\nUnion broke down.", "It did."])
  }

  @Test func aPersonsNameOpensASentenceAfterAnAbbreviationThatEndsAName() {
    let known = "Nadia Osei runs the firm. Its sales doubled in the U.S. Osei also said that prices would rise."
    #expect(sentences(known) == ["Nadia Osei runs the firm.", "Its sales doubled in the U.S.", "Osei also said that prices would rise."])
    let given = "Shares fell at Rivel Inc. Karl Hoff said the drop was brief."
    #expect(sentences(given) == ["Shares fell at Rivel Inc.", "Karl Hoff said the drop was brief."])
    // A body, a title or an unknown word goes on from the abbreviation, as does an initial.
    let body = "Nadia Osei met the U.S. Senate. The U.S. Senate voted on it. U.S. President Joe Biden spoke."
    #expect(sentences(body) == ["Nadia Osei met the U.S. Senate.", "The U.S. Senate voted on it.", "U.S. President Joe Biden spoke."])
    #expect(sentences("Rivel Inc. said it would sell the plant.") == ["Rivel Inc. said it would sell the plant."])
    #expect(sentences("Nadia Osei met John F. Osei who said no.") == ["Nadia Osei met John F. Osei who said no."])
    // A name after `of` may close a title before a person's name.
    let title = "The founder and former chief of Rivel Inc. Karl Hoff has died."
    #expect(sentences(title) == [title])
  }
}
