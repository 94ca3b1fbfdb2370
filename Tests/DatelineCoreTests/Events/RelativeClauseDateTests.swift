import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Which clause a time dates when a relative clause stands beside its main clause: the main
/// clause keeps a time after the goal its verb takes, and a relative clause's plan does not date
/// the future around it.
@Suite struct RelativeClauseDateTests {
  private func events(_ text: String) -> [Event] {
    Fixture.timeline([text], published: "2027-03-03").events
  }

  private func date(_ words: String, in events: [Event]) throws -> String {
    let event = try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))")
    return event.date.map { $0.value.timex + ($0.isInferred ? " inferred" : "") } ?? "undated"
  }

  @Test func aTimeAfterTheGoalOfAVerbOfHandingOverDatesTheMainClause() throws {
    let showed = events("Omar showed the radio he built to his teachers on February 14.")
    #expect(try date("showed the radio", in: showed) == "2027-02-14", "\(showed.map(\.summary))")
    let brought = events("The girl brought the kite she designed to the fair on February 20.")
    #expect(try date("brought the kite", in: brought) == "2027-02-20", "\(brought.map(\.summary))")
  }

  @Test func aTimeInsideTheRelativeClauseStillDatesOnlyItsNoun() throws {
    let sold = events("The dealer sold the van he bought in January to a farmer.")
    #expect(try date("sold the van", in: sold).hasPrefix("2027-03-03"), "\(sold.map(\.summary))")
  }

  @Test func aPlanToldInARelativeClauseDoesNotDateTheFutureAroundIt() throws {
    let all = events(
      "The Flying Kestrel, which will make its last run on March 29, will be sent to a rail museum in Leeds after its retirement.")
    #expect(try date("will be sent", in: all) == "undated", "\(all.map(\.summary))")
    #expect(try date("last run", in: all) == "2027-03-29", "\(all.map(\.summary))")
  }
}
