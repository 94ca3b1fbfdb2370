import DatelineTestSupport
import Testing

@testable import DatelineCore

/// `that` read as a determiner opens a noun phrase, not a clause: the time after the phrase
/// dates the clause whose object it is (`shut down that black market in October 2013`). It
/// still opens a clause when a finite verb follows right after its noun (`noticed that demand
/// fell`).
@Suite struct DeterminerThatTests {
  private func events(_ text: String) -> [Event] {
    Fixture.timeline([text], published: "2015-03-27").events
  }

  @Test func aTimeAfterTheNounThatDeterminesDatesTheClause() throws {
    let all = events("Police in Tarnby shut down that black market in October 2013.")
    let shut = try #require(all.first { $0.summary.contains("shut down that black market") }, "\(all.map(\.summary))")
    #expect(shut.date?.value.timex == "2013-10", "\(String(describing: shut.date))")
    #expect(shut.date?.isInferred == false)
  }

  @Test func aFiniteVerbRightAfterItsNounMakesThatOpenAClause() throws {
    let all = events("Analysts at Corbel noticed that demand for steel fell sharply in May.")
    let fell = try #require(all.first { $0.summary.hasPrefix("Demand for steel fell sharply in May") }, "\(all.map(\.summary))")
    #expect(fell.date?.value.timex == "2014-05", "\(String(describing: fell.date))")
  }
}
