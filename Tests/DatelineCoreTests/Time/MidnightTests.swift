import Testing

@testable import DatelineCore

/// Midnight and the small hours: after midnight on a day is at its start, and a clock time of the
/// small hours after an evening or a late hour is of the next day. Reference Friday 2024-11-08.
@Suite struct MidnightTests {
  private let friday = "2024-11-08"

  @Test func afterMidnightOnADayIsItsFirstHour() {
    expectTime("Crews were called shortly after [[midnight on 3 November]].", "2024-11-03T00:00", reference: friday)
    expectTime("The offer closes at [[midnight on 3 November]].", "2024-11-03T24:00", reference: friday)
  }

  @Test func theSmallHoursAfterAnEveningAreOfTheNextDay() {
    expectTime(
      "The fire started on Saturday evening. Shortly after [[midnight]], crews arrived.", "2024-11-03T00:00", reference: friday)
    expectTime("Polls closed at 10 p.m. on Tuesday. The count ended at [[2:15 a.m.]]", "2024-11-06T02:15", reference: friday)
    expectTime("Polls opened at 7 a.m. on Tuesday. The first result came at [[11 a.m.]]", "2024-11-05T11:00", reference: friday)
  }

  @Test func afterMidnightInASentenceAfterItsDayIsOfTheNextDay() {
    expectTime(
      "Voters re-elected the mayor on Sunday. Her rival conceded shortly after [[midnight]].", "2024-11-04T00:00",
      reference: friday)
    expectTime("On Tuesday, shortly after [[midnight]], police raided the flat.", "2024-11-05T00:00", reference: friday)
    expectTime("Figures came out on Sunday. They are updated at [[00:00 UTC]].", "2024-11-03T00:00", reference: friday)
  }
}
