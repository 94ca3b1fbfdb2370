import DatelineTestSupport
import Foundation
import Testing

@testable import DatelineCore

/// An event told over a range of dates keeps both ends: the date is the range's first part, `end`
/// its last, and the exports and the display show the whole range.
@Suite struct DateRangeTests {
  private func dates(_ text: String, published: String = "2025-10-30") -> [(summary: String, date: String?, end: String?)] {
    Fixture.timeline([text], published: published).events.map { ($0.summary, $0.date?.value.timex, $0.date?.end?.timex) }
  }

  private func range(of words: String, in text: String, published: String = "2025-10-30") -> String? {
    let found = dates(text, published: published)
    guard let event = found.first(where: { $0.summary.contains(words) }) else { return "no event: \(found)" }
    return (event.date ?? "-") + "/" + (event.end ?? "-")
  }

  @Test func betweenTwoYearsTheLaterLast() {
    #expect(range(of: "surveyed", in: "The team surveyed the reef between 1978 and 1985.") == "1978/1985")
    #expect(range(of: "built", in: "The bridge was built between 1985 and 1978.") == "1985/-")
  }

  @Test func fromOneMonthToAnotherUnlessTheDateIsChanged() {
    #expect(range(of: "were sold", in: "The heaters were sold from March 2022 to August 2024.") == "2022-03/2024-08")
    #expect(range(of: "vote", in: "The council moved the vote from March 2024 to May 2024.") == "2024-03/-")
  }

  @Test func yearsJoinedByADashNotAFigure() {
    #expect(range(of: "trained", in: "She trained as a nurse in Leeds in 1997-2000.") == "1997/2000")
    #expect(range(of: "trained", in: "She trained as a nurse in Leeds in 1997–2000.") == "1997/2000")
    #expect(range(of: "won", in: "The club won the cup in 2019-3,000 fans watched.") == "2019/-")
  }

  @Test func aYearWithTheLastTwoDigitsOfTheNext() {
    #expect(range(of: "exports", in: "Grain exports reached a record in the 2023-24 season.") == "2023/2024")
    #expect(range(of: "rose", in: "Spending rose 4% in 1999-00, the ministry said.") == "1999/2000")
  }

  @Test func yearsJoinedByTo() {
    #expect(range(of: "closures", in: "The border closures of 2020 to 2022 emptied the hotels.") == "2020/2022")
  }

  @Test func daysOfOneMonth() {
    #expect(range(of: "met", in: "The ministers met in Hanoi on May 19-20.", published: "2025-05-22") == "2025-05-19/2025-05-20")
    #expect(range(of: "met", in: "The ministers met in Hanoi from May 19 to 21.", published: "2025-05-22") == "2025-05-19/2025-05-21")
  }

  @Test func aWeekdayBeforeADateOfARelativeYear() {
    let text = "The festival will run from Thursday 7 August to Sunday 10 August next year."
    #expect(range(of: "festival", in: text, published: "2025-09-22") == "2026-08-07/2026-08-10")
  }

  @Test func aLaterTellingOfTheSameStartGivesTheEnd() {
    let text = "The fair will run from 7 August in the park. The fair will run from 7 August to 10 August, with a parade."
    let found = dates(text, published: "2025-03-22")
    #expect(found.count == 1 && found.first?.date == "2025-08-07" && found.first?.end == "2025-08-10", "\(found)")
  }

  @Test func theWeekdayAfterARangeOfDaysIsTheOneInsideIt() {
    let text = "The fair will run from Thursday 7 August to Sunday 10 August. The Marlowes will headline the Friday night."
    let found = dates(text, published: "2025-03-27")
    #expect(found.contains { $0.summary.contains("headline") && $0.date?.hasPrefix("2025-08-08") == true }, "\(found)")
  }

  @Test func aLengthAndAStart() {
    #expect(range(of: "visit", in: "The president will begin a three-day visit from Monday.", published: "2025-11-14") == "2025-11-17/2025-11-19")
    #expect(range(of: "strike", in: "Drivers will hold a two-week strike starting on May 4.", published: "2025-04-20") == "2025-05-04/2025-05-17")
    #expect(range(of: "plan", in: "The council adopted a five-year plan from 2026.") == "2026/2030")
    #expect(range(of: "visit", in: "The president will begin a one-day visit from Monday.", published: "2025-11-14") == "2025-11-17/-")
  }

  @Test func whatHasGoneOnSinceADateRunsToThePublicationDay() {
    #expect(range(of: "lost", in: "The club have lost two games since December 1.", published: "2025-04-13") == "2024-12-01/2025-04-13")
    #expect(range(of: "rhythm", in: "The team has found a rhythm since Christmas.", published: "2025-04-13") == "2024-12-25/2025-04-13")
    let text = "The rate has stood at 4% since December 2023, when the bank raised it for the last time."
    #expect(range(of: "raised", in: text, published: "2025-04-13") == "2023-12/-")
  }

  @Test func whatGoesOnUntilALaterTimeRunsFromThePublicationDay() {
    #expect(range(of: "ban", in: "The ban lasts until March.", published: "2024-11-08") == "2024-11-08/2025-03")
    #expect(range(of: "closure", in: "The closure will last until next month.", published: "2024-11-08") == "2024-11-08/2024-12")
    #expect(range(of: "striking", in: "Workers are striking until Monday.", published: "2024-11-08") == "2024-11-08/2024-11-11")
    #expect(range(of: "exhibition", in: "The exhibition runs through January 12.", published: "2024-11-08") == "2024-11-08/2025-01-12")
  }

  @Test func untilIsTheDateInThePastWhenNegatedOrFromAStart() {
    #expect(range(of: "shop", in: "The shop will not reopen until March.", published: "2024-11-08") == "2025-03/-")
    #expect(range(of: "strike", in: "The strike lasted until March.", published: "2024-11-08")?.hasSuffix("/-") == true)
    #expect(range(of: "fair", in: "The fair runs from December 2 until December 9.", published: "2024-11-08") == "2024-12-02/2024-12-09")
  }

  @Test func theDisplayAndTheExportsShowTheWholeRange() throws {
    let timeline = Fixture.timeline(["The team surveyed the reef between 1978 and 1985."], published: "2025-10-30")
    let date = try #require(timeline.events.first { $0.summary.contains("surveyed") }?.date)
    #expect(DateDisplay.text(date) == "1978 to 1985")
    let json = String(decoding: try JSONLinesExport.encoded(timeline), as: UTF8.self)
    #expect(json.contains("\"end\":\"1985\""), "\(json)")
    let ics = String(decoding: ICSExport.encoded(timeline), as: UTF8.self)
    #expect(ics.contains("DTSTART;VALUE=DATE:19780101") && ics.contains("DTEND;VALUE=DATE:19860101"), "\(ics)")
    let slides = String(decoding: try TimelineJSExport.encoded(timeline), as: UTF8.self).filter { !$0.isWhitespace }
    #expect(slides.contains("\"end_date\":{\"day\":\"31\",\"month\":\"12\",\"year\":\"1985\"}"), "\(slides)")
  }
}
