import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A few quoted lowercase words that close a reported clause (`said the fine was “far too low”.`)
/// are the speaker's own words, while a capitalized title or words that describe a noun stay no
/// quotation.
@Suite struct ReportedPhraseQuoteTests {
  private func quotes(_ text: String) -> [(speaker: String?, text: String)] {
    Fixture.extraction(text).directQuotes
  }

  @Test(arguments: [
    ("Shopkeeper Rosa Lind said the fine was “far too low”.", "Rosa Lind", "far too low"),
    ("Coach Pia Berg said her team had “lost its nerve” but would recover.", "Pia Berg", "lost its nerve"),
    ("Mayor Tom Ashe told reporters the tolls were “not negotiable” because the bridge needed repairs.", "Tom Ashe", "not negotiable"),
    ("Union leader Kofi Mensah called the offer “an insult”.", "Kofi Mensah", "an insult"),
    ("Writer Ada Quist called the ruling “a cheap trick” for a weak case.", "Ada Quist", "a cheap trick"),
    ("Banker Ivo Renn said the bid “badly undervalued” the firm.", "Ivo Renn", "badly undervalued"),
    ("Ola Brandt told us the fire was “almost certainly” started by a heater.", "Ola Brandt", "almost certainly"),
    ("Jan Pelt called the plan “deeply flawed” and said it would fail.", "Jan Pelt", "deeply flawed"),
  ])
  func aShortPhraseClosingAReportIsAQuote(text: String, speaker: String, words: String) {
    let found = quotes(text)
    #expect(found.count == 1 && found.first?.speaker == speaker && found.first?.text == words, "\(found)")
  }

  @Test func aLaterPhraseOfTheSentenceKeepsItsSpeaker() {
    let found = quotes("Minister Rhea Vance said the door “stays open” but that the walkout was “unjustified”.")
    #expect(found.map(\.speaker) == ["Rhea Vance", "Rhea Vance"], "\(found)")
    #expect(found.map(\.text) == ["stays open", "unjustified"])
  }

  @Test(arguments: [
    "Critic Lena Moss said she had watched “Vertigo”.",
    "Someone close to the team said Tor Lund's knee was “not great”.",
    "Nadia Ebbe continued with “plain text” when the server failed.",
    "The charity Open Door said it had run “harm reduction” classes since 2004.",
    "Engineer Sam Otto said the app may add “session” and “scope” fields later.",
  ])
  func aTitleOrADescribingPhraseIsNoQuote(text: String) {
    #expect(quotes(text).isEmpty, "\(quotes(text))")
  }
}
