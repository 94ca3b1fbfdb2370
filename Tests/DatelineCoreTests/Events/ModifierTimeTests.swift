import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A time inside a phrase that tells which thing a noun is does not date the clause around it:
/// a participle after the subject (`A bridge built in 1990 collapsed on Monday`), when the
/// clause has a time of its own or is told with `will`; a share of a dated
/// event noun (`won 54% of the vote on Sunday`) is that event's, not a time beside it.
@Suite struct ModifierTimeTests {
  private func date(_ words: String, in text: String) throws -> String? {
    let events = Fixture.timeline([text], published: "2025-03-12").events
    return try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))").date?.value.timex
  }

  @Test(arguments: [
    ("A bridge built in 1990 collapsed on Monday.", "collapsed", "2025-03-10"),
    ("The ferry bought by Harlow Rail last year caught fire on Monday.", "caught fire", "2025-03-10"),
    ("A law passed by parliament in 2021 came into effect on Monday.", "came into effect", "2025-03-10"),
  ])
  func aParticipleAfterTheSubjectDatesOnlyItsNoun(text: String, words: String, expected: String) throws {
    #expect(try date(words, in: text) == expected)
  }

  @Test(arguments: [
    ("The four pilots chosen for the flight in May last year will continue training.", "continue training", "2024-05"),
    ("A ferry ordered by the island's council in 2021 will carry its first passengers.", "carry its first", "2021"),
    ("The judges named for the contest last month will meet the finalists.", "meet the finalists", "2025-02"),
  ])
  func aParticipleAfterTheSubjectDoesNotDateAClauseToldAhead(text: String, words: String, participle: String) throws {
    let day = try date(words, in: text)
    #expect(day != participle && !(day ?? "").hasPrefix(participle), "\(String(describing: day))")
  }

  @Test(arguments: [
    ("A poll released on Monday showed support at 13%.", "showed", "2025-03-10"),
    ("The company said in May it would close the plant.", "said", "2024-05"),
    ("The minister opened in May a bridge that was built in 1990.", "opened", "2024-05"),
  ])
  func aPastVerbAfterItsSubjectKeepsItsTime(text: String, words: String, expected: String) throws {
    #expect(try date(words, in: text) == expected)
  }

  @Test func aShareOfADatedElectionDatesTheClause() throws {
    let text = "Voters re-elected Governor Anne Holt with 54% of the vote on Sunday."
    #expect(try date("re-elected", in: text) == "2025-03-09")
    #expect(try date("resigned", in: "Lorna Tate resigned ahead of the vote on Sunday.") != "2025-03-09")
  }
}
