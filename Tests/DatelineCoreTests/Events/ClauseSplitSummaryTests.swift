import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Clauses are cut where their own words end: a time before a relative clause's noun is its
/// clause's, a place's region goes with the place, a clause with its own subject and time after
/// `and` is an event apart, and a fronted `after` clause is told as the clause it is.
@Suite struct ClauseSplitSummaryTests {
  private func events(_ text: String) -> [(summary: String, date: String)] {
    Fixture.timeline([text], published: "2022-03-10").events.map { ($0.summary, $0.date?.value.timex ?? "-") }
  }

  private func summaries(_ text: String) -> [String] { events(text).map(\.summary) }

  @Test(arguments: [
    ("Police arrested in May two men who were wanted for fraud.", "Two men were wanted for fraud"),
    ("Officers detained last week three drivers who had fled the scene.", "Three drivers had fled the scene"),
    ("Inspectors closed on Friday two kitchens that had failed a hygiene check.", "Two kitchens had failed a hygiene check"),
  ])
  func aTimeBeforeARelativeClausesNounIsNoWordOfIt(text: String, relative: String) {
    let found = summaries(text)
    #expect(found.contains(relative), "\(found)")
    #expect(found.filter { $0.hasSuffix(relative.dropFirst()) }.count == 1, "\(found)")
  }

  @Test func aTimeAfterADeterminerStaysInTheNounPhrase() {
    let found = summaries("Police arrested in May two men who were wanted for fraud. The museum sold the 2011 version, which fetched $4 million.")
    #expect(found.contains("The 2011 version fetched $4 million"), "\(found)")
    #expect(found.contains("Two men were wanted for fraud"), "\(found)")
  }

  @Test func aPlacesRegionAfterItsCommaIsPartOfThePlace() {
    let mill = summaries("The mill, which is based in Austin, Texas, cut 40 jobs on Monday.")
    #expect(mill.contains("The mill, which is based in Austin, Texas, cut 40 jobs on Monday"), "\(mill)")
    #expect(!mill.contains { $0.hasPrefix("The mill is based in Austin, Texas, cut") }, "\(mill)")
    let firm = summaries("Brenna Foods is based in Leeds, England, employs 900 staff and sells bread.")
    #expect(firm.contains("Brenna Foods is based in Leeds, England, employs 900 staff and sells bread"), "\(firm)")
  }

  @Test func aClauseWithItsOwnSubjectAndTimeAfterAndIsAnEventApart() {
    let found = events("Construction will begin later this year and the factory is expected to open in 2028.")
    #expect(found.contains { $0 == ("Construction will begin later this year", "2022") }, "\(found)")
    #expect(found.contains { $0 == ("The factory is expected to open in 2028", "2028") }, "\(found)")
    let ferry = events("The bridge closed in May and the ferry resumed service in June.")
    #expect(ferry.contains { $0 == ("The bridge closed in May", "2021-05") }, "\(ferry)")
    #expect(ferry.contains { $0 == ("The ferry resumed service in June", "2021-06") }, "\(ferry)")
  }

  @Test func clausesSharingOneTimeStayOneEvent() {
    let text = "The bridge closed in May and the ferry resumed service in June. Revenue rose and profits fell in 2021. The bakery won an award in 1988 and the mayor praised it."
    let found = summaries(text)
    #expect(found.contains("The ferry resumed service in June"), "\(found)")
    #expect(found.contains("Revenue rose and profits fell in 2021"), "\(found)")
    #expect(found.contains("The bakery won an award in 1988 and the mayor praised it"), "\(found)")
  }

  @Test(arguments: [
    ("After three days of heavy rain caused landslides, the road was closed on Sunday.", "Three days of heavy rain caused landslides"),
    ("Before four hours of questioning ended, the suspect confessed on Tuesday.", "Four hours of questioning ended"),
    ("After 40 people died in the fire, the mayor resigned on Monday.", "40 people died in the fire"),
    ("Since I joined the board in 2019, I have voted against every cut.", "I joined the board in 2019"),
  ])
  func aFrontedClauseAfterAPrepositionIsToldAsAClause(text: String, clause: String) {
    let found = summaries(text)
    #expect(found.contains(clause), "\(found)")
    #expect(!found.contains { $0.hasPrefix("After") || $0.hasPrefix("Before") || $0.hasPrefix("Since") }, "\(found)")
  }

  @Test func aSpanOfTimeOpensAClauseOnlyBeforeItsVerb() {
    let found = summaries("After three days of talks, the strike ended on Sunday. After two years of talks collapsed, the union walked out on Monday.")
    #expect(found.contains("The strike ended on Sunday"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("Three days") }, "\(found)")
    #expect(found.contains("Two years of talks collapsed"), "\(found)")
  }

  @Test(arguments: [
    ("The plant will close later this year.", "2022"),
    ("The council will open a library next year.", "2023"),
  ])
  func aFutureWithAYearToldWithoutAPrepositionIsAnEvent(text: String, date: String) {
    let found = events(text)
    #expect(found.contains { $0.date == date }, "\(found)")
  }
}
