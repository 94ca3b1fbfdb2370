import DatelineTestSupport
import Testing

@testable import DatelineCore

/// The later predicates of a list (`A cut X, closed Y and sold Z`) are told with the subject of
/// the first, and with the auxiliaries they share; never as fragments that start with a verb.
/// The words are the article's own, from the subject on, unless they tell another time.
@Suite struct CoordinatedPredicateTests {
  private func events(_ text: String) -> [Event] {
    Fixture.timeline([text], published: "2022-03-10").events
  }

  private func summaries(_ text: String) -> [String] { events(text).map(\.summary) }

  @Test func everyPredicateOfAListTakesTheFirstSubject() {
    let found = summaries("The lender cut 300 jobs in May, closed two branches in June and sold its insurance arm in July.")
    #expect(found.contains("The lender cut 300 jobs in May"), "\(found)")
    #expect(found.contains("The lender closed two branches in June"), "\(found)")
    #expect(found.contains("The lender sold its insurance arm in July"), "\(found)")
  }

  @Test func aReportedSubjectOpenedByAQuantifierGoesOnToTheNextPredicate() {
    let found = summaries(
      "The director said most of the new jobs would be created in Leeds, and would be filled by the end of June.")
    #expect(found.contains("Most of the new jobs would be filled by the end of June"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("The director would") }, "\(found)")
  }

  @Test(arguments: [
    ("The council first approved the plan in March and rejected it in May.", "The council rejected it in May"),
    ("The lender later cut 300 jobs in May, after a poor year, and sold its insurance arm in July.", "The lender sold its insurance arm in July"),
  ])
  func anAdverbBeforeTheFirstVerbStaysWithItsPredicate(text: String, expected: String) {
    let found = summaries(text)
    #expect(found.contains(expected), "\(found)")
  }

  @Test func aPresentInItsOwnPersonSharesNoAuxiliary() {
    let found = summaries("The ban is backdated to June 3, 2021, and runs until June 2, 2025.")
    #expect(found.contains("The ban runs until June 2, 2025"), "\(found)")
    let carries = summaries("The ferry was repaired in May, and carries cars again from June 6.")
    #expect(found.allSatisfy { !$0.contains("is runs") } && carries.allSatisfy { !$0.contains("was carries") }, "\(carries)")
  }

  @Test func aPredicateAfterANounPhraseSetOffAfterTheFirstTellsItsOwnTime() {
    let text = "The ban is backdated to June 3, 2021, the date of his first hearing, and runs until June 2, 2025."
    let runs = events(text).first { $0.summary == "The ban runs until June 2, 2025" }
    #expect(runs?.date?.end?.timex == "2025-06-02", "\(summaries(text))")
  }

  @Test func aLaterPredicateWithNoTimeOfItsOwnHappenedAtTheFirstOnesTime() {
    let found = events("A jury cleared Mr Lowe of fraud in October but convicted him of theft. The rider crashed in May and spent nine days in hospital.")
    let dates = found.map { ($0.summary, $0.date?.value.timex ?? "-") }
    #expect(dates.contains { $0.0.hasSuffix("convicted him of theft") && $0.1 == "2021-10" }, "\(dates)")
    #expect(dates.contains { $0.0.hasSuffix("spent nine days in hospital") && $0.1 == "2021-05" }, "\(dates)")
  }

  @Test func aClauseToldAtTwoTimesJoinedByAndHappenedAtEach() {
    let found = events("The regatta was cancelled in 2020 and 2021.").map { $0.date?.value.timex ?? "-" }
    #expect(found.sorted() == ["2020", "2021"], "\(found)")
  }

  @Test(arguments: [
    ("Revenue at the mill rose 5% in 2023 and 7% in 2024.", ["2023", "2024"]),
    ("The bakery won its first award in 1988 and its second in 1994.", ["1988", "1994"]),
    ("The bakery won an award in 1988 and another in 1994.", ["1988", "1994"]),
    ("The ferry sailed on 3 May and again on 9 May.", ["2021-05-03", "2021-05-09"]),
  ])
  func aClauseRepeatedWithoutItsVerbAtASecondTimeHappenedAtEach(text: String, dates: [String]) {
    let found = events(text).map { $0.date?.value.timex ?? "-" }
    #expect(found.sorted() == dates, "\(text): \(found)")
  }

  @Test func aSecondTimeAfterAnotherVerbOrAPhraseOfItsOwnIsNotTheFirstClauses() {
    let found = events("The bakery won an award in 1988 and the mayor praised it in 1994.").map { ($0.summary, $0.date?.value.timex ?? "-") }
    #expect(found.contains { $0.0.hasPrefix("The bakery won an award in 1988") && $0.1 == "1988" }, "\(found)")
    #expect(!found.contains { $0.0.hasPrefix("The bakery") && $0.1 == "1994" }, "\(found)")
  }

  @Test func aNearSubjectIsKeptAsWrittenWhenNoOtherTimeOrPredicateStandsBetween() {
    let found = summaries("Analysts noted that Norbridge cut 300 jobs, and closed two branches.")
    #expect(found.contains("Norbridge closed two branches"), "\(found)")
    #expect(!found.contains { $0.hasSuffix("cut 300 jobs, and closed two branches") }, "\(found)")
    #expect(!found.contains("Closed two branches"), "\(found)")
    let near = summaries("Samus, after a long fight, discovered the hidden base.")
    #expect(near.contains("Samus, after a long fight, discovered the hidden base"), "\(near)")
  }

