import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A clause with no date of its own that shares one with the clause it hangs on: a relative
/// clause told in the past right after a dated noun, and the main clause after a dated present
/// participle that opens the sentence.
@Suite struct SharedClauseTimeTests {
  private func events(_ text: String) -> [(summary: String, date: String?)] {
    Fixture.timeline([text], published: "2022-03-10").events.map { ($0.summary, $0.date?.value.timex) }
  }

  @Test func aPastRelativeClauseAfterADatedNounHappenedThen() {
    let found = events("Officials said the flood was the worst since the Harlow fire in August 2018, which destroyed 400 homes.")
    let destroyed = found.first { $0.summary.contains("destroyed 400 homes") }
    #expect(destroyed?.summary == "The Harlow fire destroyed 400 homes", "\(found)")
    #expect(destroyed?.date == "2018-08", "\(found)")
  }

  @Test func aDateThatIsTheNounItselfIsWhatTheClauseIsAbout() {
    let found = events("Its profit for the last quarter, which ended December 30, 2006, rose 78%.")
    #expect(!found.contains { $0.summary.hasPrefix("Its profit ended") }, "\(found)")
  }

  @Test func aDatedPresentParticipleOpeningTheSentenceDatesTheMainClause() {
    let found = events("Speaking in Geneva on Tuesday, the envoy said the talks had stalled.")
    let said = found.first { $0.summary.contains("said the talks had stalled") }
    #expect(said?.date == "2022-03-08", "\(found)")
  }

  @Test func aPastParticipleOpeningTheSentenceTellsAnEarlierState() {
    let found = events("Founded in 1976, the club now has 900 members.")
    #expect(!found.contains { $0.summary.contains("900 members") && $0.date == "1976" }, "\(found)")
  }

  @Test func aCountOfTimesOverAPeriodDoesNotDateTheClause() {
    let found = events("Harwell Mills said on Tuesday it had cut its profit forecast for the second time this year.")
    #expect(!found.contains { $0.date == "2022" }, "\(found)")
    let counted = events("The central bank raised rates three times this year.")
    #expect(!counted.contains { $0.date == "2022" }, "\(counted)")
    let dated = events("The central bank raised rates this year.")
    #expect(dated.contains { $0.date == "2022" }, "\(dated)")
  }

  @Test func aYearThatNamesWhichThingTheObjectIsDoesNotDateTheClause() {
    let found = events("The firm copied a 2016 design by a Danish artist. The supplier said the council broke the 2015 contract.")
    #expect(!found.contains { $0.date == "2016" || $0.date == "2015" }, "\(found)")
    let dated = events("The council signed the agreement in 2015.")
    #expect(dated.contains { $0.date == "2015" }, "\(dated)")
  }
}
