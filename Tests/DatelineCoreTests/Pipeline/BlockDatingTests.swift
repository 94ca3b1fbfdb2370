import Foundation
import Testing

@testable import DatelineCore

/// A document cut into blocks is dated as it is in one piece: a later block's past clauses take
/// the story's time its lead set, not that of a clause near the block's start, and `the next
/// day` at the start of a block goes on from the last day the block before named.
@Suite struct BlockDatingTests {
  private static func document(_ text: String, published: String) -> Document {
    Document(
      id: 0, name: "long.txt", metadata: DocumentMetadata(published: TimeValue(timex: published)),
      text: Array(text.utf8))
  }

  private static func event(_ words: String, in timeline: Timeline) throws -> Event {
    try #require(timeline.events.first { $0.summary.contains(words) }, "\(timeline.events.map(\.summary))")
  }

  /// Each event's summary, date, how the date was inferred and the summary of the event it was
  /// taken from: what is compared between a document in one piece and in blocks (a name a
  /// later block repeats is another actor there, so the actors may differ, and an undated event
  /// takes its place from a neighbour of its own block), in summary order.
  private static func dates(_ timeline: Timeline) -> [String] {
    timeline.events.map { event in
      let anchor = event.date?.anchorEvent.map { timeline.events[$0].summary } ?? "-"
      return [event.summary, event.date?.value.timex ?? "-", event.date?.inference?.name ?? "-", anchor]
        .joined(separator: " | ")
    }.sorted()
  }

  /// Blocks of about one paragraph each.
  private static let blockBytes = 120

  @Test func aLaterBlockTakesTheStoryTimeOfTheLead() throws {
    let document = Self.document(
      """
      On Tuesday, the Harwick council closed the old ferry pier after a survey found cracks in its piles.

      The pier had carried passengers to Elmsey island for ninety years, and generations of families used it.

      Workers removed the railings and the ticket booth. The council voted to sell the land to a marina firm.
      """, published: "2024-03-08")
    #expect(TextBlock.blocks(of: document, size: Self.blockBytes).count == 3)
    let whole = Pipeline(jobs: 1).timeline(of: [document])
    let blockwise = Pipeline(jobs: 1, blockBytes: Self.blockBytes).timeline(of: [document])
    let railings = try Self.event("removed the railings", in: blockwise)
    #expect(railings.date?.value.timex == "2024-03-05")
    #expect(railings.date?.inference == .storyTime)
    let lead = try Self.event("closed the old ferry pier", in: blockwise)
    #expect(railings.date?.anchorEvent == lead.id)
    #expect(try Self.event("voted to sell", in: blockwise).date?.value.timex == "2024-03-05")
    #expect(Self.dates(blockwise) == Self.dates(whole))
  }

  @Test func theNextDayAtTheStartOfABlockGoesOnFromTheBlockBefore() throws {
    let document = Self.document(
      """
      Heavy rain flooded the valley road near Corrin on March 2, 2024, and three villages lost power.

      The next day, crews from the county cleared the road and engineers restored power to the villages.
      """, published: "2024-03-09")
    #expect(TextBlock.blocks(of: document, size: Self.blockBytes).count == 2)
    let whole = Pipeline(jobs: 1).timeline(of: [document])
    let blockwise = Pipeline(jobs: 1, blockBytes: Self.blockBytes).timeline(of: [document])
    #expect(try Self.event("cleared the road", in: blockwise).date?.value.timex == "2024-03-03")
    #expect(Self.dates(blockwise) == Self.dates(whole))
  }
}
