import Testing

@testable import DatelineCore

/// Relative expressions, against Tuesday 2021-11-09.
@Suite struct RelativeRuleTests {
  @Test func daysNamedFromToday() {
    expectTime("The minister spoke [[today]].", "2021-11-09", .date)
    expectTime("He resigned [[yesterday]].", "2021-11-08")
    expectTime("The court rules [[tomorrow]].", "2021-11-10")
    expectTime("They met [[yesterday afternoon]].", "2021-11-08TAF", .time)
    expectTime("He will speak [[tonight]].", "2021-11-09TNI", .time)
    expectTime("Shots were fired [[last night]].", "2021-11-08TNI", .time)
    expectTime("Markets fell [[this morning]].", "2021-11-09TMO", .time)
    expectTime("He arrived [[the day before yesterday]].", "2021-11-07")
    expectTime("He leaves [[the day after tomorrow]].", "2021-11-11")
  }

  @Test func periodsNamedFromToday() {
    expectTime("Talks failed [[last week]].", "2021-W44")
    expectTime("Rallies were held [[this past weekend]].", "2021-W44-WE")
    expectTime("Rallies are planned for [[this coming weekend]].", "2021-W45-WE")
    expectTime("The fair took place [[this weekend]].", "2021-W44-WE")
    expectTime("The fair takes place [[this weekend]].", "2021-W45-WE")
    expectTime("Prices rose [[this month]].", "2021-11")
    expectTime("Elections are due [[next year]].", "2022")
    expectTime("Profit fell [[last quarter]].", "2021-Q3")
    expectTime("Hate groups grew over [[the past year]].", "2020", .date)
    expectTime("Sales doubled in [[past decade]] terms.", "P10Y", .duration)
    expectTime("It was cold [[last month]].", "2021-10")
    expectTime("Sales rose [[earlier this year]].", "2021")
    expectTime("It will end [[later this month]].", "2021-11")
    expectTime("It ends by [[the end of the year]].", "2021")
    expectTime("The deal should close by [[year-end]].", "2021")
    expectTime("Sales for [[the full year]] rose.", "2021")
    expectTime("Sales fell in [[the latest period]].", "2021-Q3")
    expectTime("By [[mid afternoon]] the shelling stopped.", "2021-11-09TAF", .time)
  }

  @Test func weekdaysWithDeictics() {
    expectTime("He left [[last Friday]].", "2021-11-05")
    expectTime("He arrives [[next Monday]].", "2021-11-15")
    expectTime("They flew out [[last April]].", "2021-04")
  }

  @Test func phrasesAnchoredInTheStory() {
    expectTime("The attack came on Nov. 2. [[The next day]], troops moved in.", "2021-11-03")
    expectTime("Troops arrived on Oct. 4 and left [[the following week]].", "2021-W41")
    expectTime("He landed on Oct. 4. [[That evening]] he spoke.", "2021-10-04TEV", .time)
    expectTime("The vote was on Oct. 10. [[The previous day]] was calm.", "2021-10-09")
    expectTime("The vote was on Oct. 10. He had left [[the day before]].", "2021-10-09")
    expectTime("It began on Oct. 10. He left [[two days later]].", "2021-10-12")
    expectTime("Rebels took the city on Oct. 10. [[Three weeks earlier]], talks had failed.", "2021-09-19")
  }

  @Test func anAmountLaterOrEarlierThanSomethingMeasuresAndPlacesNothing() {
    expectTime("The ship sailed on Oct. 4, [[three weeks]] later than planned.", "P3W", .duration)
    expectTime("It opened in May, [[two months]] earlier than expected.", "P2M", .duration)
    expectTime("It began on Oct. 10. He left [[three weeks later]].", "2021-10-31")
  }

  @Test func amountsFromAMonthOrYearKeepItsPrecision() {
    expectTime("The first fire was reported in May. [[Two days later]] a second one broke out.", "2021-05")
    expectTime("The fund raised concerns in January 2020. It met the board [[two weeks later]].", "2020-01")
    expectTime("The fund raised concerns in January 2020. It met the board [[six weeks later]].", "2020-02")
    expectTime("The mine closed in 2015. [[Three days later]] the school shut.", "2015")
    expectTime("The mine closed in 2015. [[The next day]] the school shut.", "2015")
    expectTime(
      "It learned from 2015. Alerts rose on May 14 and fell [[three days later]].", "XXXX-XX-XX", reference: nil)
    expectTime("The first fire was in May. Crews fought it. [[Two days later]] a second one broke out.", "2021-05")
  }