  @Test func aSubjectWithAPrepositionalPhraseIsKeptWhole() {
    let found = summaries("Shares of Halvern Foods rose 5% in January, fell 3% in February and recovered in March.")
    #expect(found.contains("Shares of Halvern Foods fell 3% in February"), "\(found)")
    #expect(found.contains("Shares of Halvern Foods recovered in March"), "\(found)")
    #expect(!found.contains { $0.contains("January, fell") }, "\(found)")
  }

  @Test func theSubjectOfAReportedClauseLeadsItsLaterPredicates() {
    let text = "Analysts noted that the revenue of Norbridge tripled in 2019, doubled in 2020 and grew by 16 percent in 2021."
    let found = events(text)
    let grew = found.first { $0.summary == "The revenue of Norbridge grew by 16 percent in 2021" }
    #expect(grew != nil, "\(found.map(\.summary))")
    #expect(grew?.date?.value.timex == "2021")
    #expect(found.contains { $0.summary == "The revenue of Norbridge doubled in 2020" })
  }

  @Test func theSubjectAfterAVerbOfHearingIsTheOneThatActs() {
    let found = summaries(
      "The court heard he moved money from 41 accounts between 2016 and 2022, and spent it on boats and cars.")
    #expect(found.contains("He spent it on boats and cars"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("The court spent") }, "\(found)")
  }

  @Test func aSecondVerbOfSpeechGoesOnFromTheSpeaker() {
    let found = summaries(
      "The forecaster said a band of heavy rain would reach the coast on 4 May 2021, and warned that rivers could flood on 5 May 2021.")
    #expect(found.contains("The forecaster warned that rivers could flood on 5 May 2021"), "\(found)")
  }

  @Test(arguments: ["theorized", "speculated", "contended"])
  func aVerbOfConjectureReportsToo(verb: String) {
    let found = summaries("Posts on the forum \(verb) that an attack had occurred, and wrote that the site was down on 4 May 2021.")
    #expect(found.contains("Posts on the forum wrote that the site was down on 4 May 2021"), "\(found)")
  }

  @Test func aModalOfTheReportedClauseGoesOnOnlyInABaseForm() {
    let found = summaries("The council said the bridge would reopen in June, and closed the road on 4 May 2021.")
    #expect(found.contains("The council closed the road on 4 May 2021"), "\(found)")
    let base = summaries("The council said the bridge would reopen in June 2021, and carry trams on 4 July 2021.")
    #expect(base.contains("The bridge would carry trams on 4 July 2021"), "\(base)")
  }

  @Test func aRelativeClauseBetweenIsPassedOver() {
    let found = summaries("The lender, which employs 900 people, cut 300 jobs in May and closed two branches in June.")
    #expect(found.contains("The lender closed two branches in June"), "\(found)")
  }

  @Test func aNounPhraseInAppositionIsNotTheSubject() {
    let found = summaries(
      "Halvern is the maker of the best-selling kettle, the Brewmaster, and opened a factory in Leeds on 4 May 2021.")
    #expect(found.contains("Halvern opened a factory in Leeds on 4 May 2021"), "\(found)")
  }

  @Test func aPassiveOrPerfectSharesItsAuxiliaries() {
    let found = summaries("If the talks fail, the plant will be closed in June, and perhaps sold in July.")
    #expect(found.contains("The plant will be sold in July"), "\(found)")
    let perfect = summaries("By then the firm had cut 300 jobs in May, and closed two branches in June.")
    #expect(perfect.contains("The firm had closed two branches in June"), "\(perfect)")
  }

  @Test func aPassiveDoesNotLeadAnActiveVerbWithAnObject() {
    let found = summaries("Norbridge was founded by two engineers in 1976, and launched its first kettle in 1979.")
    #expect(found.contains("Norbridge launched its first kettle in 1979"), "\(found)")
  }

  @Test func aNegationIsNotShared() {
    let found = summaries("The regulator did not fine the bank in 2020, but opened an inquiry in 2021.")
    #expect(found.contains("The regulator opened an inquiry in 2021"), "\(found)")
  }

  @Test(arguments: [
    ("The judge remanded Mr Lowe in custody and said he would be sentenced on 20 March.", "The judge remanded Mr Lowe in custody", "2022-03-20"),
    ("The mayor opened the bridge and said it would carry lorries from 3 May.", "The mayor opened the bridge", "2022-05-03"),
    ("The minister resigned and told reporters she would leave parliament next year.", "The minister resigned", "2023"),
  ])
  func aTimeInWhatASecondPredicateReportsDatesOnlyTheReport(text: String, first: String, reported: String) {
    let dates = events(text).map { ($0.summary, $0.date?.value.timex ?? "-") }
    #expect(dates.contains { $0.0 == first && $0.1 != reported }, "\(dates)")
    #expect(dates.contains { $0.0 != first && $0.1 == reported }, "\(dates)")
  }
}
