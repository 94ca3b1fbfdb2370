import Testing

@testable import DatelineCore

@Suite struct PeriodRuleTests {
  @Test func quarters() {
    expectTime("Sales rose in [[the first quarter]].", "2021-Q1", .date)
    expectTime("Profit fell in [[the third quarter of 1989]].", "1989-Q3")
    expectTime("The [[third-quarter]] loss widened.", "2021-Q3")
    expectTime("Profit rose in [[the 1988 third quarter]].", "1988-Q3")
    expectTime("It slowed in [[last year's fourth quarter]].", "2020-Q4")
    expectTime("Sales of [[the fiscal first quarter]] rose.", "2021-Q1")
    expectTime("Profit rose in the third quarter, from $2 million in [[the 1988 period]].", "1988-Q3")
  }

  @Test func monthRangesThatMakeUpAQuarterOrHalfAreIt() {
    expectTime("Sales in the [[July-September period]] fell 7%.", "2021-Q3")
    expectTime("Profit rose in the [[April-to-June quarter]].", "2021-Q2")
    expectTime("Exports fell in the [[October–December quarter of last year]].", "2020-Q4")
    expectTime("Sales fell 3% between [[January and March]].", "2021-Q1")
    expectTime("Output rose from [[January to June 2020]].", "2020-H1")
    expectTime("Output rose from [[July through December]].", "2021-H2")
  }

  @Test func otherMonthRangesAreTwoMonths() {
    expectTime("Talks ran from [[May]] to August.", "2021-05")
    expectTime("Talks ran from May to [[August]].", "2021-08")
    expectTime("The festival runs from [[May]] to October.", "2025-05", reference: "2025-03-09")
    expectTime("The festival runs from May to [[October]].", "2025-10", reference: "2025-03-09")
    expectTime("The festival runs from May-[[October]].", "2025-10", reference: "2025-03-09")
    expectTime("The strike lasted from [[November]] to February.", "2020-11", reference: "2021-03-09")
    expectTime("The strike lasted from November to [[February]].", "2021-02", reference: "2021-03-09")
    expectTime("The strike lasted from November until [[February]].", "2021-02", reference: "2021-03-09")
    expectTime("Prices rose between December 2019 and [[March]].", "2020-03")
    expectTime("The plant closed in May. It reopened in [[October]].", "2021-10")
    expectTime("Prices rose in [[February]] and March.", "2021-02")
    expectTime("Sales fell between [[February]] and April.", "2021-02")
  }

  @Test func halves() {
    expectTime("Output rose in [[the first half]].", "2021-H1")
    expectTime("Output fell in [[the second half of 1998]].", "1998-H2")
    expectTime("Output fell in [[the last half of 1989]].", "1989-H2")
  }

  @Test func ofTheYearBelongsToThePeriodBeforeIt() {
    expectTime("Demand recovered in [[the second half of the year]] after a weak first quarter.", "2021-H2")
    expectTime("Demand recovered in the second half of the year after a weak [[first quarter]].", "2021-Q1")
    expectTime("Sales rose in [[the first quarter of the year]].", "2021-Q1")
  }

  @Test func aGamesHalvesAreNoPartOfAYear() {
    expectNoTime("Harrow led 1-0 at half-time. Its keeper was poor in the first half.")
    expectNoTime("Dunmore scored in the 71st minute and defended well in the second half.")
    expectNoTime("Two players were booked in stoppage time after a quiet second half.")
    expectTime("Harrow led 1-0 at half-time, and profit at its owner fell in [[the second half of 2020]].", "2020-H2")
    expectTime("The club scored in the 71st minute; its [[first-half]] revenue rose.", "2021-H1")
  }

  @Test func aScoreByItsResultTellsAGame() {
    expectNoTime("Kestrel Town reached the final with a 2-1 win. Its striker Ana Ruiz scored in the second half.")
    expectNoTime("After the 0–3 defeat the coach blamed a poor first half.")
    expectNoTime("Dunmore beat Carlow Athletic 2-1. A substitute came on in the second half.")
    expectTime("The court ruled 5-4 in the case, and output fell in [[the second half]].", "2021-H2")
  }

  @Test func seasons() {
    expectTime("They met in [[summer 2020]].", "2020-SU")
    expectTime("They met in [[the winter of 1994]].", "1994-WI")
    expectTime("The offensive began [[this summer]].", "2021-SU")
    expectTime("Troops left [[last winter]].", "2020-WI")
    expectTime("The church was restored [[last spring]].", "2020-SP", reference: "2021-03-14")
    expectTime("The talks resumed in [[the fall]].", "2021-FA")
  }

  @Test func aFallThatIsNotTheSeason() {
    expectNoTime("The coroner said the fall was caused by a deliberate push.")
    expectNoTime("Crowds cheered in the fall of the old regime.")
    expectNoTime("He was taken to hospital after the fall.")
  }

  @Test func holidays() {
    expectTime("Shops close on [[Christmas]].", "2021-12-25")
    expectTime("The boy was found on [[Thanksgiving Day]].", "2020-11-26")
    expectTime("Pilgrims gathered on [[Easter Sunday]].", "2021-04-04")
    expectTime("Pilgrims will gather on [[Easter]].", "2022-04-17")
    expectTime("Turnout was high on [[Election Day]].", "2021-11-02")
    expectTime("Parades were held on [[Memorial Day]].", "2021-05-31")
    expectTime("Shops closed on [[Labor Day]].", "2021-09-06")
    expectNoTime("The election was close and a memorial was planned.")
    expectTime("Prayers began as [[Easter week]] began.", "2021-W13")
  }

  @Test func fractionsAreNotQuarters() {
    expectNoTime("Three quarters of the seats were lost.")
  }
}
