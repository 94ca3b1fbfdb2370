import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Shapes of dates that issue 17 found wrong on news the code had not seen: a season of a stated
/// year, a month that names a kind of thing beside the clause's day, a period set going from a
/// day ahead, a result told after a clause with a time of its own, and a decade in tokenized text.
/// All are told on Tuesday 10 June 2025.
@Suite struct UnseenDateShapeTests {
  private static let published = "2025-06-10"

  private func events(_ text: String) -> Timeline { Fixture.timeline([text], published: Self.published) }

  /// The date of the event whose summary holds `words`.
  private func date(of words: String, in text: String) -> String? {
    guard let event = events(text).events.first(where: { $0.summary.contains(words) }) else { return "no event" }
    return event.date?.value.timex
  }

  /// The actors of the event whose summary holds `words`.
  private func actors(of words: String, in text: String) -> [String] {
    let timeline = events(text)
    guard let event = timeline.events.first(where: { $0.summary.contains(words) }) else { return ["no event"] }
    return event.actors.map { timeline.actors[$0].name }
  }

  @Test func aSeasonOfAStatedYearIsOfThatYear() {
    expectTime("[[The autumn term of 2023]] began late.", "2023-FA", reference: Self.published)
    expectTime("Fees rose for [[the spring semester of 2021]].", "2021-SP", reference: Self.published)
    expectTime("Trading was slow in [[the summer transfer window of 2019]].", "2019-SU", reference: Self.published)
    expectTime("[[The winter season of 2022]] was the coldest on record.", "2022-WI", reference: Self.published)
    #expect(date(of: "began late", in: "The autumn term of 2023 began late.") == "2023-FA")
    // A season without a year of its own stays the reference's.
    expectTime("Work starts in [[the autumn]] of next term.", "2025-FA", reference: Self.published)
  }

  @Test func aMonthNamingAKindOfThingYieldsToTheDay() {
    #expect(date(of: "highest June", in: "Cork recorded its highest June temperature on Monday.") == "2025-06-09")
    #expect(date(of: "wettest", in: "Galway had its wettest April day on Sunday.") == "2025-06-08")
    #expect(date(of: "queued", in: "Shoppers queued for the first January sales on Friday.") == "2025-06-06")
    #expect(date(of: "busiest", in: "The port handled its busiest March week on record on Thursday.") == "2025-06-05")
    // A month that dates the clause keeps it.
    #expect(date(of: "opened", in: "The bridge opened in March.") == "2025-03")
  }

  @Test func aPeriodSetGoingNowRunsFromTheComingDay() {
    expectTime("The regulator has issued a warning from [[noon on Wednesday]].", "2025-06-11T12:00", reference: Self.published)
    expectTime("The council has announced a hosepipe ban from [[Monday]].", "2025-06-16", reference: Self.published)
    expectTime("The offer is valid until [[Monday]].", "2025-06-16", reference: Self.published)
    expectTime("The road has been closed until [[Monday]].", "2025-06-16", reference: Self.published)
    // A figure's starting point, and a past told in the simple past, are no such period.
    expectTime("Shares are down 3% from [[Monday]].", "2025-06-09", reference: Self.published)
    expectTime("The strike ran from [[Monday]] to Friday.", "2025-06-09", reference: Self.published)
    #expect(date(of: "issued a warning", in: "The regulator has issued a warning from noon on Wednesday.") == "2025-06-10")
    #expect(date(of: "announced", in: "The council has announced a hosepipe ban from Monday.") == "2025-06-10")
    #expect(date(of: "ran", in: "The strike ran from Monday.") == "2025-06-09")
    // What a clause in the simple past closed or put off until a day ahead was done by the report.
    #expect(date(of: "closed the ring road", in: "Police closed the ring road until Wednesday morning.") == "2025-06-10")
    #expect(date(of: "adjourned", in: "The court adjourned the trial until Monday.") == "2025-06-10")
    // An end before the report dates what lasted until it; one ahead dates what is to last.
    #expect(date(of: "served", in: "The mayor served until 2019.") == "2019")
    #expect(date(of: "will run", in: "The plan approved in March will run until 2026.") == "2026")
  }

  @Test func aResultWithATimeOfItsOwnIsAnEventOfThatTime() {
    let suit = "The firm added a music service in 2001, prompting Harlow Records to file suit in 2004."
    #expect(date(of: "added", in: suit) == "2001")
    #expect(events(suit).events.contains { $0.date?.value.timex == "2004" })
    #expect(!actors(of: "added", in: suit).contains("Harlow Records"))
    let sale = "The council cut its grant in 2010, forcing the club to sell its ground in 2012."
    #expect(date(of: "cut its grant", in: sale) == "2010")
    #expect(events(sale).events.contains { $0.date?.value.timex == "2012" })
    let strike = "Managers froze pay in March, sparking a walkout by nurses in May."
    #expect(date(of: "froze", in: strike) == "2025-03")
    #expect(events(strike).events.contains { $0.date?.value.timex == "2025-05" })
    // A participle without a time of its own stays part of its clause.
    let undated = "Dunmore Mills closed its plant in 2019, forcing Ana Roy out of work."
    #expect(events(undated).events.count == 1)
    #expect(actors(of: "closed", in: undated).contains("Ana Roy"))
  }

  @Test func aDecadeWithItsApostropheSetApartIsTheDecade() {
    expectTime("In [[the late 1980 's]] the firm grew.", "198", reference: Self.published)
    expectTime("Prices fell in [[the 1990 's]].", "199", reference: Self.published)
    expectTime("Output doubled in [[the 1970 ’s]].", "197", reference: Self.published)
    // A year's possessive written the same way is the year.
    expectTime("[[1990]] 's budget was cut.", "1990", reference: Self.published)
  }
}
