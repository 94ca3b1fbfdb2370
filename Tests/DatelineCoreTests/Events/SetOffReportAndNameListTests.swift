import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A report set off between a subject and its verb leads the clause it tells, with its speaker
/// among the event's actors; a list of names stays one subject when the tagger misreads a given
/// name in it.
@Suite struct SetOffReportAndNameListTests {
  private func timeline(_ text: String) -> Timeline {
    Fixture.timeline([text], published: "2024-11-08")
  }

  @Test(arguments: [
    (
      "Officers, Detective Inspector Mia Kvist said, had been told to stand down before the second alarm.",
      "Detective Inspector Mia Kvist said officers had been told to stand down before the second alarm"
    ),
    (
      "The pumps, a fire service spokesman said, arrived eleven minutes late on Tuesday.",
      "A fire service spokesman said the pumps arrived eleven minutes late on Tuesday"
    ),
    ("Norvale, the union said, had cut the night shift in March.", "The union said Norvale had cut the night shift in March"),
  ])
  func aSetOffReportLeadsTheClause(text: String, summary: String) {
    let summaries = timeline(text).events.map(\.summary)
    #expect(summaries.contains(summary), "\(summaries)")
    #expect(summaries.count == 1, "\(summaries)")
  }

  @Test func theSpeakerOfASetOffReportTakesPart() {
    let found = timeline("Officers, Mia Kvist said, had been told to stand down before the second alarm.")
    #expect(found.actorNames(ofEventWith: "officers had been told")?.contains("Mia Kvist") == true, "\(found.events)")
  }

  @Test(arguments: [
    "Lena Ward, Owen Price, and two other directors left the bank last year",
    "Lena Ward, Owen Price and two other directors resigned in protest in May",
    "Ian Moss, Lena Ward and the risk chief were cleared by the inquiry in June",
    "Tom Reyes, Ian Cole, Lena Ward and the finance chief met the regulator on Monday",
    "Lena Ward, Owen Price, Ian Moss, and Sara Lund joined the board in March",
  ])
  func aListOfNamesStaysWholeWhenAGivenNameIsMisread(sentence: String) {
    let summaries = timeline(sentence + ".").events.map(\.summary)
    #expect(summaries.contains(sentence), "\(summaries)")
  }

  @Test func aNameSetOffByCommasIsNoList() {
    let summaries = timeline("Lena Ward, the finance chief, left the bank in May.").events.map(\.summary)
    #expect(summaries.contains("Lena Ward, the finance chief, left the bank in May"), "\(summaries)")
  }
}
