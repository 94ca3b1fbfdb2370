import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A future told with its day (`will come into effect on March 14`) or month is an event of that
/// time, and so is what someone is to do in a year (`will open a plant in 2027`); a future without
/// a time, or a measure to change in a year, is none; so are `could`, `might` and `may`, and a
/// present of what is scheduled (`They travel to Sunderland next Saturday`, `is due next year`,
/// `The next meeting is on March 24`), but not a present statement without such a time.
@Suite struct ScheduledClauseTests {
  private func events(_ text: String) -> [Event] {
    Fixture.timeline([text], published: "2022-03-10").events
  }

  @Test func aFutureWithItsDayIsAnEventOfThatDay() throws {
    let all = events("The new port rules will come into effect on March 14.")
    let rules = try #require(all.first { $0.summary.contains("come into effect") }, "\(all.map(\.summary))")
    #expect(rules.date?.value.timex == "2022-03-14")
    #expect(rules.date?.isInferred == false)
  }

  @Test func whatAReportSaysWillHappenOnADayIsAnEventToo() throws {
    let all = events("The mayor said the bridge would reopen on Friday.")
    let reopening = try #require(all.first { $0.summary.hasPrefix("The bridge would reopen") }, "\(all.map(\.summary))")
    #expect(reopening.date?.value.timex == "2022-03-11")
    #expect(all.contains { $0.kind == .statement })
  }

  @Test(arguments: [
    "The chancellor is due to deliver his budget on March 14.", "The talks are set to resume on March 14.",
    "The firm plans to open the plant on March 14.",
  ])
  func aPlanWithItsDayIsAnEventOfThatDay(text: String) throws {
    let all = events(text)
    let plan = try #require(all.first, "no event in \(text)")
    #expect(plan.date?.value.timex == "2022-03-14", "\(all.map(\.summary))")
  }

  @Test func aFutureWithItsMonthIsAnEventOfThatMonth() throws {
    let all = events("The firm will close two plants in June.")
    let closure = try #require(all.first, "no event")
    #expect(closure.summary == "The firm will close two plants in June")
    #expect(closure.date?.value.timex == "2022-06")
  }

  @Test func aLaterPredicateOfAFutureListIsAnEventOfItsTime() {
    let summaries = events("The firm will cut 300 jobs in May, and close two plants on June 3.").map(\.summary)
    #expect(summaries.contains("The firm will close two plants on June 3"), "\(summaries)")
    let possible = events("The firm could cut 300 jobs, and close two plants soon.").map(\.summary)
    #expect(!possible.contains { $0.contains("close two plants") }, "\(possible)")
  }

  @Test(arguments: [
    "The council will meet again soon.", "Sales will rise in 2026.", "The bridge could reopen soon.", "The bridge might reopen one day.",
    "Sales could rise in 2026.",
  ])
  func aFutureWithoutADayIsNoEvent(text: String) {
    #expect(events(text).isEmpty, "\(events(text).map(\.summary))")
  }

  @Test(arguments: [
    ("The bridge could reopen on Friday.", "2022-03-11"), ("The bridge might reopen in June.", "2022-06"),
    ("Officials warn that a second storm could reach the coast on Sunday.", "2022-03-13"),
    ("The strike may spread to the ports on March 20.", "2022-03-20"),
    ("The storm could reach the coast on March 13.", "2022-03-13"), ("The storm will reach the coast on March 13.", "2022-03-13"),
    ("A third tram line could begin service in March, officials have said.", "2022-03"),
  ])
  func aPossibilityWithItsDayOrMonthIsAnEventOfThatTime(text: String, value: String) throws {
    let all = events(text)
    let possible = try #require(all.first { $0.kind != .statement }, "no event in \(text)")
    #expect(possible.date?.value.timex == value, "\(all.map(\.summary))")
  }

  @Test(arguments: [
    ("They travel to Sunderland next Saturday.", "2022-03-12", "They travel to Sunderland next Saturday"),
    ("The trial starts on March 21.", "2022-03-21", "The trial starts on March 21"),
    ("The band plays two shows in Leeds in June.", "2022-06", "The band plays two shows in Leeds in June"),
    ("Rovers, who sit fourth, travel to Marston on March 13.", "2022-03-13", "Rovers, who sit fourth, travel to Marston on March 13"),
    ("The Rovers, who sit fourth, face Marston on Sunday.", "2022-03-13", "The Rovers, who sit fourth, face Marston on Sunday"),
  ])
  func aPresentWithADayOrMonthAheadIsAnEventOfThatTime(text: String, value: String, summary: String) throws {
    let all = events(text)
    let scheduled = try #require(all.first, "no event in \(text)")
    #expect(scheduled.date?.value.timex == value)
    #expect(scheduled.summary == summary)
  }

