import DatelineCore
import Testing

/// Invented stories told by several reports in different styles: the reports of one happening
/// merge into one event, and where they give it different facts, the event lists each version
/// with the reports that give it.
@Suite struct DisagreementStoryTests {
  /// A drone strike on a prison: a wire report, a news desk and a next-day review.
  static let prison = Report.timeline([
    Report(
      source: "Wire", published: "2024-05-12",
      text: """
        KESTOR — A drone struck the Halvik prison in Kestor at 2:30 a.m. on Sunday, officials said.

        Seven guards were wounded, the prison service said.
        """),
    Report(
      source: "Desk", published: "2024-05-12",
      text: """
        A drone struck Halvik Prison at 3 a.m. Sunday, according to the Interior Ministry.

        Six guards were wounded, the ministry said.
        """),
    Report(
      source: "Review", published: "2024-05-13",
      text: """
        Sunday's strike on Halvik prison killed 2 inmates, the ministry said on Monday.

        Seven guards were wounded in the attack.
        """),
  ])

  @Test func theStrikeIsOneEventToldByEveryReport() throws {
    let strike = try #require(Self.prison.event(toldAs: "A drone struck the Halvik prison"))
    #expect(strike.sources == [0, 1, 2])
    #expect(strike.date?.value.timex == "2024-05-12T02:30")
    #expect(Self.prison.events.filter { $0.kind == .attack }.count == 2, "\(Self.prison.events.map(\.summary))")
  }

  @Test func theHourOfTheStrikeDiffers() throws {
    let strike = try #require(Self.prison.event(toldAs: "A drone struck the Halvik prison"))
    let hour = try #require(strike.disagreements.first { $0.aspect == .timeOfDay })
    #expect(hour.subject == "time")
    #expect(Self.prison.versions(hour) == ["02:30: Wire", "03:00: Desk"])
    #expect(hour.versions.map { Self.prison.text($0.spans[0]) } == ["2:30 a.m.", "3 a.m."])
    #expect(strike.disagreements.count == 1, "the inmates killed are told once: \(strike.disagreements)")
  }

  @Test func theWoundedAreOneEventWithTwoCounts() throws {
    let wounded = try #require(Self.prison.event(toldAs: "Seven guards were wounded"))
    #expect(wounded.date == nil || wounded.date?.inference != nil, "told with no date of its own")
    #expect(wounded.sources == [0, 1, 2])
    #expect(wounded.disagreements.count == 1)
    let count = try #require(wounded.disagreements.first)
    #expect(count.aspect == .count && count.subject == "guard")
    #expect(Self.prison.versions(count) == ["7: Wire, Review", "6: Desk"])
    #expect(count.versions[0].spans.map(\.paragraph) == [1, 1])
    #expect(count.versionsText(Self.prison.documents) == "Seven guards (Wire ¶2, Review ¶2) · Six guards (Desk ¶2)")
  }

  @Test func eachDisagreementIsAFinding() {
    let found = Self.prison.findings.filter { $0.kind == .sourcesDisagree }
    #expect(found.count == 2)
    #expect(found.contains { $0.message.hasSuffix("Seven guards (Wire ¶2, Review ¶2) · Six guards (Desk ¶2)") }, "\(found)")
    #expect(found.allSatisfy { $0.span != nil })
  }

  /// A checkpoint raid: numbers in words and digits, the count told by a killing and by a
  /// passive.
  static let checkpoint = Report.timeline([
    Report(
      source: "Northern Courier", published: "2023-09-19",
      text: "Gunmen killed three soldiers at a checkpoint near Varsa on Tuesday, the army said."),
    Report(
      source: "Evening Ledger", published: "2023-09-19",
      text: "Two soldiers were killed on Tuesday when gunmen attacked a checkpoint near Varsa."),
    Report(
      source: "Weekly Review", published: "2023-09-25",
      text: "Last Tuesday's raid on the Varsa checkpoint killed 3 soldiers."),
  ])

  @Test func wordsAndDigitsOfOneNumberAgree() throws {
    let raid = try #require(Self.checkpoint.event(toldAs: "Gunmen killed three soldiers"))
    #expect(raid.sources == [0, 1, 2])
    #expect(raid.disagreements.map { Self.checkpoint.versions($0) } == [["3: Northern Courier, Weekly Review", "2: Evening Ledger"]])
  }

  @Test func reportsThatAgreeShowNoDisagreement() throws {
    let timeline = Report.timeline([
      Report(source: "Wire", published: "2024-05-12", text: "A drone struck the Halvik prison at 2:30 a.m. on Sunday, killing seven guards."),
      Report(source: "Desk", published: "2024-05-12", text: "A drone struck Halvik Prison at 2:30 am Sunday and killed 7 guards."),
    ])
    let strike = try #require(timeline.event(toldAs: "A drone struck the Halvik prison"))
    #expect(strike.sources == [0, 1])
    #expect(strike.disagreements.isEmpty, "\(strike.disagreements)")
    #expect(!timeline.findings.contains { $0.kind == .sourcesDisagree })
  }

  @Test func aReportThatGivesTwoNumbersForOneThingIsLeftOut() throws {
    let timeline = Report.timeline([
      Report(
        source: "Wire", published: "2024-05-12",
        text: "A drone struck the Halvik prison on Sunday, wounding seven guards and two guards' children."),
      Report(source: "Desk", published: "2024-05-12", text: "A drone struck Halvik Prison on Sunday, wounding six guards."),
    ])
    let strike = try #require(timeline.event(toldAs: "A drone struck the Halvik prison"))
    #expect(strike.sources == [0, 1])
    #expect(strike.disagreements.isEmpty, "\(strike.disagreements)")
  }

  @Test func aPlaceGivenDifferentlyForOneNounIsShown() throws {
    let timeline = Report.timeline([
      Report(source: "Wire", published: "2022-02-08", text: "On Monday, rebels attacked the depot in Marrow, the governor said."),
      Report(source: "Desk", published: "2022-02-08", text: "Rebels attacked the depot in Lindqvist on Monday."),
    ])
    let raid = try #require(timeline.event(toldAs: "Rebels attacked the depot in Lindqvist"))
    #expect(raid.sources == [0, 1])
    #expect(raid.disagreements.map { timeline.versions($0) } == [["marrow: Wire", "lindqvist: Desk"]])
    #expect(raid.disagreements.first?.subject == "depot")
  }
}
