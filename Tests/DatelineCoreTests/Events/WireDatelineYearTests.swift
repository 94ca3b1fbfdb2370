import Testing

@testable import DatelineCore

/// A wire story whose dateline names the day without its year (`NORLAND CITY, March 6 (Wirepost)
/// -`): the year is completed from the latest date the story tells as past and the weekday its
/// lead names, and what is counted from it is shown as inferred.
@Suite struct WireDatelineYearTests {
  static func timeline(_ text: String) throws -> Timeline {
    let document = try DocumentLoader(published: nil).document(bytes: Array(text.utf8), name: "wire.txt", id: 0)
    return Pipeline().timeline(of: [document])
  }

  static let story = """
    Assembly passes rail bill after long fight

    NORLAND CITY, March 6 (Wirepost) - The assembly on Thursday passed a bill that gives regulators power to block railway mergers.

    The bill was first tabled in February 2023 by Senator Ines Varga. It stalled in committee that summer, and a second version failed last June.
    """

  @Test func theYearIsTheFirstAfterTheLatestDateOnTheLeadsWeekday() throws {
    let timeline = try Self.timeline(Self.story)
    #expect(timeline.documents.first?.metadata.published == TimeValue(timex: "XXXX-03-06"))
    let passed = try #require(timeline.events.first { $0.summary.contains("passed a bill") })
    #expect(passed.date?.value.timex == "2025-03-06")
    #expect(passed.date?.isInferred == true)
    let failed = try #require(timeline.events.first { $0.summary.contains("failed") })
    #expect(failed.date?.value.timex == "2024-06")
  }

  @Test func aSeasonWithThatTakesTheYearTheStoryToldLast() throws {
    let timeline = try Self.timeline(Self.story)
    let stalled = try #require(timeline.events.first { $0.summary.contains("stalled") })
    #expect(stalled.date?.value.timex == "2023-SU")
  }

  @Test func oneFindingSaysTheYearWasInferred() throws {
    let findings = try Self.timeline(Self.story).findings.filter { $0.kind == .noReferenceTime }
    #expect(findings.count == 1)
    #expect(findings.first?.message.contains("names no year") == true)
    #expect(findings.first?.message.contains("2025") == true)
  }

  @Test func theFindingNamesTheLeadsWeekdayOnlyWhenTheLeadNamesOne() throws {
    let withoutWeekday = "Rail bill\n\nNORLAND CITY, March 6 (Wirepost) - The assembly passed a rail bill. It was first tabled in February 2023."
    let stated = try #require(try Self.timeline(withoutWeekday).findings.first { $0.kind == .noReferenceTime })
    #expect(stated.message.contains("2024") && !stated.message.contains("weekday"), "\(stated.message)")
    let noYear = "Rail bill\n\nNORLAND CITY, March 6 (Wirepost) - The assembly passed a rail bill."
    let document = try DocumentLoader(published: nil).document(bytes: Array(noYear.utf8), name: "wire.txt", id: 0)
    let timeline = Pipeline(today: .day(2026, 12, 4)).timeline(of: [document])
    let fromToday = try #require(timeline.findings.first { $0.kind == .noReferenceTime })
    #expect(fromToday.message.contains("2026") && !fromToday.message.contains("weekday"), "\(fromToday.message)")
    #expect(try Self.timeline(Self.story).findings.contains { $0.message.contains("the weekday the lead names") })
  }

  @Test func aYearStatedWithoutItsDayIsBeforeTheStorysYearUnlessTheLeadsWeekdayFitsIt() throws {
    let text = """
      Dockers strike

      HARBOUR TOWN, August 21 (Wirepost) - Dockers went on strike on Thursday over pay.

      The last strike, in 2014, lasted five months.
      """
    // Thursday, 21 August fits the year told itself: the weekday is sought from it, not from
    // the year after, which would reach 2025.
    let strike = try #require(try Self.timeline(text).events.first { $0.summary.contains("went on strike") })
    #expect(strike.date?.value.timex == "2014-08-21", "\(String(describing: strike.date?.value.timex))")
    var points = ReferencePoints()
    points.stated = .month(2019, 8)
    #expect(PublicationYear.completed(.day(nil, 8, 21), points: points) == .day(2020, 8, 21))
  }

