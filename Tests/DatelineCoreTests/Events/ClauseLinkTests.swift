import DatelineTestSupport
import Testing

@testable import DatelineCore

/// How clauses, dates and references find each other: a reference joins the event told by a word
/// of its stem, a date set off after an apposition dates its clause, a second predicate keeps the
/// subject of the first, and one launch told to the year and to the day across articles is one
/// event.
@Suite struct ClauseLinkTests {
  private func event(_ words: String, in timeline: Timeline) throws -> Event {
    try #require(timeline.events.first { $0.summary.contains(words) }, "\(timeline.events.map(\.summary))")
  }

  @Test func stemsRelateEventWords() {
    #expect(EventWordStem.related("resignation", "resigned"))
    #expect(EventWordStem.related("announcement", "announced"))
    #expect(EventWordStem.related("vote", "voted"))
    #expect(!EventWordStem.related("strike", "struck"))
    #expect(!EventWordStem.related("act", "action"))
    #expect(!EventWordStem.related("release", "relation"))
  }

  @Test func aReferenceJoinsTheEventOfItsStem() throws {
    let text = """
      Ilse Marvik has fought a long illness since 2004.

      On Wednesday, Marvik resigned from the board of Norvik Corp.

      Analysts said the resignation would not hurt Norvik Corp.
      """
    let timeline = Fixture.timeline([text], published: "2011-08-25")
    let document = timeline.documents[0]
    let resigned = try event("resigned from the board", in: timeline)
    #expect(resigned.mentions.map { document.string($0.range) }.contains("the resignation"))
    let illness = try event("fought a long illness", in: timeline)
    #expect(illness.mentions.count == 1)
  }

  @Test func aDateAfterAnAppositionDatesTheClause() throws {
    let timeline = Fixture.timeline(
      ["Norvik Corp launched the Zap Store, an online shop, on April 28, 2003."], published: "2008-01-09")
    let launch = try event("launched the Zap Store", in: timeline)
    #expect(launch.date?.value.timex == "2003-04-28")
    #expect(launch.date?.inference == nil)
  }

  @Test func aSecondPredicateKeepsTheSubject() throws {
    let timeline = Fixture.timeline(
      ["Norvik Corp is the maker of the Zap toaster and launched the Zap Store on April 28, 2003."],
      published: "2008-01-09")
    let launch = try event("launched the Zap Store", in: timeline)
    #expect(launch.actors.first.map { timeline.actors[$0].name } == "Norvik Corp")
    #expect(launch.date?.value.timex == "2003-04-28")
  }

  @Test func aLaunchToldToTheYearJoinsTheSameLaunchToldToTheDay() throws {
    let timeline = Fixture.timeline(
      [
        "Norvik Corp launched the Zap Store on April 28, 2003.",
        "Critics said the Zap Store had done well. Norvik Corp launched the Zap Store in 2003.",
      ], published: "2008-01-09")
    let launches = timeline.events.filter { $0.summary.contains("launched") }
    #expect(launches.count == 1, "\(launches.map(\.summary))")
    #expect(launches.first?.date?.value.timex == "2003-04-28")
    #expect(launches.first?.sources == [0, 1])
  }

  @Test func twoReleasesOfOneCompanyInOneYearStayApart() throws {
    let timeline = Fixture.timeline(
      [
        "Norvik Corp released the Zap phone on January 10, 2007.",
        "Norvik Corp released its yearly results in 2007.",
      ], published: "2008-01-09")
    #expect(timeline.events.filter { $0.summary.contains("released") }.count == 2)
  }

  @Test func whatAStatementReportsDoesNotDateIt() throws {
    let timeline = Fixture.timeline(
      ["Norvik Corp said on Monday that its factory sold 13,000 toasters last year."], published: "2024-05-10")
    let statement = try event("Norvik Corp said on Monday", in: timeline)
    #expect(statement.date?.value.timex == "2024-05-06")
    #expect(try event("Norvik Corp's factory sold 13,000 toasters", in: timeline).date?.value.timex == "2023")
    let told = Fixture.timeline(["Ilse Marvik announced that the Zap phone would be released in 2027."], published: "2024-05-10")
    #expect(try event("would be released in 2027", in: told).date?.value.timex == "2024-05-10")
  }

  @Test func aNounAfterASpeechVerbKeepsTheClauseDate() throws {
    let timeline = Fixture.timeline(
      ["Pre-orders of the recently announced Zap phone began Tuesday."], published: "2024-05-10")
    #expect(try event("Pre-orders", in: timeline).date?.value.timex == "2024-05-07")
  }

  @Test func oneIllnessToldWithTwoFormsOfItsVerbIsOneEvent() throws {
    let timeline = Fixture.timeline(
      [
        "Ilse Marvik fought a long illness in 2004 and returned in 2005.",
        "Ilse Marvik has been fighting a long illness since 2004.",
      ], published: "2011-08-25")
    let illness = timeline.events.filter { $0.summary.contains("illness") && $0.date?.value.timex == "2004" }
    #expect(illness.count == 1, "\(timeline.events.map(\.summary))")
    #expect(illness.first?.sources == [0, 1])
  }

  @Test func aPresentationOnADayIsNotTheReleaseThatYear() throws {
    let timeline = Fixture.timeline(
      [
        "Norvik Corp presented the Zap phone to the press on January 10, 2007.",
        "Since the Zap phone was released in 2007, sales have grown.",
      ], published: "2008-01-09")
    #expect(timeline.events.contains { $0.summary.contains("released") && $0.date?.value.timex == "2007" })
  }

  @Test func aStatementIsAboutWhomItsQuoteNames() throws {
    let timeline = Fixture.timeline(
      ["Tomas Vey, a board member, said on Friday: “Ilse Marvik will stay with Norvik Corp for years.”"],
      published: "2024-05-10")
    let statement = try #require(timeline.events.first { $0.kind == .statement }, "\(timeline.events.map(\.summary))")
    let names = statement.actors.map { timeline.actors[$0].name }
    #expect(names.first == "Tomas Vey")
    #expect(names.contains("Ilse Marvik"))
  }

  @Test func aPrepositionBeforeAPronounStartsAClause() throws {
    let timeline = Fixture.timeline(
      ["Ilse Marvik has sought to strengthen the courts, and restore trust since she took office."],
      published: "2024-05-10")
    #expect(timeline.events.contains { $0.summary == "She took office" }, "\(timeline.events.map(\.summary))")
    #expect(!timeline.events.contains { $0.summary.hasPrefix("Restore") })
  }
}
