import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Events found by the part-of-speech tags: every clause whose verb tells a happening, statements,
/// and the actors and summaries of such clauses.
@Suite struct ClauseEventTests {
  private func timeline(_ text: String, published: String? = "2021-11-09") -> Timeline {
    Fixture.timeline([text], published: published)
  }

  private func names(_ event: Event, in timeline: Timeline) -> [String] {
    event.actors.map { timeline.actors[$0].name }
  }

  @Test func aClauseToldByItsTimeIsAnEventWhenNoDatePlacesThatTime() {
    let text = "Customers of the bank were unable to make payments for six hours on Tuesday."
    let undated = timeline(text, published: nil).events.map(\.summary)
    #expect(undated == ["Customers of the bank were unable to make payments for six hours on Tuesday"], "\(undated)")
    let dated = timeline(text).events
    #expect(dated.map { $0.date?.value.timex } == ["2021-11-09"], "\(dated.map(\.summary))")
  }

  @Test func theTaggedTextReadsTheTaggersWords() throws {
    let document = Fixture.document("Harlow Rail cut 13,000 jobs.")
    let analysis = TextAnalysis(document)
    let tagged = TaggedText(document: document, analysis: analysis, times: [])
    let words = analysis.tokens.indices.map { tagged.string(tokens: $0..<($0 + 1)) }
    let cut = try #require(words.firstIndex(of: "cut"))
    let number = try #require(words.firstIndex(of: "13"))
    #expect(tagged.upos(cut) == .verb)
    #expect(tagged.lemma(cut) == "cut")
    #expect(tagged.upos(number) == .num)
    #expect(tagged.startsWord(number))
    #expect(!tagged.startsWord(number + 1))
    #expect(tagged.upos(number + 2) == .num && !tagged.startsWord(number + 2))
  }

  @Test func aVerbOutsideTheTriggerListsTellsAnEvent() throws {
    let timeline = timeline("Harlow Rail closed its depot in Tessby.")
    let event = try #require(timeline.events.first)
    #expect(timeline.events.count == 1)
    #expect(event.kind == .other)
    #expect(event.summary == "Harlow Rail closed its depot in Tessby")
  }

  @Test func aClauseWhoseSubjectHoldsAParticipleTellsAnEvent() {
    for text in ["Shares in the Oslo-listed shipper rose 6.1%.", "Shares in the listed shipper rose 6.1%."] {
      #expect(timeline(text).events.map(\.summary) == [String(text.dropLast())], "\(text)")
    }
  }

  @Test func anAbilityToldInThePastTellsItsHappening() {
    let events = timeline("The wind eased on Sunday, and crews were able to contain the blaze.").events
    let found = events.map { ($0.summary, $0.date?.value.timex ?? "undated") }
    #expect(found.contains { $0.0.hasPrefix("Crews were able to contain the blaze") && $0.1 == "2021-11-07" }, "\(found)")
    let present = timeline("Crews are able to contain most blazes.").events
    #expect(present.isEmpty, "\(present.map(\.summary))")
  }

  @Test func anAdverbOfTimeTheTaggerReadsAsAnAdjectiveLeavesTheClauseAnEvent() {
    let events = timeline("The river last flooded this badly in 1982, when 14 people were killed.").events
    let found = events.map { ($0.summary, $0.date?.value.timex ?? "undated") }
    #expect(found.contains { $0.0 == "The river last flooded this badly in 1982" && $0.1 == "1982" }, "\(found)")
    let built = timeline("The long delayed bridge opened in May.").events.map(\.summary)
    #expect(built == ["The long delayed bridge opened in May"], "\(built)")
  }

  @Test func aParticipleBeforeANounAfterAnAdjectiveIsNoClauseVerb() throws {
    let document = Fixture.document("The host pushes the jobs onto process local buffered queues.")
    let analysis = TextAnalysis(document)
    let tagged = TaggedText(document: document, analysis: analysis, times: [])
    let words = analysis.tokens.indices.map { tagged.string(tokens: $0..<($0 + 1)) }
    let buffered = try #require(words.firstIndex(of: "buffered"))
    #expect(tagged.upos(buffered - 1) == .adj && tagged.upos(buffered - 2) == .noun)
    #expect(!TriggerReader(tagged: tagged).isClauseVerb(buffered))
  }

  @Test func anIrregularPastTheTaggerNeverSawIsAVerb() {
    #expect(timeline("A trawler sank.").events.map(\.summary) == ["A trawler sank"])
    #expect(timeline("Then it sank near the pier.").events.map(\.summary) == ["It sank near the pier"])
  }

  @Test func aComparisonWithAnEarlierFigureIsNoEvent() {
    let events = timeline("Vantor Motors posted a loss of 41 million euros in March, compared with a profit a year earlier.").events
    #expect(events.map(\.summary) == ["Vantor Motors posted a loss of 41 million euros in March"])
    let up = timeline("Turnout reached 62% on Sunday, up from 55% in 2019.").events
    #expect(up.map { $0.date?.value.timex } == ["2021-11-07"], "\(up.map(\.summary))")
    let perfect = timeline("The board has compared the two bids since March.").events
    #expect(perfect.count == 1, "\(perfect.map(\.summary))")
  }

