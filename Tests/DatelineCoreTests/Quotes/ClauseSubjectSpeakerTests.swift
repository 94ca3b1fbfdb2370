import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Quoted words whose speaker is the subject of the clause around them: words in the first person
/// after any verb (`blamed “the worst summer we have had”`), and a second `that` clause joined to
/// the first, which the sentence's first speech verb tells.
@Suite struct ClauseSubjectSpeakerTests {
  private func quotes(_ text: String) -> [(speaker: String?, text: String)] {
    Fixture.extraction(text).directQuotes
  }

  @Test func firstPersonWordsAreTheSubjects() {
    let blamed = quotes("Farm manager Ilse Varga blamed late frost and “the wettest June we have ever had”.")
    #expect(blamed.count == 1 && blamed.first?.speaker == "Ilse Varga", "\(blamed)")
    let praised = quotes("Coach Bram Tiller, who took over in May, praised “a squad that gave us everything all season”.")
    #expect(praised.count == 1 && praised.first?.speaker == "Bram Tiller", "\(praised)")
    // Words in the third person after a verb that does not report speech stay unattributed.
    let third = quotes("Farm manager Ilse Varga blamed late frost and “the wettest June anyone has ever had”.")
    #expect(third.allSatisfy { $0.speaker == nil }, "\(third)")
  }

  @Test func aSecondThatClauseIsToldByTheFirstVerb() {
    let found = quotes(
      "The Harbour Board said Ivo Renn had claimed the survey was wrong, but that he “offered no evidence at all” for it.")
    #expect(found.count == 1 && found.first?.speaker == "Harbour Board", "\(found)")
  }
}
