import Testing

@testable import DatelineCore

/// A document without a publication date: its relative dates are counted from a reference guessed
/// from its text, shown as inferred, and one finding says so. Datelines tell no event, and the
/// spaced punctuation of tokenized corpora stays out of summaries.
@Suite struct GuessedReferenceTests {
  /// The date line stands below a first sentence: at the top it would be the publication date
  /// (`PlainTextHeaderTests`).
  static let text = """
    Apple mourns its co-founder .

    October 6 , 2011

    The co-founder of Apple Inc. Steve Jobs died yesterday at the age of 56.

    On August 24, 2011, Jobs resigned from his post as chief executive.

    He started Apple in 1976 , and in 1984 Apple Computer 's first Macintosh was released .
    """

  static func timeline(published: TimeValue?) throws -> Timeline {
    let document = try DocumentLoader(published: published).document(bytes: Array(text.utf8), name: "jobs.txt", id: 0)
    return Pipeline().timeline(of: [document])
  }

  @Test func datesCountedFromTheGuessAreInferred() throws {
    let timeline = try Self.timeline(published: nil)
    let death = try #require(timeline.events.first { $0.kind == .death })
    #expect(death.date?.value.timex == "2011-10-05")
    #expect(death.date?.isInferred == true)
    let resignation = try #require(timeline.events.first { $0.summary.contains("resigned") })
    #expect(resignation.date?.value.timex == "2011-08-24")
    #expect(resignation.date?.isInferred == false)
  }

  @Test func aDateCountedFromADateTheTextStatesInFullIsNotInferred() throws {
    let text = "The storm made landfall on Oct. 4, 2023, near the port.\n\nTwo days later the river burst its banks.\n\nOn May 3 the dam failed. Two days later the army arrived."
    let document = try DocumentLoader(published: nil).document(bytes: Array(text.utf8), name: "storm.txt", id: 0)
    let events = Pipeline().timeline(of: [document]).events
    let flood = try #require(events.first { $0.summary.contains("burst its banks") })
    #expect(flood.date?.value.timex == "2023-10-06")
    #expect(flood.date?.isInferred == false)
    let army = try #require(events.first { $0.summary.contains("army arrived") })
    #expect(army.date?.isInferred == true, "counted from May 3, whose year is the guess's")
  }

  @Test func oneFindingNamesTheDocumentAndTheGuess() throws {
    let findings = try Self.timeline(published: nil).findings.filter { $0.kind == .noReferenceTime }
    #expect(findings.count == 1)
    #expect(findings.first?.span == nil)
    #expect(findings.first?.message.hasPrefix("jobs.txt:") == true)
    #expect(findings.first?.message.contains("2011-10-06") == true)
  }

  @Test func theFindingSaysWhyAnEarlierFullDateWasNotTaken() throws {
    let text = "Levee report\n\nAn inquiry found on Monday that the levee failed on Jan. 11, 2023.\n\nIts manager, who took over in 2024, said a trial is set for next October."
    let document = try DocumentLoader(published: nil).document(bytes: Array(text.utf8), name: "levee.txt", id: 0)
    let timeline = Pipeline().timeline(of: [document])
    let finding = try #require(timeline.findings.first { $0.kind == .noReferenceTime })
    #expect(finding.message.contains("11 January 2023, is before 2024"), "\(finding.message)")
    #expect(timeline.events.allSatisfy { $0.date?.isInferred != true })
  }

  @Test func aPublicationDateLeavesNothingInferred() throws {
    let timeline = try Self.timeline(published: TimeValue(timex: "2011-10-06"))
    #expect(timeline.findings.allSatisfy { $0.kind != .noReferenceTime })
    #expect(timeline.events.allSatisfy { $0.date?.isInferred != true })
  }

