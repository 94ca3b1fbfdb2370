import Testing

@testable import DatelineCore

/// Holidays and seasons named without a year are placed by the tense as weekdays are: the past
/// tense takes the last occurrence begun by the reference, the future the first not yet over.
@Suite struct HolidayTenseTests {
  @Test func aPastHolidayJustAheadOfTheReferenceIsLastYears() {
    expectTime("Sales fell over [[Christmas]].", "2020-12-25", reference: "2021-12-20")
    expectTime("The ferry ran late on [[Christmas Eve]].", "2020-12-24", reference: "2021-12-20")
    expectTime("Visitors flocked to the coast at [[Easter]].", "2021-04-04", reference: "2022-04-10")
    // The reference year's holiday stays when the tense allows it.
    expectTime("Sales fell over [[Christmas]].", "2021-12-25", reference: "2022-01-04")
    expectTime("Shops expect to sell more over [[Christmas]].", "2022-12-25", reference: "2022-03-10")
    expectTime("The market was busy on [[Christmas Day]].", "2021-12-25", reference: "2021-12-25")
    expectTime("Pilgrims arrived as [[Easter week]] began.", "2022-W15", reference: "2022-04-11")
  }

  @Test func aFutureHolidayJustPastIsNextYears() {
    expectTime("Shops expect to sell more over [[Christmas]].", "2022-12-25", reference: "2021-12-28")
    expectTime("Hotels expect more guests at [[Easter]].", "2023-04-09", reference: "2022-04-20")
  }

  @Test func aSeasonFollowsTheTenseAsAHolidayDoes() {
    expectTime("Crowds thinned over [[the summer]].", "2021-SU", reference: "2022-05-20")
    expectTime("Farmers expect more rain over [[the summer]].", "2023-SU", reference: "2022-10-05")
    expectTime("Prices rose over [[the summer]].", "2022-SU", reference: "2022-08-01")
  }
}
