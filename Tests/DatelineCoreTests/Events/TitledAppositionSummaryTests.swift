import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A speaker or subject named in apposition after the noun phrase it stands for, with a title or
/// honorific before the name (`The clinic's chief executive, Dr Nadia Ferrow, said …`), is told as any
/// name in apposition: kept with that phrase, or brought in front without its commas; a verb in
/// `-s` after such a name is the clause's verb (`Its owner, Harlow Foods, plans to …`).
@Suite struct TitledAppositionSummaryTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2025-04-16").events.map(\.summary)
  }

  @Test func aTitledNameInAppositionKeepsItsPhrase() {
    let found = summaries("The clinic's chief executive, Dr Nadia Ferrow, said the ward had been closed on Monday.")
    #expect(found.contains("The clinic's chief executive, Dr Nadia Ferrow, said the ward had been closed on Monday"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("Nadia Ferrow") }, "\(found)")
  }

  @Test func aTitledNameBroughtInFrontLeavesItsComma() {
    let found = summaries(
      "The regional health board's acting chief executive, Dr Nadia Ferrow, said on Tuesday that the new cancer ward at the county hospital would open in May.")
    #expect(found.contains { $0.hasPrefix("Dr Nadia Ferrow said on Tuesday that the new cancer ward") }, "\(found)")
    #expect(!found.contains { $0.hasPrefix("Nadia Ferrow") }, "\(found)")
  }

  @Test func aVerbAfterANameInAppositionIsTheClausesVerb() {
    let found = summaries("Its owner, Harlow Foods, plans to sell the brand next year.")
    #expect(!found.contains { $0.hasPrefix("Plans") }, "\(found)")
    #expect(found.contains { $0.contains("Harlow Foods, plans to sell the brand next year") }, "\(found)")
  }
}