  @Test(arguments: [
    ("The ferry captain retires in 2024.", "2022-03-10", "2024", "The ferry captain retires in 2024"),
    ("The lab plans a larger trial from next year.", "2022-03-10", "2023", "The lab plans a larger trial from next year"),
    ("The city council meets on Thursday.", "2022-03-10", "2022-03-10", "The city council meets on Thursday"),
    ("The state assembly reconvenes on April 9.", "2022-03-10", "2022-04-09", "The state assembly reconvenes on April 9"),
    ("The state assembly reconvenes on Jan. 9.", "2022-01-06", "2022-01-09", "The state assembly reconvenes on Jan. 9"),
    ("Clearing places remain open until 21 October.", "2022-08-14", "2022-10-21", "Clearing places remain open until 21 October"),
  ])
  func aPresentWithAYearOrTheDayOfPublicationIsAnEventOfThatTime(
    text: String, published: String, value: String, summary: String
  ) throws {
    let all = Fixture.timeline([text], published: published).events
    let scheduled = try #require(all.first, "no event in \(text)")
    #expect((scheduled.date?.end ?? scheduled.date?.value)?.timex == value)
    #expect(scheduled.summary == summary)
  }

  @Test(arguments: ["The plant employs 300 people in 2024.", "Ferry fares rise in 2024."])
  func aStateOrAMeasureInAYearIsNoSchedule(text: String) {
    #expect(events(text).isEmpty, "\(events(text).map(\.summary))")
  }

  @Test func aConditionWithADayAheadIsNoSchedule() {
    let summaries = events("If the bid fails on March 20, I think we lose.").map(\.summary)
    #expect(!summaries.contains { $0.contains("fails") }, "\(summaries)")
  }

  @Test(arguments: [
    "Red stands out in the photograph.", "They travel to Sunderland often.", "Residents queue for water every Monday.",
    "A couple wakes up one morning on the 15th of June.", "Quarterly farm export values for the year ending June 2022",
    "You could get the list today like this.", "The bridge could reopen on March 7.",
  ])
  func aPresentWithoutATimeAheadIsNoEvent(text: String) {
    #expect(events(text).isEmpty, "\(events(text).map(\.summary))")
  }

  @Test func whatSomeoneIsToDoInAYearIsAnEventOfThatYear() throws {
    let all = events("Harwell Mills will open a bottling plant in Ghent in 2027.")
    let plant = try #require(all.first { $0.summary.contains("bottling plant") }, "\(all.map(\.summary))")
    #expect(plant.date?.value.timex == "2027")
  }

  @Test(arguments: [
    ("The new reservoir would not be ready before 2030.", "2030"), ("The old pier will not reopen until 2026.", "2026"),
    ("The state should take over the inspections by the end of 2027.", "2027"),
    ("The rover will keep mapping the valley until the end of 2027.", "2027"),
    ("The crews will go on clearing the road until 2026.", "2026"),
  ])
  func whatIsToBeDoneBeforeOrUntilAYearOrOughtToBeIsAnEventOfThatYear(text: String, value: String) throws {
    let all = events(text)
    let future = try #require(all.first, "no event in \(text)")
    // What goes on until the year runs to it: the year is the range's end.
    #expect((future.date?.end ?? future.date?.value)?.timex == value, "\(all.map(\.summary))")
  }

  @Test func aMeasureToChangeInAYearOrAYearOfANounIsNoEvent() {
    #expect(events("Ferry traffic will double in 2027.").isEmpty)
    #expect(events("A review of the merger could last until 2027.").isEmpty)
    #expect(events("The dispute over the merger will last until 2027.").isEmpty)
    #expect(events("The board will carry out the plans it has in place for 2027.").isEmpty)
  }

