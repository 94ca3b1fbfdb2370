import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A time in a participle phrase after a verb's object tells when the thing the object names came
/// about (`sold the plant built in 1998`), not when the clause happened; after a verb of speech
/// the past verb is a clause's own (`said the plant closed in 1998`).
@Suite struct ObjectParticipleTimeTests {
  private func date(of words: String, in text: String) throws -> String? {
    let events = Fixture.timeline([text], published: "2026-11-09").events
    let event = try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))")
    return event.date?.value.timex
  }

  @Test func aParticiplePhraseAfterTheObjectDoesNotDateTheClause() throws {
    #expect(try date(of: "sold the plant", in: "The firm sold the plant built in 1998 to a rival on Friday.") == "2026-11-06")
    #expect(try date(of: "repaid the loan", in: "The bank repaid the loan taken out in 2019.") != "2019")
    #expect(try date(of: "blamed a software update", in: "The company blamed a software update released in October.") != "2026-10")
  }

  @Test func aPastFormReadAsANounAfterTheObjectIsAParticipleToo() throws {
    let text = "The river reached 6.2 metres on Sunday, breaking the record set in 2015."
    let events = Fixture.timeline([text], published: "2026-11-09").events
    #expect(!events.contains { $0.date?.value.timex == "2015" }, "\(events.map(\.summary))")
    #expect(try date(of: "reached 6.2 metres", in: text) == "2026-11-08")
  }

  @Test func aPastVerbAfterASpeechVerbStillDatesItsClause() throws {
    #expect(try date(of: "closed", in: "The union said the plant closed in 1998.") == "1998")
    #expect(try date(of: "began", in: "A state-owned television service began in 1960.") == "1960")
  }

  @Test func aParticipleInIngAfterAPerceivedObjectSharesTheClausesTime() throws {
    let text = "The team observed the comet passing its star between January and March."
    #expect(try date(of: "observed the comet", in: text) == "2026-Q1")
  }

  @Test func aDayAParticipleAfterTheSubjectPlansForDoesNotDateTheClause() throws {
    let booked = "Pilots walked out on Monday. Passengers booked for Thursday have been offered refunds."
    #expect(try date(of: "have been offered refunds", in: booked) == "2026-11-09")
    let scheduled = "Flights scheduled for Friday were cancelled, the airline said."
    #expect(try date(of: "were cancelled", in: scheduled) != "2026-11-13")
    #expect(try date(of: "prepared for", in: "Officials prepared for Friday.") == "2026-11-06")
  }
}
