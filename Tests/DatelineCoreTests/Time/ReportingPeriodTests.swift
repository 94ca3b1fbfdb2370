import Testing

@testable import DatelineCore

/// The periods of company reports, compared year on year (reference Tuesday 2021-11-09).
@Suite struct ReportingPeriodTests {
  @Test func yearEarlierComparesWithThePeriodReported() {
    expectTime("It lost money in the quarter ended Sept. 30, after a profit in [[the year-ago quarter]].", "2020-Q3")
    expectTime("Last year, net was $5 million. The [[year-earlier]] figures were restated.", "2020")
    expectTime("Sales in [[the 2020 quarter]] were restated.", "2020-Q3")
  }

  @Test func fiscalYears() {
    expectTime("Sales fell in [[the fiscal year]] ended Jan. 31.", "P1Y", .duration)
    expectTime("Earnings will be lower for [[the fiscal year]].", "2021", .date)
  }

  @Test func theYearIsTheOneReported() {
    expectTime("For [[the year]], pet food volume was flat.", "2021", .date)
    expectTime("The stock hit a high for [[the year]] of $42 in June.", "2021")
    expectTime("In 2019 the plant closed. For [[the year]], it lost $3 million.", "2019")
    expectNoTime("He still remembers the year that he left.")
  }

  @Test func aStretchOfTheYearIsComparedAsAYear() {
    expectTime("Profit rose in the third quarter. For the nine months, net was $8 million, up from $6 million [[a year earlier]].", "2020")
    expectTime("For the six months ended Aug. 12, net fell from $4 million [[a year earlier]].", "2020-08-12")
  }

  @Test func theSameMonthOfAYearIsTheMonthSpokenOfInThatYear() {
    expectTime("Admissions rose in July, against 2,400 in [[the same month of 2019]].", "2019-07")
    expectTime("Sales fell in the third quarter, after a rise in [[the same quarter of 2018]].", "2018-Q3")
    expectTime("Output rose in March from [[the same month in 2020]], a record.", "2020-03")
    expectTime("Orders fell in May from [[the same month]] a year ago.", "2021-05")
  }

  @Test func aShareBeforeAYearEarlierIsNoRate() {
    expectTime("Exports made up 45% of sales in the third quarter, compared with 40% [[a year earlier]].", "2020-Q3")
    expectNoTime("Guards earn $5 a day after taxes.")
  }
}