  @Test(arguments: [
    ("The firms plan to close the plant in June.", "2022-06"),
    ("The companies hope to complete the deal in the first quarter of 2023.", "2023-Q1"),
    ("The group intends to open a store on March 20.", "2022-03-20"),
    ("The bank expects to cut rates again in May.", "2022-05"),
    ("The bank said it expected to cut rates twice more by 2023.", "2023"),
    ("The club aims to finish the new stand in 2024.", "2024"),
  ])
  func aDatedPlanOrExpectationIsAnEventOfItsTime(text: String, value: String) throws {
    let all = events(text)
    let plan = try #require(all.first { $0.kind != .statement }, "no event in \(text): \(all.map(\.summary))")
    #expect(plan.date?.value.timex == value, "\(all.map(\.summary))")
    #expect(plan.summary.contains(" to "), "\(all.map(\.summary))")
  }

  @Test(arguments: ["The firms plan to close the plant.", "The companies hope to complete the deal soon.", "The bank expects rates to rise in 2023."])
  func aPlanWithoutItsTimeIsNoEvent(text: String) {
    #expect(events(text).isEmpty, "\(events(text).map(\.summary))")
  }

  @Test(arguments: [
    ("The new tablet is due early next year.", "2023", "The new tablet is due early next year"),
    ("The company's first folding model, the Zap Fold, is due in the autumn.", "2022-FA", "The company's first folding model, the Zap Fold, is due in the autumn"),
    ("Its latest self-driving truck is due early next year.", "2023", "Its latest self-driving truck is due early next year"),
    ("The long-awaited rebuilt stand is due to be ready in May.", "2022-05", "The long-awaited rebuilt stand is due to be ready in May"),
    ("The next board meeting is on March 24.", "2022-03-24", "The next board meeting is on March 24"),
    ("The men's final between Karl Dunne and Mateus Rocha is on Sunday.", "2022-03-13", "The men's final between Karl Dunne and Mateus Rocha is on Sunday"),
    ("The hearing is on March 24.", "2022-03-24", "The hearing is on March 24"),
    ("The app will be available on March 21.", "2022-03-21", "The app will be available on March 21"),
    ("The council plans a trial of the scheme, starting in the autumn.", "2022-FA", "The council plans a trial of the scheme"),
    ("A larger Orbit 3 Pro costs $899 and goes on sale in June.", "2022-06", "A larger Orbit 3 Pro costs $899 and goes on sale in June"),
  ])
  func aScheduleToldWithIsOrAParticipleIsAnEventOfItsTime(text: String, value: String, summary: String) throws {
    let all = events(text)
    let scheduled = try #require(all.first, "no event in \(text)")
    #expect(scheduled.date?.value.timex == value, "\(all.map(\.summary))")
    #expect(scheduled.summary == summary)
  }

  @Test(arguments: [
    "The museum is in Oslo.", "The next board meeting is important.", "The report is due soon.",
    "The chairman is on leave until March 24.", "The chairman is on holiday on Sunday.","The firm sells phones, starting at $300.",
  ])
  func aPresentStatementWithoutAScheduleIsNoEvent(text: String) {
    #expect(events(text).isEmpty, "\(events(text).map(\.summary))")
  }

  @Test(arguments: [
    ("Marlow Foods expects a profit of 40 million pounds in fiscal 2024.", "2024"),
    ("For FY2024, Marlow Foods expects sales of 300 million pounds.", "2024"),
    ("The council will spend 4 million pounds in the 2024-25 financial year.", "2024"),
  ])
  func whatSomeoneExpectsOrIsToDoInAFiscalYearAheadIsAnEventOfThatYear(text: String, value: String) throws {
    let all = events(text)
    let expected = try #require(all.first, "no event in \(text)")
    #expect(expected.date?.value.timex == value, "\(all.map(\.summary))")
  }

  @Test(arguments: [
    "The county will widen the ring road next month.", "The trustees will meet the architects on Friday.",
  ])
  func aFutureWithATimeThatCannotBePlacedIsAnEventOfNoKnownDay(text: String) throws {
    let all = Fixture.timeline([text], published: nil).events
    let future = try #require(all.first, "no event in \(text)")
    #expect(future.date == nil, "\(all.map(\.summary))")
  }

  @Test func aFutureWithoutATimeIsStillNoEventInAnUndatedText() {
    let all = Fixture.timeline(["The county will widen the ring road."], published: nil).events
    #expect(all.isEmpty, "\(all.map(\.summary))")
  }
}