  @Test func whatAfterAWordOfComparisonIsTheComparedFigureNoEvent() {
    let found = timeline("Sales at the brewer rose 2% to $2.9bn on Monday, below what analysts had expected.").events
    #expect(found.map(\.summary) == ["Sales at the brewer rose 2% to $2.9bn on Monday"])
    let ahead = timeline("The shares closed at 410p on Monday, well above what the bidder had offered.").events
    #expect(ahead.map(\.summary) == ["The shares closed at 410p on Monday"])
  }

  @Test func aQuestionAssertsNoEventButAQuotedOneIsAStatement() {
    let asked = timeline("Why did the depot close last winter? Harlow Rail closed it in March.")
    #expect(asked.events.map(\.summary) == ["Harlow Rail closed it in March"])
    let quoted = timeline("Ana Ruiz asked: \"Why did the depot close?\"")
    #expect(quoted.events.map(\.kind) == [.statement])
  }

  @Test func aTimeInAQuestionClauseAVerbTakesDoesNotDateIt() {
    for text in [
      "The judge said the buyers had failed to show how the firm would fund its repairs by 2030.",
      "The minister asked whether the talks would resume in May 2022.",
    ] {
      let dates = timeline(text).events.compactMap { $0.date?.value.timex }
      #expect(!dates.contains("2030") && !dates.contains("2022-05"), "\(text): \(dates)")
    }
  }

  @Test func aHyphenatedTimeBeforeANounGivesWayToTheClausesOwnTime() throws {
    let text = "Pellam Foods reported a 9% rise in third-quarter profit on Tuesday. Its revenue climbed 4%."
    let events = timeline(text).events
    let report = try #require(events.first { $0.summary.hasPrefix("Pellam Foods reported") })
    #expect(report.date?.value.timex == "2021-11-09")
    let revenue = try #require(events.first { $0.summary.contains("revenue climbed") })
    #expect(revenue.date?.value.timex == "2021-11-09" && revenue.date?.isInferred == true)
    let only = try #require(timeline("Pellam Foods reported a 9% rise in third-quarter profit.").events.first)
    #expect(only.date?.value.timex == "2021-Q3")
  }

  @Test func howLongARecordHasStoodDoesNotDateTheClause() throws {
    for text in ["Kelvar posted its first loss since 1992.", "Punctuality fell to its lowest level since 2014."] {
      let events = timeline(text).events
      let event = try #require(events.first, "no event in \(text)")
      #expect(event.date?.value.timex != "1992" && event.date?.value.timex != "2014", "\(text)")
    }
    let control = try #require(timeline("Prices have risen since 2014.").events.first)
    #expect(control.date?.value.timex == "2014")
  }

  @Test func anIrregularSuperlativeNamesARecordToo() throws {
    let found = timeline("It was the worst rail crash in Norland since 2011, when seven people died at Brekke.").events
    let died = try #require(found.first { $0.summary.contains("died at Brekke") }, "\(found.map(\.summary))")
    #expect(died.date?.value.timex == "2011", "\(String(describing: died.date))")
    #expect(died.date?.end == nil, "\(String(describing: died.date))")
    #expect(found.allSatisfy { $0.date?.end == nil }, "\(found.map(\.summary))")
  }

  @Test func aRecordNamedWithAParticipleDoesNotDateTheClause() throws {
    let event = try #require(timeline("Garvan was the first man killed by a storm in the county since 2023.").events.first)
    #expect(event.date?.value.timex != "2023")
  }

  @Test func aSummaryIsNotCutInsideANumber() throws {
    let timeline = timeline("Harlow Rail has cut 13,000 jobs since the spring.")
    let event = try #require(timeline.events.first)
    #expect(event.summary == "Harlow Rail has cut 13,000 jobs since the spring")
  }

  @Test func aClauseThatStartsWithItsVerbIsLedByItsSubject() throws {
    let near = timeline("The depot strike, in 2019, lasted weeks.")
    #expect(near.events.map(\.summary) == ["The depot strike, in 2019, lasted weeks"])
    let far = timeline(
      "The depot strike, which the drivers of the northern lines had called after a long and bitter dispute over "
        + "pay, lasted weeks.")
    #expect(far.events.map(\.summary).contains("The depot strike lasted weeks"))
  }

  @Test func aParticipleBetweenASubjectAndItsVerbIsNoEventAndHidesNoSubject() throws {
    let timeline = timeline("The airline, owned by the Halcyon group, told staff that the cuts would fall on cabin crew.")
    #expect(timeline.events.map(\.summary) == ["The airline, owned by the Halcyon group, told staff that the cuts would fall on cabin crew"])
    #expect(timeline.events.first?.actors.first.map { timeline.actors[$0].name } != "Halcyon")
  }

