import Testing

@testable import DatelineCore

@Suite struct TimeValueTests {
  @Test func weekdaysOfUnknownWeeksRoundTrip() {
    #expect(TimeValue(timex: "XXXX-WXX-1")?.timex == "XXXX-WXX-1")
    #expect(TimeValue(timex: "2021-W45-3")?.point?.weekday == 3)
    #expect(TimeValue(timex: "2021-W45-9") == nil)
    #expect(TimeValue(timex: "XXXX-WXX-2TNI")?.timex == "XXXX-WXX-2TNI")
  }

  @Test func millenniaAreDurations() {
    #expect(TimeValue(timex: "P2L")?.timex == "P2L")
  }

  @Test func fractionsCanBeWrittenInTheNextSmallerUnit() {
    #expect(TimeDuration(2.5, .year, splitsFraction: true).timex == "P2Y6M")
    #expect(TimeDuration(1.5, .minute, splitsFraction: true).timex == "PT1M30S")
    #expect(TimeDuration(1.5, .day, splitsFraction: true).timex == "P1DT12H")
    #expect(TimeDuration(0.5, .hour, splitsFraction: true).timex == "PT30M")
    #expect(TimeDuration(1.5, .week, splitsFraction: true).timex == "P1.5W")
    #expect(TimeDuration(1.5, .month, splitsFraction: true).timex == "P1.5M")
    #expect(TimeDuration(2.5, .year).timex == "P2.5Y")
    for text in ["P2Y6M", "PT1M30S", "P1DT12H", "PT5H30M", "P1.5W", "P1.5Y"] {
      #expect(TimeValue(timex: text)?.timex == text)
    }
    #expect(TimeDuration(timex: "P2Y6M") == TimeDuration(2.5, .year))
    #expect(TimeValue(timex: "P3M") == .duration(TimeDuration(3, .month, splitsFraction: true)))
    #expect(TimeDuration(timex: "P2Y3D") == nil)
  }

  @Test func shiftsMoveAnchors() {
    let week = TimeShift(amount: 3, unit: .week, direction: .after)
    #expect(week.apply(to: .day(2021, 11, 7))?.timex == "2021-11-28")
    let year = TimeShift(amount: 1, unit: .year, direction: .before)
    #expect(year.apply(to: TimePoint(precision: .quarter, year: 1989, quarter: 3))?.timex == "1988-Q3")
    let evening = TimeShift(amount: 0, unit: .day, direction: .same, partOfDay: .evening)
    #expect(evening.apply(to: .day(2021, 11, 7))?.timex == "2021-11-07TEV")
    #expect(evening.description == "same day EV")
    #expect(year.apply(to: .year(nil)) == nil)
    let hours = TimeShift(amount: 3, unit: .hour, direction: .after)
    let lateEvening = TimePoint(precision: .minute, year: 2021, month: 11, day: 7, hour: 22, minute: 30)
    #expect(hours.apply(to: lateEvening)?.timex == "2021-11-08T01:30")
    #expect(hours.apply(to: .day(2021, 11, 7))?.timex == "2021-11-07")
  }
}
