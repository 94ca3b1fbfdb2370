import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A report whose content names its own time gives two events: the statement, of the story's
/// days, and what it tells, of its own date.
@Suite struct ReportedClauseTests {
  /// Each event's summary and date value (`undated` when it has none).
  private func dates(_ text: String, published: String = "2010-10-20") -> [String: String] {
    let timeline = Fixture.timeline([text], published: published)
    return Dictionary(
      timeline.events.map { ($0.summary, $0.date?.value.timex ?? "undated") }, uniquingKeysWith: { first, _ in first })
  }

  @Test func aSaleToldInAReportKeepsItsYear() {
    let found = dates("Ilse Marvik said that her company sold 13.7 million toasters last year.")
    #expect(found["Ilse Marvik said that her company sold 13.7 million toasters last year"] == "2010-10-20")
    #expect(found["Ilse Marvik's company sold 13.7 million toasters last year"] == "2009")
  }

  @Test func aClaimInThePresentIsOfThePublicationDay() {
    let found = dates("Rowan Corps claims that Orchard Computer’s store violates an agreement reached between the two firms in 1991.")
    #expect(found.count == 2, "\(found)")
    #expect(found.first { $0.key.hasPrefix("Rowan Corps claims") }?.value == "2010-10-20")
    #expect(found.first { $0.key.hasPrefix("Orchard Computer’s store violates") }?.value == "1991")
  }

  @Test func theSpeakingsOwnTimeBeforeThatKeepsTheReportWhole() {
    let found = dates("The regulator said earlier this month that punctuality had fallen sharply.")
    #expect(found.keys.contains("The regulator said earlier this month that punctuality had fallen sharply"), "\(found)")
  }

  @Test func aTimeInsideTheReportedSubjectDoesNotDateTheSaying() {
    let found = dates("Governor Ada Moss said a further rate cut in the spring was likely.")
    let said = found.first { $0.key.contains("said a further rate cut") }
    #expect(said?.value == "2010-10-20", "\(found)")
    let told = dates("The union announced that the strike on Monday would go ahead.")
    #expect(told["The union announced that the strike on Monday would go ahead"] == "2010-10-20", "\(told)")
    #expect(!told.keys.contains("The union announced that the strike on Monday"), "\(told)")
  }

  @Test func aReportWithoutThat() {
    let found = dates("The firm said it opened the store in 2003.")
    #expect(found["The firm opened the store in 2003"] == "2003")
    #expect(found["The firm said it opened the store in 2003"] == "2010-10-20")
  }

  @Test func aReportWhosePredicateIsQuotedKeepsItsOwnTime() {
    let found = dates("Judge Ines Varga said the board \"ignored its own rules\" in March.")
    #expect(found["The board \"ignored its own rules\" in March"] == "2010-03", "\(found)")
    #expect(found["Judge Ines Varga said the board \"ignored its own rules\" in March"] == "2010-10-20", "\(found)")
  }

  @Test func theSpeakingKeepsItsOwnDate() {
    let found = dates("Marvik announced on Monday that her firm had bought the plant in 2008.")
    #expect(found.first { $0.key.hasPrefix("Marvik announced on Monday") }?.value == "2010-10-18", "\(found)")
    #expect(found["Marvik's firm had bought the plant in 2008"] == "2008", "\(found)")
  }

  @Test func claimsAfterADeterminerAreANoun() {
    let found = dates("The claims that the firm broke the deal in 1991 were rejected.")
    #expect(!found.keys.contains { $0.contains("claims that") && found[$0] == "2010-10-20" }, "\(found)")
  }

  @Test func aReportWithoutATimeOfItsOwnIsOneEvent() {
    let found = dates("Police said five people were killed in the blast.")
    #expect(found.count == 1, "\(found)")
  }

  @Test func aSpeechVerbWithAnObjectReportsNoClause() {
    let found = dates(
      "Officials described a chaotic night from the time Marvik closed the border at 10 p.m. Tuesday.")
    #expect(found.count == 1, "\(found)")
  }

  @Test func anAsideBetweenTheReportedSubjectAndItsVerbKeepsTheReport() {
    let found = dates("The minister said the second payment, worth 300 euros, would arrive on November 5.")
    #expect(found["The second payment, worth 300 euros, would arrive on November 5"] == "2010-11-05", "\(found)")
  }

  @Test func theSpeakingsPhraseBeforeThatKeepsTheReport() {
    let found = dates("The agency said in a short statement that the ferry would sail again on November 5.")
    #expect(found["The ferry would sail again on November 5"] == "2010-11-05", "\(found)")
  }

  @Test func aLongSubjectAfterThatKeepsTheReport() {
    let found = dates("Inspectors said that nine wagons of the 40-wagon Dunmore Freight coal train left the rails on Oct. 3.")
    #expect(
      found["Nine wagons of the 40-wagon Dunmore Freight coal train left the rails on Oct. 3"] == "2010-10-03", "\(found)")
  }
}
