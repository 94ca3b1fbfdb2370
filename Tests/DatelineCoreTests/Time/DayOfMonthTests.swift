import Testing

@testable import DatelineCore

/// A day of the month told without its month (`on the 14th`) is placed as a weekday is: the last
/// one in the past tense, the coming one in a schedule. Reference Friday 2024-11-08.
@Suite struct DayOfMonthTests {
  private let friday = "2024-11-08"

  @Test func aPastDayOfTheMonthIsTheLastOne() {
    expectTime("A court rejected the challenge on [[the 2nd]].", "2024-11-02", reference: friday)
    expectTime("The shop closed on [[the 20th]].", "2024-10-20", reference: friday)
  }

  @Test func aScheduledDayOfTheMonthIsTheComingOne() {
    expectTime("Work starts on [[the 18th]] and lasts until spring.", "2024-11-18", reference: friday)
    expectTime("The hearing will resume on [[the 3rd]].", "2024-12-03", reference: friday)
  }

  @Test func aMonthToldAfterTheDayIsItsMonth() {
    expectTime("The depot flooded on [[the 14th of last month]].", "2024-10-14", reference: friday)
    expectTime("The hearing resumes on [[the 3rd of next month]].", "2024-12-03", reference: friday)
    expectTime("Bids close on [[the 29th of this month]].", "2024-11-29", reference: friday)
  }

  @Test func anOrdinalBeforeANounIsNoDayOfTheMonth() {
    expectNoTime("He scored in the 30th minute.")
    expectNoTime("The two leaders met on the 5th floor.")
    expectNoTime("The office is on the 19th floor.")
  }
}