  @Test func aSeasonOrMonthBeforeOrAfterTheStorysTime() {
    expectTime("She retired in 2019 and wrote the book [[the following spring]].", "2020-SP")
    expectTime("She retired in November 2019 and left [[the following summer]].", "2020-SU")
    expectTime("She retired in January 2019 and left [[the following summer]].", "2019-SU")
    expectTime("The plant shut in 2019. It had lost money [[the previous winter]].", "2018-WI")
    expectTime("The plant shut in 2019. [[That summer]] the town emptied.", "2019-SU")
    expectTime("The fire started in May 2018. [[The following April]] the inquiry opened.", "2019-04")
  }

  @Test func aSecondMoveCountsFromTheMonthOrYearTheFirstMovedFrom() {
    expectTime("The first fire was reported in May. A day later it spread. [[Two weeks later]] another broke out.", "2021-05")
    expectTime("The mine closed in 2015. Three days later the school shut. [[Two weeks later]] the shop shut.", "2015")
    expectTime("The fund raised concerns in January 2020. A week later it wrote. [[Six weeks later]] it sold.", "2020-02")
  }

  @Test func amountsFromTheLastDayUnlessTheStoryMovedOn() {
    expectTime(
      "The fund wrote on March 2. Its first fire was reported in May. [[Two days later]] another broke out.", "2021-05")
    expectTime("The fire began on Oct. 4. It was first reported in May. [[Two days later]] it spread.", "2021-05")
    expectTime("On Oct. 4 the fund said it first raised concerns in May. [[Two days later]] it sold.", "2021-10-06")
    expectTime(
      "The shop was raided on Saturday. It was hit in 2019.\n\nA car was found [[a day later]].", "2021-11-07")
    expectTime("The shop was raided on Saturday. It was hit in 2019. A car was found [[a day later]].", "2019")
    expectTime("It began on Oct. 10. By November it had spread. At [[9 p.m.]] the fire reached the town.", "2021-10-10T21:00", .time)
  }

  @Test func aClockTimeAfterADayToldInThePastPerfectIsOnTheStorysDay() {
    expectTime(
      "The ferry sank on Sunday. Inspectors had checked its hull on Friday. It left port at [[6 a.m.]]", "2021-11-07T06:00",
      .time)
    expectTime("The ferry sank on Sunday. Inspectors had checked its hull on Friday at [[6 a.m.]]", "2021-11-05T06:00", .time)
  }

  @Test func theNightBeforeAnEvent() throws {
    let tagging = TimeTagging("He joined the protests [[the night before]] the drone attack.")
    let night = try #require(tagging.marked)
    #expect(night.kind == .time)
    #expect(night.shift == TimeShift(amount: 1, unit: .day, direction: .before, partOfDay: .night))
    #expect(night.resolved(against: .day(2021, 11, 7))?.timex == "2021-11-06TNI")
    #expect(night.resolved(against: .month(2021, 11)) == nil)
  }

  @Test func amountsBeforeAnEventAreDurationsWithAShift() throws {
    let tagging = TimeTagging("Troops arrived [[two days]] before the election.")
    let days = try #require(tagging.marked)
    #expect(days.value.timex == "P2D")
    #expect(days.shift?.description == "-2 days")
    #expect(days.resolved(against: .day(2021, 10, 10))?.timex == "2021-10-08")
  }

  @Test func shiftsAreRecordedForStoryAnchoredPhrases() throws {
    let tagging = TimeTagging("The attack came on Nov. 2. [[The next day]], troops moved in.")
    let next = try #require(tagging.marked)
    #expect(next.shift == TimeShift(amount: 1, unit: .day, direction: .after))
    guard case .relativeToNarrative(let anchor) = next.resolution else {
      Issue.record("expected a narrative anchor, got \(next.resolution)")
      return
    }
    #expect(tagging.analysis.string(anchor) == "Nov. 2")
  }
}
