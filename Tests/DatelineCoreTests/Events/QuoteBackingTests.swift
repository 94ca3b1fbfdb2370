import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A quotation backs the events told in its own sentence and the statement it belongs to, not
/// every event of its paragraph; one that goes on with the speaker of the quotation before it
/// backs that one's statement.
@Suite struct QuoteBackingTests {
  /// The words of the quotes backing the first event whose summary holds `words`.
  private func backing(_ timeline: Timeline, _ words: String) -> [String]? {
    timeline.events.first { $0.summary.contains(words) }.map { event in
      event.quotes.map { index in
        let span = timeline.quotes[index].span
        return timeline.documents[span.document].string(span.range)
      }
    }
  }

  @Test func aQuotationBacksTheEventsOfItsOwnSentence() {
    let timeline = Fixture.timeline([
      "The bakery closed its doors on Monday. Owner Greta Lind said the rent was “simply out of reach for a family firm”. The landlord raised the rent in March. A cafe will open there in June."
    ])
    #expect(backing(timeline, "bakery closed") == [])
    #expect(backing(timeline, "landlord raised") == [])
    #expect(backing(timeline, "cafe will open") == [])
    #expect(backing(timeline, "Greta Lind said") == ["simply out of reach for a family firm"])
  }

  @Test func aQuotationThatGoesOnBacksTheStatementItBelongsTo() {
    let timeline = Fixture.timeline([
      "“We had no warning at all,” Dev Patel told reporters on Monday. The plant shut in May. “Nobody called us.”"
    ])
    #expect(backing(timeline, "Dev Patel told") == ["We had no warning at all", "Nobody called us."])
    #expect(backing(timeline, "plant shut") == [])
  }

  @Test func aLongRunOfLinesIsNotAllOneStatement() {
    let timeline = Fixture.timeline([
      "“The bridge is closed,” Mara Quist said on Monday.\n\n“It will stay closed.”\n\n“We are sorry.”\n\n“Use the ferry.”"
    ])
    #expect(backing(timeline, "Mara Quist said") == ["The bridge is closed", "It will stay closed.", "We are sorry."])
  }
}
