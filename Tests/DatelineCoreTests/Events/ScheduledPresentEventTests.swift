import DatelineTestSupport
import Testing

@testable import DatelineCore

/// What is scheduled in the plain present with a weekday, and what may happen in a month, is an
/// event of the time ahead of the publication date (Friday 8 November 2024).
@Suite struct ScheduledPresentEventTests {
  private func dated(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2024-11-08").events.map { "\($0.date?.value.timex ?? "-") \($0.summary)" }
  }

  @Test func aPlainPresentWithAWeekdayIsOfTheComingDay() {
    let told = dated("The regional council meets on Thursday to discuss new air defences.")
    #expect(told.contains("2024-11-14 The regional council meets on Thursday to discuss new air defences"), "\(told)")
  }

  @Test func aPossibilityInAMonthPastThisYearsIsOfNextYears() {
    let told = dated("The chemical works could reopen in September.")
    #expect(told.contains("2025-09 The chemical works could reopen in September"), "\(told)")
  }
}
