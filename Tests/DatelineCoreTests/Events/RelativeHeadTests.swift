import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A relative clause is about a head further back than the noun phrase right before it when that
/// phrase cannot do what the clause tells: `who` after an apposition is about the person it sets
/// off, and a verb only a happening takes (`lasted`) is about the event noun before a preposition.
@Suite struct RelativeHeadTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2026-04-10").events.map(\.summary)
  }

  @Test func whoAfterAnAppositionIsAboutThePersonItSetsOff() {
    let found = summaries(
      "Anton Berg, the former chief executive of Vessel Bank, who was jailed in 2019 for fraud, was released on Monday.")
    #expect(found.contains { $0.hasPrefix("Anton Berg was jailed in 2019") }, "\(found)")
    #expect(!found.contains { $0.hasPrefix("Vessel Bank was jailed") }, "\(found)")
  }

  @Test(arguments: [
    "Dr Lena Okafor of Varholm University, who led the study, said the planet was too hot for life.",
    "Dr Lena Okafor of the University of Varholm, who led the study, said the planet was too hot for life.",
    "\"The planet is too hot for life,\" said Dr Lena Okafor of the University of Varholm, who led the study.",
  ])
  func whoAfterAPersonsPlaceOfWorkIsAboutThePerson(text: String) {
    let found = summaries(text)
    #expect(found.contains("Lena Okafor led the study"), "\(found)")
    #expect(!found.contains { $0.contains("Varholm led the study") }, "\(found)")
  }

  @Test func whoAfterAnAgeThatStandsForAPersonTellsOfIt() {
    let found = summaries("The 24-year-old, who scored 31 goals in 2025, has agreed a five-year contract.")
    #expect(found.contains("The 24-year-old scored 31 goals in 2025"), "\(found)")
    #expect(found.contains("The 24-year-old has agreed a five-year contract"), "\(found)")
  }

  @Test func aVerbOfAHappeningIsAboutTheEventNounBeforeThePreposition() {
    let found = summaries("The miners ended the strike at the Ostra copper mine, which lasted 23 days.")
    #expect(found.contains { $0.hasPrefix("The strike at the Ostra copper mine lasted 23 days") }, "\(found)")
    #expect(!found.contains { $0.hasPrefix("The Ostra copper mine lasted") }, "\(found)")
  }

  @Test(arguments: [
    ("Opposition leaders have demanded a vote of no confidence, which is expected to be held next week.", "A vote of no confidence is expected to be held"),
    ("The miners ended the strike at the Ostra mine, which took place in the spring.", "The strike at the Ostra mine took place"),
  ])
  func aHappeningsVerbReachesAcrossOfAndToTakePlace(text: String, prefix: String) {
    let found = summaries(text)
    #expect(found.contains { $0.hasPrefix(prefix) }, "\(found)")
  }
}
