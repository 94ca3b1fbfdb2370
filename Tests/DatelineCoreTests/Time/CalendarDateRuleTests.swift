import Testing

@testable import DatelineCore

@Suite struct CalendarDateRuleTests {
  @Test func monthAndDay() {
    expectTime("The attack came on [[Nov. 7]].", "2021-11-07", .date)
    expectTime("Talks resume on [[November 12]].", "2021-11-12")
    expectTime("It opened [[Sept. 3]] in Basra.", "2021-09-03")
    expectTime("The vote is set for [[Dec. 19th]].", "2021-12-19")
  }

  @Test func fullDates() {
    expectTime("He was born on [[November 7, 2001]] in Najaf.", "2001-11-07")
    expectTime("The deal was signed [[7 November 2021]].", "2021-11-07")
    expectTime("It expired on [[the 3rd of March 1999]]?", "1999-03-03")
    expectTime("Filed on [[2021-11-07]] in court.", "2021-11-07")
    expectTime("Dated [[11/7/2021]] by the clerk.", "2021-11-07")
    expectTime("Dated [[3/14/98]] by the clerk.", "1998-03-14")
    expectTime("The paper said on [[Sunday, Nov. 7]] that talks failed.", "2021-11-07")
  }

  @Test func theFirstOfTwoDaysTakesTheMonthAfterIt() {
    expectTime("Ministers meet on [[18]] and 19 April 2022.", "2022-04-18")
    expectTime("The fair runs [[3]]-5 May 2024 in Tarn.", "2024-05-03")
    expectTime("Results come on [[9]] or 10 December.", "2021-12-09")
    expectTime("Ministers meet on 18 and [[19 April 2022]].", "2022-04-19")
    expectTime("A storm hit the coast from [[3]] to 5 November last year.", "2020-11-03")
    expectTime("The fair runs on [[9]] and 10 May next year.", "2022-05-09")
    expectTime("The plant opened in 2015. Its fair ran on [[9]] and 10 May that year.", "2015-05-09")
  }

  @Test func monthsAndYears() {
    expectTime("Militias surrounded the house in [[May 2020]].", "2020-05")
    expectTime("Protests began in [[October 2019]].", "2019-10")
    expectTime("It ran until [[October of 1999]].", "1999-10")
    expectTime("Elections were held [[June last year]].", "2020-06")
    expectTime("Voters stayed home on [[Oct. 10 last year]].", "2020-10-10")
    expectTime("He died in hospital on [[2 February last year]].", "2020-02-02")
    expectTime("The bridge reopens on [[4 June next year]].", "2022-06-04")
  }

  @Test func theFirstMonthOfARangeTakesTheYearOfItsLast() {
    expectTime("Researchers counted bees between [[April]] and September 2019.", "2019-04")
    expectTime("The museum was closed from [[March]] until June 2018.", "2018-03")
    expectTime("The strike ran from [[November]] to February 2020.", "2019-11")
    expectTime("Sales fell from [[May]] to July, when prices rose.", "2021-05")
  }

  @Test func aYearThatOpensItsSentenceSetsTheYearOfAMonthOrDayInIt() {
    expectTime("In 2019 a strike at the port lasted six weeks and ended only after talks in [[March]].", "2019-03")
    expectTime("In 2016, the mill flooded on [[June 3]] and reopened a year later.", "2016-06-03")
    expectTime("2008 was hard: the plant shut in [[the autumn]].", "2008-FA")
  }

  @Test func aYearLaterInTheSentenceOrBeforeItLeavesAMonthToTheReference() {
    expectTime("The firm, founded in 1998, cut jobs in [[March]].", "2021-03")
    expectTime("Sales peaked in 2016.\n\nThe firm cut jobs in [[March]].", "2021-03")
    expectTime("In 2019 the plant shut, and it will reopen [[next March]].", "2022-03")
  }

  @Test func aMonthOrDayOfThatYearIsInTheYearTheStoryLastNamed() {
    expectTime("The mill shut in June 2016, after a fire in [[March that year]].", "2016-03")
    expectTime("Talks began in 2009 and a deal was signed on [[4 May of the same year]].", "2009-05-04")
    expectTime("Grain prices rose in 2012; the mill shut on [[June 3 that same year]].", "2012-06-03")
  }

  @Test func monthsAlone() {
    expectTime("In [[October]], Iraq held elections.", "2021-10")
    expectTime("The court will rule in [[March]].", "2022-03")
    expectTime("The launch was planned for [[March]], then moved to September.", "2021-03")
    expectTime("The vote was delayed until no later than [[March]].", "2021-03")
    expectTime("Prices fell in [[May]].", "2021-05")
  }

  @Test func conjoinedDays() {
    expectTime("The summit meets on April 24 and [[25]].", "2022-04-25")
    expectTime("The summit meets on [[April 24]] and 25.", "2022-04-24")
    expectTime("Talks ran Nov. 3-[[5]] in Geneva.", "2021-11-05")
  }

  @Test func wordsThatAreNotMonths() {
    expectNoTime("He may march on the capital.")
    expectNoTime("Theresa May spoke to the house.")
    expectNoTime("Thousands joined the women's March through the capital.")
    expectNoTime("Protesters gathered for the annual March for Life.")
    expectNoTime("March Madness starts soon.")
    expectNoTime("The actor Fredric March won an Oscar.")
    expectNoTime("He voted for May in the leadership race.")
    expectNoTime("The 7 members of the board met.")
  }
}