  @Test func withoutAWeekdayTheYearIsTheFirstNotBeforeTheLatestDate() {
    var points = ReferencePoints()
    points.stated = .day(2023, 9, 14)
    #expect(PublicationYear.completed(.day(nil, 10, 2), points: points) == .day(2023, 10, 2))
    #expect(PublicationYear.completed(.day(nil, 3, 6), points: points) == .day(2024, 3, 6))
  }

  @Test func theLeadsWeekdayPicksTheYear() {
    var points = ReferencePoints()
    points.stated = .month(2023, 3)
    points.leadWeekdays = 1 << 4
    #expect(PublicationYear.completed(.day(nil, 3, 6), points: points) == .day(2025, 3, 6))
    points.leadWeekdays = 1 << 3
    #expect(PublicationYear.completed(.day(nil, 2, 29), points: points) == .day(2040, 2, 29))
  }

  @Test func aStoryThatStatesNoYearKeepsItsDatesUnresolved() throws {
    let timeline = try Self.timeline(
      "Shares slide\n\nNORLAND CITY, May 14 (Wirepost) - Shares of Vantor Mills fell 9% on Wednesday after the company cut its forecast.")
    #expect(timeline.documents.first?.metadata.published == TimeValue(timex: "XXXX-05-14"))
    let fell = try #require(timeline.events.first { $0.summary.contains("fell") })
    #expect(fell.date?.value.point?.year == nil)
  }

  @Test func aStoryThatStatesNoYearTakesTheLatestYearUpToTodayOnTheLeadsWeekday() throws {
    let text = "Shares slide\n\nNORLAND CITY, May 14 (Wirepost) - Shares of Vantor Mills fell 9% on Wednesday after the company cut its forecast. Its chief executive resigned on Monday."
    let document = try DocumentLoader(published: nil).document(bytes: Array(text.utf8), name: "wire.txt", id: 0)
    let timeline = Pipeline(today: .day(2026, 12, 4)).timeline(of: [document])
    let fell = try #require(timeline.events.first { $0.summary.contains("fell") })
    #expect(fell.date?.value.timex == "2025-05-14", "\(String(describing: fell.date?.value.timex))")
    #expect(fell.date?.isInferred == true)
    let resigned = try #require(timeline.events.first { $0.summary.contains("resigned") })
    #expect(resigned.date?.value.timex == "2025-05-12", "\(String(describing: resigned.date?.value.timex))")
    let finding = try #require(timeline.findings.first { $0.kind == .noReferenceTime })
    #expect(finding.message.contains("nor does the text") && finding.message.contains("2025"), "\(finding.message)")
  }

  @Test func theYearFitsTheWeekdayOfTheLeadsMainEventNotOfADayBeforeIt() throws {
    let text = "Grain deal\n\nPORT ELVA, June 4 (Wirepost) - Mireton agreed on Wednesday to buy Halvard Grain for 12 crowns a share, a premium to the price at the close on Tuesday. Mireton was founded in January 2021."
    let agreed = try #require(try Self.timeline(text).events.first { $0.summary.contains("agreed") })
    #expect(agreed.date?.value.timex == "2025-06-04", "\(String(describing: agreed.date?.value.timex))")
  }

  @Test func theWeekdayOfTheSayingIsTheDatelinesWhenTheLeadTellsAnEarlierDay() throws {
    let text = "Ship aground\n\nPORT ELVA, June 10 (Wirepost) - A cargo ship lost power late on Sunday and drifted onto a sandbank, the coastguard said on Tuesday. Tugs will try to refloat it on Thursday."
    let document = try DocumentLoader(published: nil).document(bytes: Array(text.utf8), name: "wire.txt", id: 0)
    let timeline = Pipeline(today: .day(2026, 12, 4)).timeline(of: [document])
    let lost = try #require(timeline.events.first { $0.summary.contains("lost power") })
    #expect(lost.date?.value.timex.hasPrefix("2025-06-08") == true, "\(String(describing: lost.date?.value.timex))")
    let tugs = try #require(timeline.events.first { $0.summary.contains("refloat") })
    #expect(tugs.date?.value.timex == "2025-06-12", "\(String(describing: tugs.date?.value.timex))")
  }

