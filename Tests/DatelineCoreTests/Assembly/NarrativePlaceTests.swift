import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Where an event the calendar cannot place goes: beside the dated event told next to it, unless
/// it names a time of its own or that event is a state lasting until the time of telling; and,
/// in a text with no reference time, in the order of the text after the dated events, together
/// with the days of an unknown year.
@Suite struct NarrativePlaceTests {
  private func order(_ text: String) -> [String] {
    Fixture.timeline([text], published: nil).events.map { "\($0.date?.value.timex ?? "-") \($0.summary)" }
  }

  @Test func anEventOfAnUnplacedDayIsNotPlacedAtTheYearToldBeforeIt() {
    let told = order(
      "The council built a new pier in 2009. Storms damaged the pier on Tuesday. The council bought the old quay in 2015.")
    #expect(
      told == [
        "2009 The council built a new pier in 2009", "2015 The council bought the old quay in 2015",
        "- Storms damaged the pier on Tuesday",
      ])
  }

  @Test func aStateToldInThePerfectPlacesNoLaterEventAtItsStart() {
    let told = order("The ferry line has lost three boats since 2019. Storms closed the harbour. In 2023 the line bought a boat.")
    #expect(
      told == [
        "2019 The ferry line has lost three boats since 2019", "2023 In 2023 the line bought a boat",
        "- Storms closed the harbour",
      ])
  }

  @Test func aStateToldInThePerfectSendsNoEarlierEventToALaterYear() {
    let told = order("Storms closed the harbour. The ferry line has lost three boats since 2019. In 2011 a bank bought the line.")
    #expect(
      told == [
        "2011 In 2011 a bank bought the line", "2019 The ferry line has lost three boats since 2019",
        "- Storms closed the harbour",
      ])
  }

  @Test func daysOfAnUnknownYearAreToldInTheOrderOfTheText() {
    let told = order(
      "Divers found the wreck on Oct. 9. Officials closed the beach on Monday. Salvage crews lifted the hull on Oct. 3.")
    #expect(
      told == [
        "XXXX-10-09 Divers found the wreck on Oct. 9", "- Officials closed the beach on Monday",
        "XXXX-10-03 Salvage crews lifted the hull on Oct. 3",
      ])
  }

  @Test func anUndatedEventStaysBesideTheYearToldBeforeIt() {
    let told = order("The council built a new pier in 2009. Storms damaged the pier. The council bought the old quay in 2015.")
    #expect(
      told == [
        "2009 The council built a new pier in 2009", "- Storms damaged the pier",
        "2015 The council bought the old quay in 2015",
      ])
  }
}
