import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A clause is told in the tense of its verb, also when its event word is the dated noun of its
/// object (`agreed a border deal on Sunday`, `failed to agree a border deal on Sunday`): such a
/// lead, told in the past, sets the story's day for the past clauses after it.
@Suite struct ClauseTenseTests {
  private func events(_ text: String) -> [Event] {
    Fixture.timeline([text], published: "2025-11-03").events
  }

  private func date(of words: String, in events: [Event]) throws -> EventDate? {
    try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))").date
  }

  @Test func aLeadWhoseObjectIsADatedEventNounIsToldByItsVerb() throws {
    let all = events(
      """
      Negotiators from Veland agreed a border deal on Sunday.

      Ilse Krohn thanked both teams.
      """)
    let thanked = try date(of: "thanked both teams", in: all)
    #expect(thanked?.value.timex == "2025-11-02", "\(String(describing: thanked))")
    #expect(thanked?.inference == .storyTime)
  }

  @Test func soIsOneWhoseInfinitiveTakesThatNoun() throws {
    let all = events(
      """
      Negotiators from Veland failed to agree a border deal on Sunday.

      Ilse Krohn blamed the other side for the collapse.
      """)
    let blamed = try date(of: "blamed the other side", in: all)
    #expect(blamed?.value.timex == "2025-11-02", "\(String(describing: blamed))")
    #expect(blamed?.inference == .storyTime)
  }

  @Test func aFutureWhoseSubjectIsAnEventNounIsNoPastLead() throws {
    let all = events("The price cut will on average be reduced to £0.74 to match prices in Veland.")
    let reduced = try #require(all.first { $0.summary.contains("be reduced") }, "\(all.map(\.summary))")
    #expect(reduced.date == nil, "\(String(describing: reduced.date))")
  }

  @Test func anIrregularPastWithoutEdIsToldInThePast() throws {
    let all = events(
      """
      Voters in Ostmark elected a new mayor on Sunday.

      An inquiry found that the count was fair. The court heard the last appeal.
      """)
    for words in ["An inquiry found", "The court heard"] {
      let date = try date(of: words, in: all)
      #expect(date?.value.timex == "2025-11-02", "\(words): \(String(describing: date))")
    }
  }

  @Test func aParticipleAfterANounTellsNoTenseOfItsClause() throws {
    let all = events(
      """
      Police seized 400,000 fake tablets at the port on Friday.

      The pills appear to be much stronger than those found on the street.
      """)
    #expect(try date(of: "than those found on the street", in: all) == nil)
    let seized = events("Police seized the pills on Friday. Officers said the gang found buyers in 2023.")
    #expect(try date(of: "found buyers", in: seized)?.value.timex == "2023")
  }

  @Test func aParticipleOpeningTheSubjectTellsNoTenseEither() throws {
    let all = events(
      """
      Customs officers seized 9,000 fake tablets at the port on Friday.

      Tablets sold on the internet appear to contain a banned stimulant.
      """)
    #expect(try date(of: "appear to contain", in: all) == nil)
    let sold = events("Customs officers seized the tablets on Friday. The gang sold the pills online to students.")
    #expect(try date(of: "sold the pills", in: sold)?.value.timex == "2025-10-31")
  }
}
