import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Shapes of dates that issue 17 found wrong on news the code had not seen (second round): a
/// report whose content is no event of its own, a day an object is planned for, a measured
/// stretch and an event named after `after`, and what a report tells, which moves the story to
/// no other time. All are told on Thursday 12 March 2026.
@Suite struct StoryDayShapeTests {
  private static let published = "2026-03-12"

  private func events(_ text: String) -> [Event] { Fixture.timeline([text], published: Self.published).events }

  private func event(_ words: String, in events: [Event]) throws -> Event {
    try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))")
  }

  @Test func aStatementWhoseReportIsNoEventOfItsOwnTakesItsTime() throws {
    // `rose`, which the tagger reads as a noun, is given back its verb (`FiniteVerbRepair`):
    // what is reported is a clause of its own, of its month, and the statement keeps its day.
    let all = events("Lena Ortiz said output rose in January.")
    #expect(try event("said output rose", in: all).date?.value.timex == "2026-03-12")
    #expect(try event("Output rose in January", in: all).date?.value.timex == "2026-01")
    // A report that is an event of its own keeps the two apart.
    let split = events("Lena Ortiz said sales recovered in January.")
    #expect(try event("said sales recovered", in: split).date?.value.timex == "2026-03-12")
    // A time told only in a gerund's object, owning a noun, is not the statement's.
    let accused = events("Ortiz accused the council-appointed board of cutting funds from next year's budget.")
    #expect(try event("accused", in: accused).date?.value.timex == "2026-03-12")
    #expect(try event("Sales recovered in January", in: split).date?.value.timex == "2026-01")
  }

  @Test func aDayAnObjectIsPlannedForIsTheComingOne() throws {
    expectTime("The union called a strike for [[Friday]].", "2026-03-13", reference: Self.published)
    expectTime("Opponents set a protest for [[Saturday]].", "2026-03-14", reference: Self.published)
    expectTime("The board has scheduled talks for [[Monday]].", "2026-03-16", reference: Self.published)
    expectTime("The council fixed its next meeting for [[March 20]].", "2026-03-20", reference: Self.published)
    // Not a day the past clause itself is of, nor one owning a noun.
    expectTime("The union struck on [[Friday]].", "2026-03-06", reference: Self.published)
    expectTime("Mourners gathered for [[Friday]]'s funeral.", "2026-03-06", reference: Self.published)
  }

  @Test func theCallingIsOfTheStorysDayNotOfThePlannedOne() throws {
    let all = events("The ferry sank on Tuesday. The union called a strike for Friday.")
    let called = try event("called a strike", in: all)
    #expect(called.date?.value.timex == "2026-03-10", "\(String(describing: called.date))")
    // Calling a strike names the strike, not a statement: it takes the day of the clause told
    // before it.
    #expect(called.date?.inference == .narrative)
    #expect(called.kind == .protest)
    // A clause told by no verb of its own keeps the planned day, the coming one.
    #expect(try event("set a protest", in: events("Opponents set a protest for Saturday.")).date?.value.timex == "2026-03-14")
    // A strike that is itself set for a day keeps that day.
    #expect(try event("is set for", in: events("A second strike is set for March 20.")).date?.value.timex == "2026-03-20")
  }

  @Test func aMeasuredStretchSaysWhatItCountsFrom() throws {
    let timeline = Fixture.timeline(
      ["Thousands were still without power on Wednesday, three days after the gale struck."], published: Self.published)
    let all = timeline.events
    let gale = try event("gale struck", in: all)
    #expect(gale.date?.value.timex == "2026-03-08")
    #expect(gale.date?.inference == .offset)
    #expect(gale.date?.expression.map { timeline.text($0) } == "three days after")
    let anchor = try #require(gale.date?.anchorEvent)
    #expect(all[anchor].summary.contains("without power"))
  }

  @Test func aStretchBeforeAClauseWhoseSubjectHoldsAPrepositionAndItIsCountedToo() throws {
    let all = events("Halvorsen sold its plant in 2021, two years after the first trial against it ended in a mistrial.")
    let trial = try event("trial against it ended", in: all)
    #expect(trial.date?.value.timex == "2019" && trial.date?.inference == .offset, "\(String(describing: trial.date))")
    #expect(!trial.summary.hasPrefix("Two years"), "\(trial.summary)")
  }

  @Test func aClauseAfterANamedEventIsOfItsDayOrLater() throws {
    let all = events("Orvik Foods will close 12 plants, it said on Tuesday. Its shares fell 7% after the announcement.")
    let fell = try event("shares fell", in: all)
    #expect(fell.date?.value.timex == "2026-03-10")
    #expect(fell.date?.inference == .afterEvent)
    let anchor = try #require(fell.date?.anchorEvent)
    #expect(all[anchor].summary.contains("it said on Tuesday"))
    // Named without `after`, the event only lends its day.
    let named = events("Orvik Foods will close 12 plants, it said on Tuesday. Workers protested against the announcement.")
    #expect(try event("protested", in: named).date?.inference == .narrative)
  }

  @Test func whatAReportTellsMovesTheStoryToNoOtherTime() throws {
    let all = events(
      "Rescuers freed four miners on Tuesday. The owner said output stopped in December. Unions planned a rally.")
    let rally = try event("planned a rally", in: all)
    #expect(rally.date?.value.timex == "2026-03-10", "\(String(describing: rally.date))")
    #expect(rally.date?.inference == .storyTime)
    let coordinated = events(
      "Rescuers freed four miners on Tuesday. The owner said bookings rose in December and dropped in January. Unions planned a rally.")
    #expect(try event("planned a rally", in: coordinated).date?.value.timex == "2026-03-10")
  }

  @Test func aPlainFormAfterAPastIsNoVerbOfItsOwn() throws {
    // The tagger reads `defeat` as a verb before `in a short statement`: the clause is still told
    // in the past, so it takes the day of the story's lead.
    let all = events("The Civic Union won the election on Monday.\n\nIlse Karro conceded defeat in a short statement.")
    let conceded = try event("conceded defeat", in: all)
    #expect(conceded.date?.value.timex == "2026-03-09")
    #expect(conceded.date?.isInferred == true)
  }
}
