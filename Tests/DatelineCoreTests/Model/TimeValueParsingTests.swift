import Testing
@testable import DatelineCore

@Suite struct TimeValueParsingTests {
  @Test(arguments: [
    "2014", "2020-05", "2021-11-07", "2021-W45", "2021-W45-WE", "2021-Q4", "2021-H1", "2020-SU",
    "19", "199", "2021-11-07TNI", "2021-11-07T02", "2021-11-07T02:30", "2021-11-07T02:30:15",
    "XXXX-12-25", "FY2022", "P3M", "PXY", "PT2H", "PT30M", "P1.5Y", "P2DE", "PAST_REF", "PRESENT_REF",
    "FUTURE_REF",
  ])
  func timexValuesRoundTrip(value: String) {
    #expect(TimeValue(timex: value)?.timex == value)
  }

  @Test(arguments: ["", "2021-13", "2021-02-30", "2021-W60", "nonsense", "P3", "2021-11-07T25:00", "20211"])
  func invalidValuesAreRejected(value: String) {
    #expect(TimeValue(timex: value) == nil)
  }

  @Test func isoDateTimesDropTheirZone() {
    #expect(TimeValue(timex: "2021-11-09T10:15:00Z")?.timex == "2021-11-09T10:15:00")
    #expect(TimeValue(timex: " 2021-11-09 ")?.timex == "2021-11-09")
  }

  @Test func yearsComeBeforeTheDaysInThem() {
    let values = ["2021-11-07", "2021", "2021-11", "2014", "2021-10-10", "PAST_REF", "2019-10"].compactMap { TimeValue(timex: $0) }
    let sorted = values.sorted(by: TimeValue.timelineOrder)
    #expect(sorted.map(\.timex) == ["2014", "2019-10", "2021", "2021-10-10", "2021-11", "2021-11-07", "PAST_REF"])
  }

  @Test func intervalsCoverThePeriod() {
    let day = 1440
    let november = TimeValue(timex: "2021-11")!.interval!
    #expect(november.count == 30 * day)
    #expect(TimeValue(timex: "2020")!.interval!.count == 366 * day)
    #expect(TimeValue(timex: "2021-W45")!.interval!.lowerBound == CivilDay.number(year: 2021, month: 11, day: 8) * day)
    #expect(TimeValue(timex: "199")!.interval!.count == CivilDay.number(year: 2000, month: 1, day: 1) * day - CivilDay.number(year: 1990, month: 1, day: 1) * day)
    #expect(TimeValue(timex: "XXXX-12-25")!.interval == nil)
    let winter = TimeValue(timex: "1994-WI")!.interval!
    #expect(winter.lowerBound == CivilDay.number(year: 1994, month: 12, day: 1) * day)
    #expect(winter.upperBound == CivilDay.number(year: 1995, month: 3, day: 1) * day - 1)
  }

  @Test func civilDayArithmeticRoundTrips() {
    for n in stride(from: -800_000, through: 800_000, by: 997) {
      let date = CivilDay.date(n)
      #expect(CivilDay.number(year: date.year, month: date.month, day: date.day) == n)
    }
    #expect(CivilDay.number(year: 1970, month: 1, day: 1) == 0)
    #expect(CivilDay.weekday(CivilDay.number(year: 2021, month: 11, day: 7)) == 7)
    #expect(CivilDay.isoWeek(CivilDay.number(year: 2021, month: 1, day: 3)) == (2020, 53))
    #expect(!CivilDay.isValid(year: 2021, month: 2, day: 29) && CivilDay.isValid(year: 2024, month: 2, day: 29))
    #expect(CivilDay.number(year: 2021, month: 15, day: 1) == CivilDay.number(year: 2022, month: 3, day: 1))
    #expect(CivilDay.number(year: 2021, month: 0, day: 1) == CivilDay.number(year: 2020, month: 12, day: 1))
    #expect(CivilDay.number(year: 2021, month: 3, day: 0) == CivilDay.number(year: 2021, month: 2, day: 28))
  }
}
