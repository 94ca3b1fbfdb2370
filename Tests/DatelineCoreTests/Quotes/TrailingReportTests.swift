import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Reported speech set after what it reports (`…, the company said.`, `…, said Ruth Ashby.`) is
/// a statement of its speaker; `according to` reads the phrase after it for its head, so the name
/// a title leads to speaks, and so does an organization named before by its kind (`according to
/// the agency`).
@Suite struct TrailingReportTests {
  /// The reported statements of `text`: each one's speaker's name, if any, and its words.
  private func reported(_ text: String) -> [(speaker: String?, text: String)] {
    let extraction = Fixture.extraction(text)
    return extraction.quotes.filter(\.isIndirect).map { quote in
      (quote.speaker.map { extraction.actors[$0].name }, extraction.text(quote.span))
    }
  }

  @Test(arguments: [
    ("Nine bridges were closed across the valley, Corvane Rail said on Sunday.", "Corvane Rail",
     "Nine bridges were closed across the valley"),
    ("Corvane Rail shut its depot on Saturday. Six lines will reopen on Monday, the company said.", "Corvane Rail",
     "Six lines will reopen on Monday"),
    ("The plant at Orlen will close in May, said Ruth Ashby.", "Ruth Ashby", "The plant at Orlen will close in May"),
    ("Ruth Ashby runs the plant. It will close in May, she told reporters.", "Ruth Ashby", "It will close in May"),
    ("Harlow Rail closed its depot, officials said.", "officials", "Harlow Rail closed its depot"),
  ])
  func aReportAfterItsClauseIsAStatement(text: String, speaker: String, words: String) {
    let found = reported(text)
    #expect(found.map(\.speaker) == [speaker], "\(found)")
    #expect(found.map(\.text) == [words], "\(found)")
  }

  @Test(arguments: [
    "The storm, which forecasters said could bring gusts, arrived on Monday.",
    "The plant will close, Ruth Ashby said, and the staff will move to Orlen.",
    "Ruth Ashby answers in polite terms, but Tom Reid replies in angry ones.",
  ])
  func noSpeakerWhereTheReportIsNoneOrNamesNoOne(text: String) {
    #expect(reported(text).allSatisfy { $0.speaker == nil }, "\(reported(text))")
  }

  @Test(arguments: [
    ("The National Health Agency issued a warning. According to the agency, inspectors visited the plant on May 2.",
     "National Health Agency"),
    ("Corvane Rail shut its depot on Saturday. The lines will reopen in June, according to the company.", "Corvane Rail"),
    ("Sales at Tarvel fell by a third, according to Norvik Bank analyst Jo Lee.", "Jo Lee"),
  ])
  func accordingToReadsTheHeadOfItsPhrase(text: String, speaker: String) {
    let found = reported(text)
    #expect(found.map(\.speaker) == [speaker], "\(found)")
  }
}
