import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A later predicate after a set-off place keeps the sentence's subject, and a long summary ends
/// before what trails after its clause: a second `that` of a report, a cause, a purpose, a
/// gerund's how, a second report of the same speaker.
@Suite struct SummaryTrailingCutTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2022-03-10").events.map(\.summary)
  }

  @Test func aPredicateAfterASetOffPlaceKeepsTheSubject() {
    let found = summaries("Corvane is based in Denver, Colorado, employs 3,200 people and reported record profits in March.")
    #expect(found.contains("Corvane employs 3,200 people and reported record profits in March"), "\(found)")
    let labs = summaries("Maribel Labs, which is based in Lyon, France, plans to open a factory in 2027.")
    #expect(labs.contains("Maribel Labs, which is based in Lyon, France, plans to open a factory in 2027"), "\(labs)")
  }

  @Test func aSecondPredicateIsToldWithoutTheFirst() {
    let found = summaries("Tomas Lind, 31, scored 14 goals in the league last season and signed a contract that runs until June 2029.")
    #expect(found.contains("Tomas Lind signed a contract"), "\(found)")
    #expect(found.contains("Tomas Lind, 31, scored 14 goals in the league last season"), "\(found)")
  }

  @Test func becauseOfOpensNoClause() {
    let found = summaries("A spokesman said on Monday that the coastal road was closed because of the snow.")
    #expect(found.contains("A spokesman said on Monday that the coastal road was closed because of the snow"), "\(found)")
    let short = summaries("The flight was cancelled on Friday due to fog.")
    #expect(short.contains("The flight was cancelled on Friday due to fog"), "\(short)")
  }

  @Test(arguments: [
    (
      "Dr Nadia Osei said on Tuesday that the vaccine had been tested on 4,000 volunteers in nine countries and that nobody had suffered serious harm.",
      "Dr Nadia Osei said on Tuesday that the vaccine had been tested on 4,000 volunteers in nine countries"
    ),
    (
      "The airline cancelled 140 flights at its main hub on Friday due to a shortage of air traffic controllers in the region.",
      "The airline cancelled 140 flights at its main hub on Friday"
    ),
    (
      "The council bought the empty mill from its owners in 2019 so that the town could build new homes and a school on the site.",
      "The council bought the empty mill from its owners in 2019"
    ),
    (
      "Chef Amara Diallo opened her first restaurant in Accra in 2015 by borrowing money from relatives and former colleagues.",
      "Chef Amara Diallo opened her first restaurant in Accra in 2015"
    ),
    (
      "The finance minister said on Monday that the budget was balanced but warned that rising interest costs would squeeze spending on schools.",
      "The finance minister said on Monday that the budget was balanced"
    ),
  ])
  func aLongSummaryEndsBeforeWhatTrails(text: String, summary: String) {
    let found = summaries(text)
    #expect(found.contains(summary), "\(found)")
  }

  @Test(arguments: [
    (
      "Several galleries holding bronzes from the old royal court have come under growing pressure since the return of 31 similar pieces by a London museum in 2022.",
      "Several galleries have come under growing pressure"
    ),
    (
      "The city's half marathon went ahead on Sunday with 9,000 runners amid protests by residents of the old town against road closures in 14 streets.",
      "The city's half marathon went ahead on Sunday with 9,000 runners"
    ),
  ])
  func aLongSummaryLeavesOutABackgroundPhraseWhole(text: String, summary: String) {
    let found = summaries(text)
    #expect(found.contains(summary), "\(found)")
  }

  @Test func aShortSummaryKeepsItsBackgroundPhrase() {
    let found = summaries("The plant has been closed since a fire in 2019 destroyed its kilns.")
    #expect(found.contains { $0.hasPrefix("The plant has been closed since a fire in 2019") }, "\(found)")
  }

  @Test func aCutBeforeAndNeedsAWholePredicateBeforeIt() {
    let auxiliary = summaries(
      "The long dispute with the neighbours over the boundary fence had already and seriously damaged the family business in the eyes of its customers.")
    #expect(!auxiliary.contains { $0.hasSuffix("had already") }, "\(auxiliary)")
    let adjective = summaries(
      "More details on how the new scheduler polls new and previously failed tasks are given in the section on the lifecycle of a task below.")
    #expect(!adjective.contains { $0.hasSuffix("polls new") }, "\(adjective)")
  }

  @Test(arguments: [
    "The league said the club had been \"treated unfairly\" by the disciplinary panel and called for an independent review of the case.",
    "The charity said the families had been \"badly let down\" by the housing department and called for a public inquiry into the fire.",
    "The union said its members were \"deeply shocked\" by the regional manager's letter and called for an urgent meeting with the board.",
  ])
  func aReportInASecondPredicateIsNotCutFromWhatItSays(text: String) {
    let found = summaries(text)
    #expect(!found.isEmpty && !found.contains { $0.hasSuffix(" and called") }, "\(found)")
  }

  @Test(arguments: [
    ("Kestrel Medical, which won a tender last year, said on Monday it would cut 200 jobs.", "Kestrel Medical won a tender last year"),
    ("Calder Financial, which lost a lawsuit last year, said on Friday it would appeal.", "Calder Financial lost a lawsuit last year"),
    ("Halden Federal, which bought a rival last month, said on Tuesday it would close 40 branches.", "Halden Federal bought a rival last month"),
  ])
  func aRelativeClauseAfterANameEndingInAnAdjectiveIsLedByTheName(text: String, expected: String) {
    let found = summaries(text)
    #expect(found.contains(expected), "\(found)")
  }
}
