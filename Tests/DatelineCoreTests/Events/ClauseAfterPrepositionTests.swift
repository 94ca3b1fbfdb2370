import DatelineTestSupport
import Testing

@testable import DatelineCore

/// `after`, `before`, `since` and `until` before a subject and its verb open a clause of its own,
/// dated by its own time: the main clause does not take that time (`has fined … after hackers
/// stole … in 2023`). Before a noun phrase alone they stay in their clause.
@Suite struct ClauseAfterPrepositionTests {
  private func events(_ text: String) -> [Event] {
    Fixture.timeline([text], published: "2025-10-21").events
  }

  @Test func aClauseAfterAfterHasItsOwnDate() throws {
    let found = events("The watchdog has fined the provider £42m after hackers stole the records of 3,000 customers in 2023.")
    let theft = try #require(found.first { $0.summary.hasPrefix("Hackers stole") }, "\(found.map(\.summary))")
    #expect(theft.date?.value.timex == "2023")
    let fine = try #require(found.first { $0.summary == "The watchdog has fined the provider £42m" }, "\(found.map(\.summary))")
    #expect(fine.date?.value.timex != "2023")
  }

  @Test func aSubjectWithAnOfPhraseOpensAClauseToo() {
    let found = events("The levy was first proposed in 2022, after the merger of two regional banks led to hundreds of job losses.")
      .map(\.summary)
    #expect(found.contains("The merger of two regional banks led to hundreds of job losses"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("After") }, "\(found)")
  }

  @Test func whatFollowedADaysEventIsToldAsOfThatDay() throws {
    let found = events("The bid to oust the mayor has failed after councillors walked out of the chamber on Saturday.")
    let failed = try #require(found.first { $0.summary.hasPrefix("The bid to oust the mayor has failed") }, "\(found.map(\.summary))")
    #expect(failed.date?.value.timex == "2025-10-18")
    #expect(failed.date?.isInferred == true)
  }

  @Test func aSubjectWithAPrepositionalPhraseOpensAClause() throws {
    let found = events("Nurses walked out in May after talks with hospital managers collapsed in April.")
    let talks = try #require(found.first { $0.summary.hasPrefix("Talks with hospital managers collapsed") }, "\(found.map(\.summary))")
    #expect(talks.date?.value.timex == "2025-04")
    #expect(found.contains { $0.summary == "Nurses walked out in May" && $0.date?.value.timex == "2025-05" }, "\(found.map(\.summary))")
  }

  @Test func aCompoundNounReadAsAVerbStaysInTheSubject() throws {
    let found = events("Dockers walked out in May after a third round of pay talks collapsed in April.")
    let talks = try #require(found.first { $0.summary.hasPrefix("A third round of pay talks collapsed") }, "\(found.map(\.summary))")
    #expect(talks.date?.value.timex == "2025-04")
  }

  @Test func aPrepositionalPhraseWithoutAVerbStaysInItsClause() {
    let found = events("The union walked out after talks with managers in April.").map(\.summary)
    #expect(found == ["The union walked out after talks with managers in April"], "\(found)")
  }

  @Test func aNounPhraseAfterAfterStaysInItsClause() {
    let found = events("The talks resumed after the 2019 election.").map(\.summary)
    #expect(found == ["The talks resumed after the 2019 election"], "\(found)")
  }

  @Test func aClauseBeforeAPassiveIsSplitToo() {
    let found = events("Police arrested a man on Sunday after a woman was stabbed in Leeds on Saturday.")
    #expect(found.contains { $0.summary == "A woman was stabbed in Leeds on Saturday" && $0.date?.value.timex == "2025-10-18" })
    #expect(found.contains { $0.summary == "Police arrested a man on Sunday" && $0.date?.value.timex == "2025-10-19" })
  }

  @Test func whatFollowsCameTellsWhenAndStaysWithIt() {
    let found = events("The move came just days after the regulator opened an inquiry into the bank.").map(\.summary)
    #expect(!found.contains("The move came just days"), "\(found)")
    #expect(found.contains { $0.hasPrefix("The move came just days after the regulator opened") }, "\(found)")
  }

  @Test func asLeadsANounPhraseIntoItsClause() {
    let found = events("My duty as a director was to protect the firm in 2020.").map(\.summary)
    #expect(found.contains("My duty as a director was to protect the firm in 2020"), "\(found)")
  }

  @Test func aClauseThatRunsIntoTheMainClauseKeepsItsWord() {
    let found = events("After the trial ended Norbridge chief Ada Lin thanked the jury on Monday.").map(\.summary)
    #expect(found.contains { $0.hasPrefix("After the trial ended") }, "\(found)")
    #expect(!found.contains { $0.hasPrefix("The trial ended Norbridge") }, "\(found)")
  }

  @Test func aScoreInTheSubjectOpensAClauseToo() throws {
    let found = events("Rovers sacked their manager on Sunday, a day after a 3-0 defeat at home left them bottom of the league.")
    let defeat = try #require(found.first { $0.summary.hasPrefix("A 3-0 defeat") }, "\(found.map(\.summary))")
    #expect(defeat.date?.value.timex == "2025-10-18")
    #expect(defeat.date?.inference == .offset)
  }
}
