import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Summaries that read alone: a report told with the quotation it opens, even past a paragraph
/// break or an aside after its `that`, and a pronoun that goes on a chain of pronouns, stands
/// for people named together, or is the object of its clause, told by what it stands for.
@Suite struct StandAloneSummaryTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2024-11-08").events.map(\.summary)
  }

  @Test(arguments: [",", ":"])
  func aReportEndingItsParagraphIsToldWithTheQuotationThatOpensTheNext(mark: String) {
    let found = summaries(
      "The Kellsport ferry pier collapsed on Tuesday. Port director Mina Rathbun stated\(mark)\n\n\"We will rebuild the pier before the summer.\"")
    #expect(
      found.contains("Port director Mina Rathbun stated\(mark) \"We will rebuild the pier before the summer.\""), "\(found)")
  }

  @Test func aReportWhoseThatOpensAQuotationAfterAnAsideIsToldWithIt() {
    let found = summaries(
      "The Kellsport ferry pier collapsed on Tuesday. A welder told the court on Wednesday that, after months of warnings, \"the beams were rotten.\"")
    #expect(found.contains { $0.hasPrefix("A welder told the court on Wednesday that \"the beams were rotten") }, "\(found)")
  }

  @Test func aReportWhoseSubjectAnAsideCutsKeepsWhoDidWhat() {
    let found = summaries(
      "The pier collapsed on Tuesday. Recent reports have revealed that the harbour authority, which had been warned by three engineering firms about corrosion in the beams since early 2022, postponed the repairs twice.")
    #expect(found.contains("Recent reports have revealed that the harbour authority postponed the repairs twice"), "\(found)")
  }

  @Test func anItAfterAnotherItGoesOnWithWhatThatStandsFor() {
    let found = summaries(
      "Northway Rail cut 200 jobs on Monday. It said the offer was fair on Tuesday. It also warned passengers of delays on Wednesday.")
    #expect(found.last == "Northway Rail also warned passengers of delays on Wednesday", "\(found)")
  }

  @Test func theyAfterNamesJoinedByAndStandsForThem() {
    let found = summaries("Ana Ruiz and Tom Pell inspected the pier on Monday. They found cracks in four pillars.")
    #expect(found.last == "Ana Ruiz and Tom Pell found cracks in four pillars", "\(found)")
  }

  @Test func anObjectThemTakesTheCountedObjectBefore() {
    let found = summaries("An avalanche buried three skiers near Chamonix on Thursday. Rescuers reached them within an hour.")
    #expect(found.last == "Rescuers reached the three skiers within an hour", "\(found)")
  }

  @Test func anObjectThemStaysWhenTheSubjectBeforeIsPlural() {
    let found = summaries("Rescue teams found two hikers on Thursday. Volunteers carried them down the mountain.")
    #expect(found.last == "Volunteers carried them down the mountain", "\(found)")
  }

  @Test func aReportWhoseThatOpensWithAPhraseOfTimeIsToldWithItsClause() {
    let found = summaries("The inquiry opened on Monday. Mara Voss also claims that in 2019 and 2020, she was told to remove asbestos.")
    #expect(found.contains("Mara Voss also claims that in 2019 and 2020 she was told to remove asbestos"), "\(found)")
    // A possessive's apostrophe in the phrase is no quotation.
    let owned = summaries("The inquiry opened on Monday. Mara Voss also claims that in the company's yard, she was told to remove asbestos.")
    #expect(owned.contains("Mara Voss also claims that in the company's yard she was told to remove asbestos"), "\(owned)")
  }

  @Test func anItThatOnlySaysWhatAnEarlierHappeningWasIsNoEvent() {
    let found = summaries("A woman died in a landslide in Millbrook on Wednesday. It was the second death in the valley this month.")
    #expect(found == ["A woman died in a landslide in Millbrook on Wednesday"], "\(found)")
    let thing = summaries("The plant opened in 1990. It was the largest plant in Europe in 2001.")
    #expect(thing.count == 2, "\(thing)")
  }

  @Test func aNounInSBeforeAnArticleIsTheVerb() {
    let found = summaries("The council tables a motion on Thursday to fund the repairs.")
    #expect(found == ["The council tables a motion on Thursday to fund the repairs"], "\(found)")
  }

  @Test func aLongFindingEndsBeforeItsSecondThat() {
    let found = summaries(
      "Figures published last week by the fire service show that warehouse fires rose 14 per cent in 2023 and that most of them began at night.")
    #expect(
      found.contains("Figures published last week by the fire service show that warehouse fires rose 14 per cent in 2023"), "\(found)")
  }

  @Test func whatAThatOpensEndsBeforeASecondThat() {
    let found = summaries(
      "The storm hit on Monday. Figures published on Tuesday by the agency show that 4,200 homes lost power and that repairs may take until December.")
    #expect(found.contains("4,200 homes lost power"), "\(found)")
  }
}
