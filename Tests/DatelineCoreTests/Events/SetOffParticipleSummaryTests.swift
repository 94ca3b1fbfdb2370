import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A past participle set off between a subject and its verb (`The mill, | built in 1890, | now
/// houses …`) tells what happened to that subject: its event is told as a clause, and the main
/// clause's event is told without the set-off words when they tell another time.
@Suite struct SetOffParticipleSummaryTests {
  private func events(_ text: String) -> [(summary: String, date: String?)] {
    Fixture.timeline([text], published: "2024-06-12").events.map { ($0.summary, $0.date?.value.timex) }
  }

  @Test(arguments: [
    ("Kestrel Mills, founded in Halifax in 1921, makes woollen cloth.", "Kestrel Mills was founded in Halifax in 1921", "1921"),
    ("The treaty, signed in Lisbon in 2007, gave the assembly new powers.", "The treaty was signed in Lisbon in 2007", "2007"),
    ("A levy on plastic bags, first proposed in 2019, will start on July 1.", "A levy on plastic bags was first proposed in 2019", "2019"),
    ("The two ferries, built in Gdansk in 1998, will be scrapped next year.", "The two ferries were built in Gdansk in 1998", "1998"),
  ])
  func theParticipleIsToldAsAClauseOfItsSubject(text: String, summary: String, date: String) {
    let found = events(text)
    #expect(found.contains { $0.summary == summary && $0.date == date }, "\(found)")
  }

  @Test func theMainClauseLeavesOutSetOffWordsOfAnotherTime() {
    let found = events("The pier, opened in 1899, will close for repairs in September.")
    #expect(found.contains { $0.summary == "The pier will close for repairs in September" && $0.date == "2024-09" }, "\(found)")
  }

  @Test func theMainClauseFindsItsSubjectPastAnAdverbAndAParticiple() {
    let found = events("A levy on plastic bags, first proposed in 2019, will start on July 1.")
    #expect(found.contains { $0.summary == "A levy on plastic bags will start on July 1" && $0.date == "2024-07-01" }, "\(found)")
  }

  @Test func anUndatedSetOffParticipleIsNoEvent() {
    let found = events("The airline, owned by Halcyon Group, told staff on Monday that flights would resume.")
    #expect(!found.contains { $0.summary.contains("was owned") }, "\(found)")
    #expect(found.contains { $0.date == "2024-06-10" }, "\(found)")
  }
}
