import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A report set after what it tells (`…, police said`) makes one event with it: the happening,
/// of its own kind and date, told with its report and with its speaker among its actors.
@Suite struct TrailingReportEventTests {
  private func timeline(_ text: String) -> Timeline {
    Fixture.timeline([text], published: "2025-03-04")
  }

  @Test(arguments: [
    ("Two men were arrested on Sunday after a fight in the town centre, police said.", "2025-03-02", Event.Kind.arrest),
    ("Harlow Rail closed its depot on Monday, officials said.", "2025-03-03", .other),
    ("Forty people died on Monday when a storm hit the coast, officials said.", "2025-03-03", .death),
    // The colon of a clock time sets no clause apart.
    ("Fire crews arrived at 5:10 a.m. to find the roof ablaze, officials said.", "2025-03-04T05:10", .other),
  ])
  func theHappeningIsTheOneEventOfItsReport(text: String, date: String, kind: Event.Kind) throws {
    let told = timeline(text).events.filter { $0.summary.hasSuffix(" said") }
    #expect(told.count == 1, "\(told.map(\.summary))")
    let event = try #require(told.first)
    #expect(event.date?.value.timex == date)
    #expect(event.date?.isInferred == false)
    #expect(event.kind == kind)
    #expect(!timeline(text).events.contains { $0.kind == .statement })
  }

  @Test func theSpeakerIsAnActorOfTheHappening() throws {
    let told = timeline("Harlow Rail closed its depot on Monday, Tom Reid said.")
    #expect(told.events.map(\.summary) == ["Harlow Rail closed its depot on Monday, Tom Reid said"])
    let names = try #require(told.events.first).actors.map { told.actors[$0].name }
    #expect(names == ["Harlow Rail", "Tom Reid"])
  }

  @Test func theReportIsTheQuoteThatBacksTheHappening() throws {
    let told = timeline("Two men were arrested on Sunday after a fight in the town centre, police said.")
    let event = try #require(told.events.first)
    #expect(event.quotes.map { told.text(told.quotes[$0].span) } == ["Two men were arrested on Sunday after a fight in the town centre"])
  }

  @Test func aReportOfItsOwnDayDatesWhatItTellsWhenThatHasNone() {
    let told = timeline("Nine bridges were closed across the valley, officials said on Sunday.")
    #expect(told.events.map(\.summary) == ["Nine bridges were closed across the valley, officials said on Sunday"])
    #expect(told.events.first?.date?.value.timex == "2025-03-02")
  }

  @Test func whatACourtHeardIsToldWithIt() {
    let told = timeline("Tomas Berg took 90,000 pounds from the charity's accounts between 2019 and 2022, the court heard.")
    #expect(!told.events.contains { $0.summary == "The court heard" }, "\(told.events.map(\.summary))")
    #expect(told.events.contains { $0.summary.hasPrefix("Tomas Berg took 90,000 pounds") }, "\(told.events.map(\.summary))")
    // Heard with an object of its own, it tells no report.
    let heard = timeline("Residents heard three explosions on Sunday.")
    #expect(heard.events.contains { $0.kind != .statement && $0.summary.hasPrefix("Residents heard three explosions") })
    // Nor in the passive.
    let passive = timeline("Her cries were heard by neighbours on Sunday.")
    #expect(!passive.events.contains { $0.kind == .statement }, "\(passive.events.map(\.summary))")
  }

  @Test func aQuotationStaysTheStatementOfItsSpeaker() {
    let told = timeline("“The depot closed on Monday,” Tom Reid said.")
    #expect(told.events.contains { $0.kind == .statement && $0.summary.hasSuffix("Tom Reid said") }, "\(told.events.map(\.summary))")
  }

  @Test func aReportAfterARelativeClauseTellsTheMainClause() {
    let told = timeline("The blast happened at 4:40 a.m. in a hall at the plant, which Harl Agrochem runs, officials said.")
    #expect(!told.events.contains { $0.kind == .statement || $0.summary.hasPrefix("Which") }, "\(told.events.map(\.summary))")
    #expect(told.events.contains { $0.summary.hasPrefix("The blast happened") && $0.date?.value.timex == "2025-03-04T04:40" })
  }

  @Test func aReportOfItsOwnDayAfterARelativeClauseTellsTheMainClause() throws {
    let told = timeline("The fire started on Sunday in a warehouse near the docks, which is operated by Harl Agrochem, officials said on Monday.")
    let report = try #require(told.events.first { $0.kind == .statement }, "\(told.events.map(\.summary))")
    #expect(report.summary.hasPrefix("The fire started on Sunday") || report.summary.hasPrefix("Officials said on Monday the fire started"), "\(report.summary)")
    #expect(report.date?.value.timex == "2025-03-03")
  }

  @Test(arguments: [
    "A probe has found ice near the Moon's south pole, the agency said on Monday.",
    "A probe found ice in Mars' shadow, the agency said on Monday.",
    "A probe found ice in the crater’s shadow, the agency said on Monday.",
  ])
  func aPossessiveApostropheIsNoQuotationBeforeTheReport(text: String) throws {
    let told = timeline(text)
    #expect(told.events.count == 1, "\(told.events.map(\.summary))")
    let event = try #require(told.events.first)
    #expect(event.date?.value.timex == "2025-03-03")
    #expect(event.date?.isInferred == false)
  }

  @Test(arguments: [
    "Grant, who ran the depot from 2015 until 2021, took the cash to Spain, the court heard.",
    "Grant, who ran the depot from 2015 until 2021, took the cash to Spain, police said.",
  ])
  func aRelativeClauseInsideWhatWasToldKeepsItsOwnDate(text: String) throws {
    let told = timeline(text)
    let ran = try #require(told.events.first { $0.summary.contains("ran the depot") }, "\(told.events.map(\.summary))")
    #expect(ran.date?.value.timex == "2015")
    #expect(!ran.summary.contains("took"))
    let took = try #require(told.events.first { $0.summary.contains("took the cash") }, "\(told.events.map(\.summary))")
    #expect(took.date?.value.timex != "2015")
    #expect(!took.summary.contains("ran the depot"))
    #expect(told.events.count == 2, "\(told.events.map(\.summary))")
  }

  @Test func aPerfectDatedByItsReportTakesTheDayALaterTellingGives() throws {
    let text = """
      Ida Morland, who sang with the city choir for 40 years, has died at 90, her family said on Monday.

      Morland died at her home in Tresk on Saturday, her son said.
      """
    let told = timeline(text)
    let deaths = told.events.filter { $0.kind == .death }
    #expect(deaths.count == 1, "\(told.events.map(\.summary))")
    #expect(deaths.first?.date?.value.timex == "2025-03-01")
    // Told alone, the perfect keeps the day of its report.
    let alone = timeline("A probe has found ice on Kessra, the agency said on Monday.")
    #expect(alone.events.first { $0.summary.contains("found ice") }?.date?.value.timex == "2025-03-03")
  }

  @Test(arguments: [
    ("Sales fell by 3% in January, figures showed.", "2025-01"),
    ("Sales fell by 3% in January, figures published on Monday showed.", "2025-01"),
    ("Sales fell by 3% in January, data released last week showed.", "2025-01"),
  ])
  func aFindingToldAfterItIsOneEventOfItsOwnDate(text: String, date: String) throws {
    let told = timeline(text)
    #expect(told.events.count == 1, "\(told.events.map(\.summary))")
    #expect(told.events.first?.date?.value.timex == date)
  }
}
