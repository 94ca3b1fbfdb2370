import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A noun the tagger read as a verb after `, and` or `, but` heads its own clause's subject when
/// a past verb follows it (past adverbs): the clause borrows no subject from the one before.
@Suite struct ConjoinedNounSubjectTests {
  @Test func theNounIsTheSubject() {
    let found = Fixture.timeline(
      ["The tram line is still not finished, and work only started in 2021."], published: "2024-09-05"
    ).events.map(\.summary)
    #expect(found.contains { $0.hasPrefix("Work only started in 2021") }, "\(found)")
    #expect(!found.contains { $0.contains("line work") }, "\(found)")
  }
}
