import Testing

@testable import DatelineCore

/// Dates in words, as the exports show them.
@Suite struct DateDisplayTests {
  @Test(arguments: [
    ("2014", "2014"), ("2019-10", "October 2019"), ("2021-10-10", "10 October 2021"),
    ("2021-11-06TNI", "6 November 2021, night"), ("2021-Q4", "Q4 2021"), ("2021-W45", "week of 8–14 November 2021"),
    ("199", "1990s"), ("2020-SU", "summer 2020"), ("2021-11-07T02:30", "7 November 2021, 02:30"),
    ("2021-WXX-7", "a Sunday in 2021"), ("XXXX-WXX-1", "a Monday"), ("PAST_REF", "PAST_REF"),
    ("2024-W35-WE", "weekend of 31 August – 1 September 2024"), ("2021-W44-WE", "weekend of 6–7 November 2021"),
    ("2022-W52-WE", "weekend of 31 December 2022 – 1 January 2023"), ("2024-W35", "week of 26 August – 1 September 2024"),
  ])
  func dates(timex: String, words: String) throws {
    let value = try #require(TimeValue(timex: timex))
    #expect(DateDisplay.text(value) == words)
  }

  @Test func undatedAndInferred() throws {
    #expect(DateDisplay.text(nil as EventDate?) == "undated")
    let value = try #require(TimeValue(timex: "2021-10"))
    #expect(DateDisplay.text(EventDate(value: value, expression: nil, isInferred: true)) == "October 2021 (inferred)")
  }
}