  @Test func weekdaysAheadSayNothingOfTheYear() throws {
    let text = "Port strike\n\nPORT ELVA, March 12 (Wirepost) - Dockers will walk out from Tuesday to Thursday next week. The last walkout, in 2022, lasted a month."
    let timeline = try Self.timeline(text)
    let finding = try #require(timeline.findings.first { $0.kind == .noReferenceTime })
    #expect(finding.message.contains("2023"), "\(finding.message)")
  }

  @Test func todaysYearIsTakenOnlyUpToToday() {
    #expect(PublicationYear.latest(.day(nil, 3, 6), notAfter: .day(2026, 12, 4), leadWeekdays: 0) == .day(2026, 3, 6))
    #expect(PublicationYear.latest(.day(nil, 12, 20), notAfter: .day(2026, 12, 4), leadWeekdays: 0) == .day(2025, 12, 20))
    #expect(PublicationYear.latest(.day(nil, 12, 4), notAfter: .day(2026, 12, 4), leadWeekdays: 0) == .day(2026, 12, 4))
    #expect(PublicationYear.latest(.day(nil, 2, 29), notAfter: .day(2026, 12, 4), leadWeekdays: 0) == .day(2024, 2, 29))
  }

  @Test func aWeekdayOwningANounIsNotTheDayOfTheLead() throws {
    let timeline = try Self.timeline(
      """
      Count halted in the north

      VESTRA, Oct 6 (Wirepost) - Officials in Vestra halted the count in Sunday's vote on Monday after a ballot box went missing.

      Turnout was 55% at the previous vote in 2021.
      """)
    let halted = try #require(timeline.events.first { $0.summary.hasPrefix("Officials in Vestra halted the count") })
    #expect(halted.date?.value.timex == "2025-10-06", "Monday, 6 October: 2025, not 2024 (when the 6th was a Sunday)")
  }

  @Test func theLeadsWeekdayIsSoughtFromTheYearToldItself() throws {
    let text = """
      Jobless rate climbs

      PORT ELVA, July 21 (Wirepost) - Norland's jobless rate rose to 10.4 percent in the second quarter, the statistics office said on Monday.

      Joblessness fell to 7.9 percent in 2007, and the housing market collapsed in 2008. The office expects the rate to ease in 2014.
      """
    let rose = try #require(try Self.timeline(text).events.first { $0.summary.contains("said on Monday") })
    #expect(rose.date?.value.timex == "2008-07-21", "\(String(describing: rose.date?.value.timex))")
    #expect(rose.date?.isInferred == true)
    var points = ReferencePoints()
    points.stated = .year(2011)
    points.leadWeekdays = 1 << 5
    #expect(PublicationYear.completed(.day(nil, 3, 4), points: points) == .day(2011, 3, 4))
    points.leadWeekdays = 1 << 1
    #expect(PublicationYear.completed(.day(nil, 3, 4), points: points) == .day(2013, 3, 4))
  }

  @Test func aBareYearAheadOfTheLatestYearToldInThePastIsPassedOver() {
    var points = ReferencePoints()
    points.stated = .year(2014)
    points.pastYear = 2008
    #expect(PublicationYear.completed(.day(nil, 7, 21), points: points) == .day(2009, 7, 21))
    points.leadWeekdays = 1 << 1
    #expect(PublicationYear.completed(.day(nil, 7, 21), points: points) == .day(2008, 7, 21))
    points.stated = .day(2014, 2, 3)
    #expect(PublicationYear.completed(.day(nil, 7, 21), points: points) == .day(2014, 7, 21))
  }
}