  @Test func aDatelineIsNoEvent() throws {
    let timeline = try Self.timeline(published: nil)
    let bytes = Self.text.utf8
    let dateline = bytes.distance(from: bytes.startIndex, to: try #require(bytes.firstRange(of: "October 6 , 2011".utf8)).lowerBound)
    #expect(!timeline.events.contains { $0.mentions.contains { $0.start == dateline } })
    #expect(!timeline.events.contains { $0.summary.hasSuffix("2011") })
  }

  @Test func summariesJoinSpacedPunctuation() throws {
    let timeline = try Self.timeline(published: nil)
    let macintosh = try #require(timeline.events.first { $0.summary.contains("Macintosh") })
    #expect(macintosh.summary.contains("Apple Computer's first Macintosh"))
    #expect(!macintosh.summary.contains(" ,") && !macintosh.summary.contains(" ."))
  }

  @Test func spacedPunctuationIsJoinedAndProseKept() {
    #expect(SpacedPunctuation.joined("Apple Computer 's iTunes") == "Apple Computer's iTunes")
    #expect(SpacedPunctuation.joined("born on February 24 , 1955 .") == "born on February 24, 1955.")
    #expect(SpacedPunctuation.joined("he did n't say ( twice ) it cost $ 348.8 billion") == "he didn't say (twice) it cost $348.8 billion")
    #expect(SpacedPunctuation.joined("Wal - Mart and the developers ' conference") == "Wal - Mart and the developers ' conference")
    #expect(SpacedPunctuation.joined("Orton said, “It's over.”") == "Orton said, “It's over.”")
  }

  @Test func aDayOfAnUnknownWeekIsNotTheEventOfItsYear() throws {
    let text = "A strong storm struck the island of Lessa early on Tuesday.\n\nThe island was hit by a stronger storm in 2019 that destroyed 300 homes."
    let document = try DocumentLoader(published: nil).document(bytes: Array(text.utf8), name: "storm.txt", id: 0)
    let storms = Pipeline().timeline(of: [document]).events.filter { $0.summary.contains("storm") }
    let values = storms.map { $0.date?.value.timex ?? "-" }
    #expect(values.sorted() == ["-", "2019"], "\(values)")
    let tuesday = try #require(TimeValue(timex: "2019-WXX-2")?.point)
    #expect(tuesday.isUnderspecified && !(TimeValue(timex: "2019-W03-2")?.point?.isUnderspecified ?? true))
    #expect(tuesday.interval == TimePoint.year(2019).interval)
  }

  @Test func aForecastIsNotThePublicationDate() throws {
    let text = "Harwell Mills sold its port terminal on May 4, 2017.\n\nThe company will cut 2,000 jobs by 2020 and plans to open a plant in 2025.\n\nEarlier this month, its chief executive resigned."
    let document = try DocumentLoader(published: nil).document(bytes: Array(text.utf8), name: "mills.txt", id: 0)
    let timeline = Pipeline().timeline(of: [document])
    let resignation = try #require(timeline.events.first { $0.summary.contains("resigned") })
    #expect(resignation.date?.value.timex == "2017-05", "\(String(describing: resignation.date?.value.timex))")
    #expect(resignation.date?.isInferred == true)
  }

  @Test func aDeadlineInAPastSentenceIsNotThePublicationYear() throws {
    let text = "VELLMARK, March 3 (Wirepost) - The assembly on Monday approved a plan to double the port's capacity by 2029.\n\nThe port handled 4 million tonnes in 2016."
    let document = try DocumentLoader(published: nil).document(bytes: Array(text.utf8), name: "port.txt", id: 0)
    let approved = try #require(Pipeline().timeline(of: [document]).events.first { $0.summary.contains("approved") })
    #expect(approved.date?.value.timex == "2025-03-03", "\(String(describing: approved.date?.value.timex))")
  }

  @Test func aDayBeforeAMonthTheTextStatesIsNotItsPublicationDay() throws {
    let text = "A county board on Tuesday reversed the zoning decision.\n\nThe board had relied on a survey dated June 12, 2018.\n\nResidents filed their objection in October 2022."
    let document = try DocumentLoader(published: nil).document(bytes: Array(text.utf8), name: "zoning.txt", id: 0)
    let timeline = Pipeline().timeline(of: [document])
    let reversed = try #require(timeline.events.first { $0.summary.contains("reversed") })
    #expect(reversed.date?.value.point?.year == nil, "\(String(describing: reversed.date?.value.timex))")
    #expect(timeline.events.first { $0.summary.contains("objection") }?.date?.value.timex == "2022-10")
  }

  @Test func aTextThatStatesOnlyTimesAheadLeavesItsRelativeDatesUnresolved() throws {
    let text = "Electric ferries will outnumber diesel ones by 2035, a study says.\n\nThe harbour board is expected to set new rules next year."
    let document = try DocumentLoader(published: nil).document(bytes: Array(text.utf8), name: "ferries.txt", id: 0)
    let timeline = Pipeline().timeline(of: [document])
    let rules = try #require(timeline.events.first { $0.summary.contains("rules") })
    #expect(rules.date?.value.point?.year == nil, "\(String(describing: rules.date?.value.timex))")
  }

  @Test func aDayWithoutAYearInAStoryWithoutAReferenceIsKeptWithoutItsYear() throws {
    let text = "DENHOLM (Wirepost) — Intruders first entered the clinic network on Oct. 3. They locked its servers on Oct. 22, and the clinic closed for a week in March."
    let document = try DocumentLoader(published: nil).document(bytes: Array(text.utf8), name: "clinic.txt", id: 0)
    let events = Pipeline().timeline(of: [document]).events
    let entered = try #require(events.first { $0.summary.contains("entered") })
    #expect(entered.date?.value.timex == "XXXX-10-03")
    #expect(entered.date.map(DateDisplay.text) == "3 October")
    #expect(events.first { $0.summary.contains("locked") }?.date?.value.timex == "XXXX-10-22")
    #expect(events.first { $0.summary.contains("closed") }?.date?.value.timex == "XXXX-03")
    let published = try DocumentLoader(published: TimeValue(timex: "2024-11-05")).document(
      bytes: Array(text.utf8), name: "clinic.txt", id: 0)
    let dated = Pipeline().timeline(of: [published]).events.first { $0.summary.contains("entered") }
    #expect(dated?.date?.value.timex == "2024-10-03")
  }
}
