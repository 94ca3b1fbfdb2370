import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Quotations, their speakers and their cues.
@Suite struct QuoteTests {
  /// The quotes of `marked` whose words are the marked spans, with their speakers' names.
  private func quotes(_ marked: String) -> (extraction: DocumentExtraction, input: MarkedText) {
    let input = MarkedText(marked)
    return (Fixture.extraction(input.text), input)
  }

  private func speaker(_ quote: Quote, _ extraction: DocumentExtraction) -> String? {
    quote.speaker.map { extraction.actors[$0].name }
  }

  @Test func attributionAfterTheQuote() throws {
    let (extraction, input) = quotes("Dana Whitfield spoke. “[[We will not leave]],” Whitfield told reporters.")
    let quote = try #require(extraction.quotes.first)
    #expect(extraction.quotes.count == 1)
    #expect(quote.span.range == input.spans[0])
    #expect(speaker(quote, extraction) == "Dana Whitfield")
    #expect(quote.cue.map(extraction.text) == "Whitfield told reporters")
    #expect(!quote.isIndirect)
  }

  @Test func verbBeforeTheSpeaker() throws {
    let (extraction, input) = quotes("“[[It is over]],” said Omar Saleh.")
    #expect(extraction.quotes.map(\.span.range) == input.spans)
    #expect(extraction.quotes.map { speaker($0, extraction) } == ["Omar Saleh"])
    #expect(extraction.quotes.first?.cue.map(extraction.text) == "said Omar Saleh")
  }

  @Test func straightQuotes() throws {
    let (extraction, input) = quotes("\"[[Nothing has changed]],\" Omar Saleh said.")
    #expect(extraction.quotes.map(\.span.range) == input.spans)
    #expect(extraction.quotes.map { speaker($0, extraction) } == ["Omar Saleh"])
  }

  @Test func attributionBeforeTheQuote() throws {
    let (extraction, input) = quotes("Omar Saleh told the court: “[[I signed nothing.]]”")
    #expect(extraction.quotes.map(\.span.range) == input.spans)
    #expect(extraction.quotes.map { speaker($0, extraction) } == ["Omar Saleh"])
  }

  @Test func pronounSpeakersAreResolvedToThePersonBefore() throws {
    let (extraction, _) = quotes(
      "Dana Whitfield doubts that Omar Saleh acted alone. “[[It was planned for weeks]],” she told the court.")
    #expect(extraction.quotes.map { speaker($0, extraction) } == ["Dana Whitfield"])
    #expect(extraction.quotes.first?.cue.map(extraction.text) == "she told the court")
  }

  @Test func aParagraphThatOpensWithAQuoteContinuesTheSpeaker() throws {
    let (extraction, input) = quotes(
      """
      “[[We tried everything]],” Omar Saleh said.
      “[[Nobody listened.]]”
      Dana Whitfield disagreed.
      """)
    #expect(extraction.quotes.map(\.span.range) == input.spans)
    #expect(extraction.quotes.map { speaker($0, extraction) } == ["Omar Saleh", "Omar Saleh"])
    #expect(extraction.quotes[1].cue == nil)
  }

  @Test func aLaterQuoteInTheSameParagraphContinuesTheSpeaker() throws {
    let (extraction, _) = quotes(
      "“[[First]] things first,” said Omar Saleh. “[[Then we will see what remains of the deal.]]”")
    #expect(extraction.quotes.map { speaker($0, extraction) } == ["Omar Saleh", "Omar Saleh"])
  }

  @Test func aQuoteOverSeveralParagraphsIsOneQuote() throws {
    let text = """
      “It will get worse,” said Omar Saleh. “They will escalate.
      “They will blame us.
      “And then they will leave.”
      """
    let extraction = Fixture.extraction(text)
    #expect(extraction.quotes.count == 2)
    let long = extraction.quotes[1]
    #expect(extraction.text(long.span) == "They will escalate.\n“They will blame us.\n“And then they will leave.")
    #expect(long.span.paragraph == 0)
    #expect(speaker(long, extraction) == "Omar Saleh")
    #expect(extraction.findings.isEmpty)
  }

