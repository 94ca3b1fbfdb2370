import Testing

@testable import DatelineCore

@Suite struct ClockRuleTests {
  @Test func clockTimesOnTheReferenceDay() {
    expectTime("Drones struck at [[2:30 a.m.]] near the palace.", "2021-11-09T02:30", .time)
    expectTime("The blast came at [[10 p.m.]]", "2021-11-09T22:00")
    expectTime("Polls closed at [[18:00 GMT]] in Baghdad.", "2021-11-09T18:00")
    expectTime("Shares rose 4.1% by [[0930 GMT]].", "2021-11-09T09:30")
    expectTime("The index was flat at [[1415 ET]].", "2021-11-09T14:15")
    expectTime("Guards changed at [[noon]].", "2021-11-09T12:00")
    expectTime("He appears in court at [[midday]].", "2021-11-09T12:00")
    expectTime("The curfew starts at [[midnight]].", "2021-11-09T24:00")
    expectTime("He left at [[4 in the morning]].", "2021-11-09T04:00")
  }

  @Test func clockTimesWithTheirDay() {
    expectTime("The blast came at [[10:35 a.m. Friday]], police said.", "2021-11-05T10:35")
    expectTime("He called at [[9 a.m. yesterday]].", "2021-11-08T09:00")
    expectTime("Trading stopped at [[3:30 p.m. EST]] (2030 GMT) Friday.", "2021-11-05T15:30")
    expectTime("Trading stopped at 3:30 p.m. EST (2030 GMT) [[Friday]].", "2021-11-05")
  }

  @Test func aClockTimeIsNotOnTheDayOfTheSayingAfterIt() {
    expectTime("A man was stabbed at [[10:30 p.m.]], police said Thursday.", "2021-11-09T22:30")
  }

  @Test func aClockTimeCountsItsWeekdayAsTheWeekdayIsTold() {
    expectTime("Tickets go on sale at [[9am]] next Wednesday.", "2021-11-17T09:00", reference: "2021-11-11")
    expectTime("The doors open at [[8pm]] this Friday.", "2021-11-12T20:00", reference: "2021-11-11")
  }

  @Test func aCapitalizedClockInsideASentenceNamesAProgramme() {
    expectNoTime("She read the Six O'Clock News on national radio.")
    expectTime("The vote closes at [[ten o'clock]].", "2021-11-09T10:00")
  }

  @Test func britishClockTimesWithAPeriod() {
    expectTime("The van was stopped at [[1.20am]] near the bridge.", "2021-11-09T01:20", .time)
    expectTime("Fans left the ground at [[11.45 p.m.]]", "2021-11-09T23:45")
    expectNoTime("Shares rose 1.20 on the day.")
  }

  @Test func clockTimesOnTheStorysDay() {
    expectTime("He was shot on Oct. 23. It happened at [[10 p.m.]]", "2021-10-23T22:00")
  }

  @Test func aClockTimeIsNotOnTheDayAStateBegan() {
    expectTime("Marta, who had led the race since the time trial in Lille on July 5, lost it.\n\nThe stage started at [[12:10]].", "2021-11-09T12:10")
    expectTime("The bridge has been shut since Oct. 23. Divers went down at [[10 p.m.]]", "2021-11-09T22:00")
    expectTime("The bridge was shut on Oct. 23. Divers went down at [[10 p.m.]]", "2021-10-23T22:00")
  }

  @Test func aClockTimeIsOnTheDayOfWhatASayingReportsNotOnTheDayOfTheSaying() {
    expectTime("A barge sank late on Sunday, the coastguard said on Monday. It hit a pier at [[10:42 p.m.]]", "2021-11-07T22:42")
    expectTime("The coastguard said on Monday that a barge sank on Sunday. It hit a pier at [[10:42 p.m.]]", "2021-11-07T22:42")
    expectTime("A barge sank on Sunday. The coastguard said on Monday it was raised. Divers left at [[10:42 p.m.]]", "2021-11-08T22:42")
  }

  @Test func aClockTimeIsNotOnADayAheadAnEarlierParagraphNamed() {
    expectTime("10:00 GMT - The ferry stays in port until Thursday.\n\n[[10:20 GMT]] - A crew member said the engine failed.", "2021-11-09T10:20")
    expectTime("The ferry left port on Nov. 2.\n\nIts engine failed at [[10:20 GMT]].", "2021-11-02T10:20")
    expectTime("The ferry left port on Nov. 2.\n\nIt sailed again at [[10:20 GMT]] (11:20 CET Thursday).", "2021-11-04T10:20")
  }

  @Test func partsOfTheDay() {
    expectTime("In [[the early hours]] of Nov. 7, drones struck.", "2021-11-07TNI", .time)
    expectTime("Shelling resumed [[Friday night]].", "2021-11-05TNI", .time)
  }

  @Test func numbersThatAreNotTimes() {
    expectNoTime("The score was 2:1 at the break.")
    expectNoTime("The poster showed a scene from High Noon in color.")
    expectNoTime("Trading stopped (2030 GMT) without warning.")
    expectNoTime("The plant made 2460 units.")
    expectNoTime("Shares rose 4.1% by 2575 GMT.")
  }
}
