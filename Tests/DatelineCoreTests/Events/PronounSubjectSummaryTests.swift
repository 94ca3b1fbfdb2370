import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Summaries that open with `It`, `Its` or `They` are led by the noun phrase the pronoun stands
/// for, when it is found surely.
@Suite struct PronounSubjectSummaryTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2024-06-20").events.map(\.summary)
  }

  @Test func itTakesTheSubjectOfTheSentenceBefore() {
    #expect(summaries("The old ferry pier nearly collapsed in 1962. It was closed to cars until 1970.") == [
      "The old ferry pier nearly collapsed in 1962", "The old ferry pier was closed to cars until 1970",
    ])
  }

  @Test func aPluralSubjectBetweenIsPassedOverForIt() {
    #expect(
      summaries("The tower leaned badly by 1990. In 1994 surveyors found cracks in its base, and it was shut until 1999.")
        .last == "The tower was shut until 1999")
  }

  @Test func aReportedPronounTakesItsSpeaker() {
    #expect(summaries("Northgate Bank said on June 3 it had cut 40 jobs in May.").contains("Northgate Bank had cut 40 jobs in May"))
    #expect(
      summaries("Farmers in Kent said on June 4 they would block roads on June 10.").last
        == "Farmers in Kent would block roads on June 10")
  }

  @Test func itsTakesAnOrganization() {
    #expect(
      summaries("Northgate Bank cut 40 jobs in May. Its shares fell 3% in June.").last == "Northgate Bank's shares fell 3% in June")
  }

  @Test func aPronounStaysWhenItStandsForNoPhraseOrAPerson() {
    #expect(summaries("The plant opened in 1990. It was expanded in 1995. It was the largest in Europe in 2001.") == [
      "The plant opened in 1990", "The plant was expanded in 1995", "It was the largest in Europe in 2001",
    ])
    let reports = summaries("Northgate Bank said on June 2 it had cut 40 jobs in May. Mayor Ruth Ebner said on June 3 it would reopen in 2026.")
    #expect(reports.contains("Northgate Bank had cut 40 jobs in May") && reports.contains("It would reopen in 2026"), "\(reports)")
    let setOff = summaries(
      "Northgate Bank cut its rate on June 3, its first cut since 2020, and said it expected to cut again in 2025. It was announced on June 4 that rates would fall.")
    #expect(
      setOff.contains("Northgate Bank expected to cut again in 2025") && setOff.contains { $0.hasPrefix("It was announced") },
      "\(setOff)")
  }

  @Test func aSubjectPronounAfterAnObjectPronounStays() {
    let told = summaries(
      "The harbour board said on June 3 it had received 40 complaints. The first complaint reached it in March, but it did not warn the council until May.")
    #expect(told.contains("It did not warn the council until May") && !told.contains { $0.hasPrefix("The first complaint did") }, "\(told)")
    let reported = summaries("The harbour board said it opened an inquiry once it received formal notice of the sale.")
    #expect(reported.contains("The harbour board received formal notice of the sale"), "\(reported)")
  }

  @Test func itStaysWhenTheSentenceBeforeTellsItsVerbOfAnotherThing() {
    let told = summaries("Northgate Bank announced on June 3 a second fair to be held in July. It will be held at the Corn Exchange on July 12.")
    #expect(told.contains("It will be held at the Corn Exchange on July 12"), "\(told)")
  }

  @Test(arguments: [
    ("The bank raised rates in August, when it lifted them by a quarter point.", "The bank lifted them by a quarter point"),
    ("Shares in Northgate Bank rose 11% on Tuesday after it raised its profit forecast.",
     "Northgate Bank raised its profit forecast"),
    ("The drivers walked out on Monday after they rejected a pay offer.", "The drivers rejected a pay offer"),
  ])
  func aSubordinatePronounTakesTheOneNounPhraseBeforeThatAgrees(text: String, summary: String) {
    #expect(summaries(text).contains(summary), "\(summaries(text))")
  }

  @Test(arguments: [
    "The council approved the plan on Monday after it was revised in May.",
    "The nurse treated the patient on Monday after she was admitted in May.",
  ])
  func aSubordinatePronounStaysWhenTwoPhrasesAgreeOrAPersonIsNamed(text: String) {
    let found = summaries(text)
    #expect(!found.contains { $0.hasPrefix("The council was revised") || $0.hasPrefix("The plan was revised") }, "\(found)")
    #expect(!found.contains { $0.hasPrefix("The nurse was admitted") || $0.hasPrefix("The patient was admitted") }, "\(found)")
  }
}
