import Testing

@testable import DatelineCore

@Suite struct AmountRuleTests {
  @Test func durations() {
    expectTime("The siege lasted [[three months]].", "P3M", .duration)
    expectTime("He served [[a year and a half]] in prison.", "P1Y6M")
    expectTime("They lived in camps for [[2 1/2 years]].", "P2Y6M")
    expectTime("The fire burned for [[a minute and a half]].", "PT1M30S")
    expectTime("The meeting lasted [[half an hour]].", "PT30M")
    expectTime("It took [[a few days]] to clear.", "PXD")
    expectTime("Talks went on for [[several weeks]].", "PXW")
    expectTime("A [[two-year]] deal was signed.", "P2Y")
    expectTime("A [[decade-long]] war ended.", "P10Y")
    expectTime("The [[decades-long]] feud ended.", "PXY")
    expectTime("Prices rose for [[two decades]].", "P20Y")
    expectTime("The strike lasted [[more than four hours]].", "PT4H")
    expectTime("They fought for [[nearly two years]].", "P2Y")
    expectTime("Rain fell for [[twenty-four hours]].", "PT24H")
    expectTime("It will take [[two to three weeks]].", "PXW")
    expectTime("The lease runs for [[at least 20 more years]].", "P20Y")
    expectTime("Shares settle in [[five business days]].", "P5D")
    expectTime("Rebels could arrive within [[weeks]].", "PXW")
    expectTime("Net income for [[the year]] ended June 30 rose.", "P1Y", .duration)
  }

  @Test func spansBackFromNow() {
    expectTime("Attacks rose over [[the last few years]].", "PXY")
    expectTime("Prices rose in [[the past two months]].", "P2M")
    expectTime("Drone attacks grew in [[recent months]].", "PXM")
    expectTime("Sales rose in [[the first nine months]].", "P9M")
    expectTime("He waited for [[years]].", "PXY")
    expectTime("Many things changed over [[the years]].", "PXY")
    expectTime("Prices may fall in [[the weeks ahead]].", "PXW")
    expectNoTime("Police saw his car in the weeks before the shooting.")
  }

  @Test func amountsWrittenWithThousandsCommas() {
    expectTime("The wall was painted [[1,500 years ago]].", "0521")
    expectTime("The bridge was rebuilt [[1,000 days ago]].", "2019-02-13")
    expectTime("The map was painted about [[19,000 years ago]].", "PAST_REF")
    expectTime("Camps stood here [[2,000 years ago]].", "0021")
  }

  @Test func amountsAgo() {
    expectTime("He left [[two days ago]].", "2021-11-07", .date)
    expectTime("The war ended [[a year ago]].", "2020")
    expectTime("It began [[three months ago]].", "2021-08")
    expectTime("The attacks began [[months ago]].", "PAST_REF")
    expectTime("He called [[a week or so ago]].", "2021-W44")
  }

  @Test func notDurations() {
    expectNoTime("A 35-year-old man was arrested.")
    expectNoTime("Workers earn $40 a day.")
    expectNoTime("Three quarters of voters stayed home.")
    expectNoTime("He said so on CBS's 60 Minutes program.")
    expectNoTime("It would be a second betrayal, she said.")
  }
}
