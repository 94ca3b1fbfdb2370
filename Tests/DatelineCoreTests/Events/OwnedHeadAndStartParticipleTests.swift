import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Dates told ahead: a possessive weekday in a clause told ahead names the coming day only when
/// the head noun it owns names an occasion, not what an event left; a participle of starting set
/// off after its clause gives the clause its start; a past form after a modal is its base.
@Suite struct OwnedHeadAndStartParticipleTests {
  private func date(opening: String, in text: String) throws -> String? {
    let events = Fixture.timeline([text], published: "2024-11-08").events
    let event = try #require(events.first { $0.summary.hasPrefix(opening) }, "\(events.map(\.summary))")
    return event.date?.value.timex
  }

  @Test(arguments: [
    ("Ministers will study Sunday's result before they decide.", "Ministers will study", "2024-11-03"),
    ("The coach will review Saturday's defeat with his players.", "The coach will review", "2024-11-02"),
    ("The board will discuss Thursday's loss at its next meeting.", "The board will discuss", "2024-11-07"),
    ("Her lawyers would challenge Tuesday's figures in court.", "Her lawyers would challenge", "2024-11-05"),
  ])
  func anOutcomeAWeekdayOwnsIsPast(text: String, opening: String, day: String) throws {
    #expect(try date(opening: opening, in: text) == day)
  }

  @Test(arguments: [
    ("Senator Mara Vale will attend Tuesday's election debate in Leeds.", "Senator Mara Vale will attend", "2024-11-12"),
    ("The envoy is due to host Monday's summit dinner.", "The envoy is due to host", "2024-11-11"),
    ("Rebel members will boycott Sunday's vote on the budget.", "Rebel members will boycott", "2024-11-10"),
  ])
  func anOccasionAWeekdayOwnsIsAhead(text: String, opening: String, day: String) throws {
    #expect(try date(opening: opening, in: text) == day)
  }

  @Test(arguments: [
    ("Strikes will be held on five days, starting on Wednesday.", "Strikes will be held", "2024-11-13"),
    ("Nurses at the hospital will walk out, beginning on Tuesday.", "Nurses at the hospital will walk out", "2024-11-12"),
    ("The port will close to lorries for a week, starting on Monday.", "The port will close", "2024-11-11"),
  ])
  func aStartingParticipleDatesItsClause(text: String, opening: String, day: String) throws {
    #expect(try date(opening: opening, in: text)?.hasPrefix(day) == true)
  }

  @Test(arguments: [
    ("The mayor will set the budget by the end of March.", "The mayor will set", "2025-03"),
    ("The council will put the plan to a vote in February.", "The council will put", "2025-02"),
    ("The regulator would also set new limits in June.", "The regulator would also set", "2025-06"),
  ])
  func aPastFormAfterAModalIsAhead(text: String, opening: String, month: String) throws {
    #expect(try date(opening: opening, in: text)?.hasPrefix(month) == true)
  }
}

/// A judgement or finding set after what it tells, with its own day (`…, judges decided on
/// Wednesday`), is one event with it, of the judgement's day, as a saying is.
@Suite struct TrailingJudgementDayTests {
  @Test(arguments: [
    ("The Court of Appeal overturned the ruling, judges decided on Wednesday.", "The Court of Appeal overturned", "2024-11-06"),
    ("The merger broke competition law, the regulator decided on Tuesday.", "The merger broke", "2024-11-05"),
    ("The mayor misled the council, an inquiry concluded on Tuesday.", "The mayor misled", "2024-11-05"),
    ("The club broke the spending rules, an independent panel decided on Monday.", "The club broke", "2024-11-04"),
  ])
  func theContentTakesTheJudgementsDay(text: String, opening: String, day: String) throws {
    let events = Fixture.timeline([text], published: "2024-11-08").events.filter { $0.summary.hasPrefix(opening) }
    #expect(events.count == 1, "\(events.map(\.summary))")
    #expect(events.first?.date?.value.timex == day)
  }
}
