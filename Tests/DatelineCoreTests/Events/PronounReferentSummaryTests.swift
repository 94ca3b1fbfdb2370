import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Summaries whose `it`, `they` or closing `he said` stands for something a reader finds at
/// once are told with it: the thing a sentence opens with for an `it` inside it, the thing the
/// pronoun was resolved to, `they` for a pair or before a relative `that`, and the person a
/// closing report's `he` stands for.
@Suite struct PronounReferentSummaryTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2024-06-20").events.map(\.summary)
  }

  @Test func itInsideItsSentenceTakesTheThingItOpensWith() {
    let told = summaries(
      "Marrow Foods was founded in Hull in 1971 by Edith Marrow and grew fast in the 1980s, when it opened shops in every county.")
    #expect(told.contains("Marrow Foods opened shops in every county"), "\(told)")
  }

  @Test func aPossessiveTakesAPersonWhoseGivenNameNoLexiconHolds() {
    let told = summaries("Oskari Venn spoke on Monday. His coalition collapsed in October.")
    #expect(told.contains("Oskari Venn's coalition collapsed in October"), "\(told)")
  }

  @Test func itTakesTheThingItWasResolvedTo() {
    let told = summaries(
      "Marrow Foods was founded in Hull in 1971 and grew fast in the 1980s, when it opened shops in every county. It was sold to Tarn Holdings in 2019.")
    #expect(told.contains("Marrow Foods was sold to Tarn Holdings in 2019"), "\(told)")
  }

  @Test func pastWhereOnlyAResolvedThingLeads() {
    let told = summaries("Ties improved after Dana Ruiz and Omar Beck met in Lisbon last May, where they agreed to cut tariffs.")
    #expect(!told.contains { $0.hasPrefix("Ties agreed") }, "\(told)")
  }

  @Test func theyTakesAGroupOfPeople() {
    let pair = summaries("The pair left the hut on May 28 for a five-day crossing. They last called home on June 1.")
    #expect(pair.contains("The pair last called home on June 1"), "\(pair)")
    let touring = summaries("The brothers started the band in 2015. They spent much of 2023 on a tour that ended in Leeds.")
    #expect(touring.contains { $0.hasPrefix("The brothers spent much of 2023") }, "\(touring)")
  }

  @Test func aClosingReportTakesThePersonItsPronounStandsFor() {
    let told = summaries(
      "Harbour master Ruth Ebner spoke on June 3. The board will review the tolls in July and publish new fees on August 1, she said.")
    #expect(told.contains { $0.hasSuffix(", Ruth Ebner said") && !$0.contains("she said") }, "\(told)")
  }
}
