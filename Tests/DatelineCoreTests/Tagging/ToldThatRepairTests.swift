import DatelineTestSupport
import Testing

@testable import DatelineCore

/// What a verb such as `tell` tells after its listener is a clause, not a relative clause of the
/// listener, when a finite verb follows in it.
@Suite struct ToldThatRepairTests {
  private func tags(_ text: String) -> [String: UPOS] {
    Dictionary(tagged(text).map { ($0.word, $0.tag) }, uniquingKeysWith: { first, _ in first })
  }

  @Test(arguments: [
    ("Vinkel told reporters that work on the pipes began in September.", "work"),
    ("The minister told parliament that talks with the union had failed.", "talks"),
    ("He told MPs that plans for the bridge were delayed.", "plans"),
    ("She told the court that attacks on the village began in May.", "attacks"),
    ("Ortega warned staff that costs rose by a third last year.", "costs"),
    ("Vinkel told reporters after the vote that work on the pipes began in September.", "work"),
    ("Vinkel said that work on the pipes could begin in September.", "work"),
  ])
  func theWordAfterThatHeadsTheToldClausesSubject(text: String, head: String) {
    let found = tags(text)
    #expect(found["that"] == .sconj && found[head] == .noun, "\(text): \(found)")
  }

  @Test func anIrregularPastAfterTheNewSubjectIsItsVerb() {
    let found = tags("Ortega warned staff that costs rose by a third last year.")
    #expect(found["rose"] == .verb, "\(found)")
  }

  @Test func aRelativeClauseOfTheListenerStaysOneWhenNoVerbFollows() {
    let found = tags("Police told residents that live near the river to leave their homes.")
    #expect(found["live"] == .verb, "\(found)")
  }

  @Test(arguments: [
    "Vinkel told reporters that work on the pipes began in September.",
    "Vinkel told reporters after the vote that work on the pipes began in September.",
    "Vinkel said that work on the pipes began in September.",
  ])
  func theToldClauseIsDatedByItsOwnTimeAndTheTellingIsNot(sentence: String) {
    let text = "The council voted on Wednesday to extend the line.\n\n" + sentence + "\n"
    let events = Fixture.timeline([text], published: "2024-03-14").events
    let telling = events.first { $0.summary.hasPrefix("Vinkel") }
    #expect(telling?.date?.value.timex == "2024-03-13", "\(events.map { ($0.summary, $0.date?.value.timex) })")
  }
}