  @Test func aBareReportIsOneEventWithWhatWasSaid() throws {
    let timeline = timeline("Harlow Rail closed its depot, officials said.")
    #expect(timeline.events.map(\.summary) == ["Harlow Rail closed its depot, officials said"])
  }

  @Test func aSayingIsAStatementOfTheDayOfTheReport() throws {
    let timeline = timeline("Mara Quell said that the depot would stay open.")
    let statement = try #require(timeline.events.first)
    #expect(statement.kind == .statement)
    #expect(statement.date?.value.timex == "2021-11-09")
    #expect(statement.date?.isInferred == true)
    #expect(names(statement, in: timeline) == ["Mara Quell"])
  }

  @Test func withoutAPublicationDateAStatementStaysUndated() throws {
    let timeline = timeline("Mara Quell said that the depot would stay open.", published: nil)
    let statement = try #require(timeline.events.first)
    #expect(statement.kind == .statement)
    #expect(statement.date == nil)
  }

  @Test func aPossessorIsAnActorOfTheEvent() throws {
    let timeline = timeline("Mara Quell's party won 40 seats in Tessby.")
    let event = try #require(timeline.events.first)
    #expect(names(event, in: timeline).contains("Mara Quell"))
    #expect(names(event, in: timeline).contains("Tessby"))
  }

  @Test func aVerbOfNoKindJoinsTheDatedEventNounOfItsClause() throws {
    let timeline = timeline("Voters went to the polls in 2018.")
    #expect(timeline.events.count == 1)
    #expect(timeline.events.first?.kind == .election)
    #expect(timeline.events.first?.date?.value.timex == "2018")
  }

  @Test func aReportAfterAQuotationNamesItsSpeaker() throws {
    let timeline = timeline("“The depot stays,” said Mara Quell.")
    let statement = try #require(timeline.events.first { $0.kind == .statement })
    #expect(names(statement, in: timeline) == ["Mara Quell"])
  }

  @Test func aDatedClauseOfNoEventWordKeepsItsVerb() throws {
    let timeline = timeline("Mara Quell has been fighting the closure since 2019. She has chosen to step down.")
    #expect(timeline.events.count == 2)
    #expect(timeline.events.first?.date?.value.timex == "2019")
    #expect(timeline.events.map(\.summary).contains("Mara Quell has chosen to step down"))
  }

  @Test func habitsConditionsAndIntentionsTellNoEvent() {
    #expect(timeline("Mara Quell has little doubt about the depot.").events.isEmpty)
    #expect(timeline("The red sign stands out in the depot.").events.isEmpty)
    #expect(timeline("Mara Quell says the depot closes.").events.map(\.kind) == [.statement])
    #expect(timeline("You write tests for the depot.").events.isEmpty)
    #expect(timeline("If the depot closes, the town will suffer.").events.isEmpty)
    #expect(timeline("The union hopes to keep the depot.").events.isEmpty)
    #expect(timeline("The announced closure angered nobody.").events.count == 1)
  }

  @Test func aWhenClauseAfterADateHappensThen() throws {
    let found = timeline("Rovers last reached the final in 1994, when they lost 3-0 to Harlow United.")
    let lost = try #require(found.events.first { $0.summary.contains("lost 3-0") }, "\(found.events.map(\.summary))")
    #expect(lost.date?.value.timex == "1994")
  }

  @Test func aWhereClauseAfterADateHappensThen() throws {
    let found = timeline("The summit follows talks in Vell last month, where the envoys signed a truce.")
    let signed = try #require(found.events.first { $0.summary.contains("signed a truce") }, "\(found.events.map(\.summary))")
    #expect(signed.date?.value.timex == "2021-10")
  }

  @Test(arguments: [
    "The envoys failed to agree on a truce.", "The council voted to close the depot.",
    "Harlow Rail decided to sell its depot.", "The striker refused to apologise.",
  ])
  func aPastToldWithAnInfinitiveIsAHappening(text: String) {
    #expect(timeline(text).events.count == 1, "\(text)")
  }

  @Test(arguments: [
    "The envoys wanted to sign a truce.", "The rebels seemed to retreat.",
    "Tessby is a town designed to impress visitors.", "The union hoped to keep the depot.",
  ])
  func aWishASeemingOrAPurposeToldWithAnInfinitiveIsNone(text: String) {
    #expect(timeline(text).events.isEmpty, "\(text): \(timeline(text).events.map(\.summary))")
  }

  @Test func aPastThatIsItsBaseFormIsPastAfterASingularName() throws {
    let found = timeline("Kingsmere beat Dunmore 4-0 in the semi-final on Sunday.")
    #expect(found.events.contains { $0.summary.hasPrefix("Kingsmere beat Dunmore") }, "\(found.events.map(\.summary))")
  }
}
