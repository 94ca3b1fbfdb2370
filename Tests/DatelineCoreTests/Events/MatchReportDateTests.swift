import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A match report's lead is told by its verb though the tagger read a name's last word as an
/// adjective and the verb as a noun (`Carlow Athletic beat …`), and a season (`last season`) is a
/// vague time of its own, not the story's day.
@Suite struct MatchReportDateTests {
  private func events(_ text: String) -> [Event] {
    Fixture.timeline([text], published: "2024-04-14").events
  }

  private func event(_ words: String, in events: [Event]) throws -> Event {
    try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))")
  }

  @Test func aPastFormReadAsANounBetweenNamesTellsTheLead() throws {
    let all = events(
      """
      Carlow Athletic beat Harbour Rovers 2-1 on Saturday to reach the semi-finals of the county cup.

      Striker Dan Moyles scored twice in the second half.
      """)
    let scored = try event("scored twice", in: all)
    #expect(scored.date?.value.timex == "2024-04-13", "\(String(describing: scored.date))")
    #expect(scored.date?.inference == .storyTime)
  }

  @Test func aClauseToldOfLastSeasonIsNotOfTheStorysDay() throws {
    let all = events(
      """
      Kilbride Town beat the league leaders 3-0 on Saturday.

      The club finished fourth last season.
      """)
    let finished = try event("finished fourth", in: all)
    #expect(finished.date?.value.timex != "2024-04-13", "\(String(describing: finished.date))")
  }

  @Test func aPastPerfectThatAClauseOfTimeClosesIsOfThatClausesDay() throws {
    let all = events(
      """
      Carlow Athletic beat Harbour Rovers 2-1 on Saturday.

      The visitors had gone ahead through a penalty from Ian Roe before Carlow levelled just after the break.
      """)
    let ahead = try event("had gone ahead", in: all)
    #expect(ahead.date?.value.timex == "2024-04-13", "\(String(describing: ahead.date))")
    // A past perfect with no clause of time after it stays before the story.
    let before = events(
      """
      Carlow Athletic beat Harbour Rovers 2-1 on Saturday.

      The visitors had lost their last three away games.
      """)
    #expect(try event("had lost", in: before).date == nil)
  }
}
