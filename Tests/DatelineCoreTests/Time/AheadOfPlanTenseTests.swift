import Testing

@testable import DatelineCore

/// What a past predicting or planning looks ahead to: a month a prediction's object names is the
/// next one; a holiday an offer or plan names after `had` is the nearest, and after an offer
/// without `had` the coming one; a weekday that ends a period still to run is never the day of
/// the writing. Reference Friday 2024-11-08.
@Suite struct AheadOfPlanTenseTests {
  private let friday = "2024-11-08"

  @Test func aPredictionsObjectIsOfTheNextMonth() {
    expectTime("Several analysts predicted a second cut in [[June]].", "2025-06", reference: friday)
    expectTime("The weather agency forecast heavy snow in [[January]].", "2025-01", reference: friday)
  }

  @Test func aPredictingsOwnTimeAndAPastPredictionStayInThePast() {
    expectTime("The bank predicted on [[Monday]] that rates would fall.", "2024-11-04", reference: friday)
    expectTime("In spring, analysts predicted a cut in [[June]].", "2024-06", reference: friday)
    expectTime("The bank had predicted a cut in [[June]].", "2024-06", reference: friday)
    expectTime("Prices rose faster than forecast in [[June]].", "2024-06", reference: friday)
  }

  @Test func anOfferLooksAheadToTheComingHoliday() {
    expectTime("The union had offered to pause the strike during [[Christmas]].", "2024-12-25", reference: friday)
    expectTime("The union offered to suspend the walkout over [[Christmas]].", "2024-12-25", reference: friday)
    expectTime("Shops had sold more toys over [[Christmas]].", "2023-12-25", reference: friday)
  }

  @Test func aWeekdayEndingAPeriodAheadIsNeverTheDayOfWriting() {
    expectTime("The strike runs until [[Friday]].", "2024-11-15", reference: friday)
    expectTime("The bridge will stay closed till [[Friday]].", "2024-11-15", reference: friday)
    expectTime("The strike runs until [[Sunday]].", "2024-11-10", reference: friday)
    expectTime("The strike ran until [[Friday]].", "2024-11-08", reference: friday)
  }
}
