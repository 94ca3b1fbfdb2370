import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A shortened summary keeps what its clause needs to mean what it says: a span of time keeps
/// what it is measured to, a place stays before a trailing phrase, a clause with its own subject
/// stays, and a report keeps what it says, without how or where it was told.
@Suite struct SummaryCutTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2022-03-10").events.map(\.summary)
  }

  @Test func aSpanOfTimeKeepsWhatItIsMeasuredTo() {
    let found = summaries(
      "The last big Lisbon bus drivers' walkout, in March 2021, was called off hours before it was due to begin after a late agreement on pay.")
    #expect(!found.contains { $0.hasSuffix("was called off hours") }, "\(found)")
    // The stretch and the clause it places go together, as `a day before the minister was due
    // to present it` (SummaryFragmentTests): `it` opens that clause as a noun phrase does.
    #expect(found.contains { $0.hasSuffix("was called off") }, "\(found)")
  }

  @Test func aPlaceStaysBeforeATrailingPhrase() {
    let found = summaries(
      "On Sunday, protesters surrounded the governor’s residence in Valletta’s historic Old Town in an apparent attempt to force him to resign.")
    #expect(found.contains("Protesters surrounded the governor’s residence in Valletta’s historic Old Town"), "\(found)")
  }

  @Test func aSecondClauseWithItsOwnSubjectStays() {
    let found = summaries(
      "On Saturday Maria Okafor gave the visitors the lead after 20 minutes and Tomas Lindqvist scored a second goal from a corner.")
    #expect(found.contains { $0.contains("Tomas Lindqvist scored a second goal") }, "\(found)")
    let earlier = summaries(
      "On Saturday coach Ana Ruiz made three substitutions at the break and her team drew level through a late header from substitute Marta Lopes.")
    #expect(earlier.contains { $0.contains("her team drew level") }, "\(earlier)")
  }

  @Test func aReportKeepsWhatItSays() {
    let found = summaries(
      "On Friday Femi Oyelaran, the missing climber's brother, told the regional radio station by phone from Lagos that the family had given up hope of a rescue.")
    #expect(found.contains { $0.contains("told the regional radio station that the family had given up hope") }, "\(found)")
  }

  @Test func aVerbThatDoesNotSpeakThereKeepsItsPhraseBeforeThat() {
    let found = summaries(
      "Korvell Motors said on Monday it would recall about 200,000 of its Tessa 5 cars after reports that brakes had failed on wet roads.")
    #expect(found.allSatisfy { !$0.contains("cars that brakes") }, "\(found)")
    #expect(found.contains { $0.contains("cars after reports that brakes had failed") }, "\(found)")
  }
}
