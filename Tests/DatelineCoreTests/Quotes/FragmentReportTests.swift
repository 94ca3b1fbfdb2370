import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A reported clause holding a few quoted words of its speaker is reported all the same, its
/// closing mark kept, unless those words are already a direct quote; a second speech verb
/// coordinated with the first reports a clause of its own, by the same speaker.
@Suite struct FragmentReportTests {
  /// The quotes of `text`: their words, speakers' names and whether reported.
  private func quotes(_ text: String) -> [(text: String, speaker: String?, indirect: Bool)] {
    let extraction = Fixture.extraction(text)
    return extraction.quotes.map { quote in
      (extraction.text(quote.span), quote.speaker.map { extraction.actors[$0].name }, quote.isIndirect)
    }
  }

  @Test func aFragmentInsideAReportedClauseKeepsItsClosingMark() {
    let found = quotes("Mayor Jan Holt admitted the delay was \"frustrating\" for residents of the old town.")
    #expect(found.map(\.text) == ["the delay was \"frustrating\" for residents of the old town"], "\(found)")
    #expect(found.map(\.speaker) == ["Jan Holt"])
  }

  @Test func aFragmentClosingTheSentenceIsADirectQuoteOnly() {
    let found = quotes("Engineer Rosa Lind admitted the design was \"rather ambitious\".")
    #expect(found.map(\.text) == ["rather ambitious"], "\(found)")
    #expect(found.map(\.indirect) == [false])
  }

  @Test func coordinatedReportsAreToldApart() {
    let found = quotes(
      "Finance chief Omar Saleh admitted the results were \"deeply worrying\" but said the firm would return to profit next year.")
    #expect(
      found.map(\.text) == ["the results were \"deeply worrying\"", "the firm would return to profit next year"], "\(found)")
    #expect(found.map(\.speaker) == ["Omar Saleh", "Omar Saleh"])
    #expect(found.map(\.indirect) == [true, true])
  }

  @Test func coordinatedReportsWithoutQuotationMarks() {
    let found = quotes("Dana Whitfield said the bridge was unsafe and warned that it could close within a month.")
    #expect(found.map(\.text) == ["the bridge was unsafe", "it could close within a month"], "\(found)")
    #expect(found.map(\.speaker) == ["Dana Whitfield", "Dana Whitfield"])
  }

  @Test func aFragmentTakenAsADirectQuoteIsNotReportedAgain() {
    let found = quotes("Director Simon Hale said the decision had been \"long overdue\".")
    #expect(found.map(\.text) == ["long overdue"], "\(found)")
    #expect(found.map(\.indirect) == [false])
  }

  @Test func aLongerQuotationLeavesTheSentenceToTheDirectQuote() {
    let found = quotes("Omar Saleh said the plan \"will cost far more than anyone has admitted\" to voters.")
    #expect(!found.contains { $0.indirect }, "\(found)")
  }

  @Test func aVerbAfterAConjunctionWithASubjectOfItsOwnIsNoSecondReport() {
    let found = quotes("Dana Whitfield said the bridge was unsafe and engineers warned that it could close.")
    #expect(found.count == 1, "\(found)")
    #expect(found.first?.speaker == "Dana Whitfield")
  }
}
