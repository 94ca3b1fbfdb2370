import Testing

@testable import DatelineCore

@Suite struct YearRuleTests {
  @Test func years() {
    expectTime("The groups were founded in [[2014]].", "2014", .date)
    expectTime("They won 48 seats in [[2018]].", "2018")
    expectTime("The level of [[1987]] was higher.", "1987")
  }

  @Test func numbersThatAreNotYears() {
    expectNoTime("The company paid $2014 for it.")
    expectNoTime("About 1500 people marched.")
    expectNoTime("Shares rose 2020 points.")
  }

  @Test func aNumberBeforeAPluralNounCountsThings() {
    expectNoTime("A study of 1650 volunteers found no link.")
    expectNoTime("The petition was signed by 1200 residents.")
    expectNoTime("Rescuers reached around 1800 families.")
    expectTime("In [[1850]] settlers arrived.", "1850")
    expectTime("The effects of [[1848]] were felt for years.", "1848")
    expectTime("Yields fell to 90% of [[2000]] levels.", "2000")
  }

  @Test func yearsBeforeTheCommonEraAreNotOurs() {
    expectNoTime("The boat was built between 1950 and 1880 BC.")
    expectNoTime("The temple dates from 1200 B.C. or earlier.")
    expectNoTime("A wall was raised in 1900 BCE.")
    expectTime("The wall was raised in [[1900]] and fell in 1950 BC.", "1900")
  }

  @Test func decadesAndCenturies() {
    expectTime("Inflation soared in [[the 1990s]].", "199")
    expectTime("Music of [[the '80s]] is back.", "198")
    expectTime("It was built in [[the 21st century]].", "20")
    expectTime("Wars of [[the twentieth century]] shaped it.", "19")
    expectTime("It began in [[the early 1980s]].", "198")
    expectTime("Prices rose in [[the mid-1990s]].", "199")
    expectTime("Crime fell through [[the nineties]].", "199")
  }

  @Test func fiscalAndSpelledYears() {
    expectTime("Profit rose in [[fiscal 2022]].", "2022")
    expectTime("It happened in [[nineteen ninety-six]].", "1996")
    expectTime("Plans for [[the year two thousand]] were made.", "2000")
  }

  @Test func partsOfYears() {
    expectTime("It peaked in [[mid-2019]].", "2019")
    expectTime("It ended in [[late 1998]].", "1998")
    expectTime("Talks stalled at [[the end of 1990]].", "1990")
  }
}