  @Test func aPartialQuoteInsideASentence() throws {
    let (extraction, input) = quotes(
      "Such a move “[[does not happen without a nod from the capital]],” said Omar Saleh.")
    #expect(extraction.quotes.map(\.span.range) == input.spans)
    #expect(extraction.quotes.map { speaker($0, extraction) } == ["Omar Saleh"])
  }

  @Test func scareQuotesAreNotQuotes() {
    let extraction = Fixture.extraction(
      "Omar Saleh denounced the “fraudulent” results and the so-called “peace plan” again.")
    #expect(extraction.quotes.isEmpty)
    #expect(extraction.findings.isEmpty)
  }

  @Test func aShortQuoteWithAnAttributionIsAQuote() {
    let extraction = Fixture.extraction("“Never,” said Omar Saleh.")
    #expect(extraction.quotes.map { extraction.text($0.span) } == ["Never"])
  }

  @Test func apostrophesAreNotQuoteMarks() {
    let extraction = Fixture.extraction(
      "Iraq’s envoy isn’t sure the militias’ weapons were counted. Apple 's shares rose.")
    #expect(extraction.quotes.isEmpty)
    #expect(extraction.findings.isEmpty)
  }

  @Test func anUnattributedQuoteIsAQuoteWithAFinding() throws {
    let input = MarkedText("The report ended there. “[[Nobody could have known what would follow that night.]]”")
    let extraction = Fixture.extraction(input.text)
    #expect(extraction.quotes.count == 1)
    #expect(extraction.quotes.first?.speaker == nil)
    let finding = try #require(extraction.findings.first)
    #expect(finding.kind == .unattributedQuote)
    #expect(finding.span?.range == input.spans[0])
  }

  @Test func anUnmatchedQuoteMarkIsAFinding() throws {
    let extraction = Fixture.extraction("Omar Saleh said: “This never closes.\nThe next paragraph has no mark.")
    #expect(extraction.quotes.isEmpty)
    let finding = try #require(extraction.findings.first)
    #expect(finding.kind == .unmatchedQuote)
    #expect(finding.span.map(extraction.text) == "“This never closes.")
  }

  @Test func aStrayClosingMarkIsAFinding() throws {
    let extraction = Fixture.extraction("The talks ended” without a deal.")
    #expect(extraction.findings.map(\.kind) == [.unmatchedQuote])
  }

  @Test func reportedSpeech() throws {
    let (extraction, input) = quotes(
      "Omar Saleh said that [[the talks had failed]]. Dana Whitfield believes that [[a deal is near]].")
    #expect(extraction.quotes.map(\.span.range) == input.spans)
    #expect(extraction.quotes.allSatisfy { $0.isIndirect })
    #expect(extraction.quotes.map { speaker($0, extraction) } == ["Omar Saleh", "Dana Whitfield"])
    #expect(extraction.quotes.first?.cue.map(extraction.text) == "Omar Saleh said that")
  }

  @Test func accordingTo() throws {
    let (extraction, input) = quotes(
      "According to Omar Saleh, [[the convoy turned back]]. [[Two trucks burned]], according to Dana Whitfield.")
    #expect(extraction.quotes.map(\.span.range) == input.spans)
    #expect(extraction.quotes.map { speaker($0, extraction) } == ["Omar Saleh", "Dana Whitfield"])
  }

  @Test func aPhraseSetOffAfterTheSourceIsNoPartOfWhatItReports() throws {
    let (extraction, input) = quotes(
      "According to the Harlan Trust, a health think tank, [[one in eight people is now waiting for treatment]].")
    #expect(extraction.quotes.map(\.span.range) == input.spans)
    #expect(extraction.quotes.map { speaker($0, extraction) } == ["Harlan Trust"])
    let clause = quotes("According to Ana Ruiz, [[a man died, and two others were hurt]].")
    #expect(clause.extraction.quotes.map(\.span.range) == clause.input.spans)
  }
}

