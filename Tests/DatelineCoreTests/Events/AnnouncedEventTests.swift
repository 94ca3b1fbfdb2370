import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A lead told in the perfect with no date is the event a later sentence tells with its day; and
/// a noun that names one of several earlier events names the one told last, and never a plan.
@Suite struct AnnouncedEventTests {
  private func events(_ text: String, published: String) -> [Event] {
    Fixture.timeline([text], published: published).events
  }

  @Test func aLeadToldInThePerfectTakesTheDayOfItsLaterTelling() throws {
    let text = """
      Jonas Ekberg, who led the city orchestra for 30 years, has died at his home in Bergen. He was 91.

      His family said on Tuesday that he died in his sleep on Sunday.
      """
    let found = events(text, published: "2025-03-06")
    let deaths = found.filter { $0.kind == .death }
    #expect(deaths.count == 1, "\(found.map(\.summary))")
    let death = try #require(deaths.first)
    #expect(death.date?.value.timex == "2025-03-02", "\(String(describing: death.date))")
    #expect(death.mentions.count == 2)
    // Another actor, or another object, keeps the events apart.
    let sackings = events(
      "Norvik Bank has sacked three managers over the losses. Norvik Bank sacked a fourth manager on Monday.",
      published: "2025-03-06")
    #expect(sackings.filter { $0.summary.contains("sacked") }.count == 2, "\(sackings.map(\.summary))")
    let neighbours = events(
      "Mara Lind has died at her home in Oslo. Her neighbour Anton Berg died on Sunday.", published: "2025-03-06")
    let undated = neighbours.first { $0.summary.contains("has died") }
    #expect(undated != nil && undated?.date?.value.timex != "2025-03-02", "\(neighbours.map(\.summary))")
  }

  @Test func anOwnersObjectKeepsAnotherRecallApart() {
    let text = """
      Harlow Foods has recalled its oat bars after mould was found in a batch.

      Last year the company recalled 20,000 jars of jam after a labelling error.
      """
    let found = events(text, published: "2026-04-02")
    #expect(found.contains { $0.summary == "Harlow Foods has recalled its oat bars" && $0.date?.value.timex != "2025" }, "\(found.map(\.summary))")
    #expect(found.contains { $0.summary.hasPrefix("Last year the company recalled 20,000 jars") && $0.mentions.count == 1 })
  }

  @Test func aNounNamesTheEventToldLastOfItsStem() throws {
    // A clause dated in between keeps the narrative's day from deciding.
    let later = """
      The court ruled on 2 April that the sale was unlawful. The appeal court ruled on 9 April that it was lawful. \
      The bank wrote to the buyer on 12 April. After the decision, the buyer moved out.
      """
    let moved = try #require(events(later, published: "2026-04-20").first { $0.summary.contains("moved out") })
    #expect(moved.date?.value.timex == "2026-04-09", "\(String(describing: moved.date))")
    #expect(moved.date?.inference == .afterEvent)
    let earlier = """
      The appeal court ruled on 9 April that the sale was lawful. The court ruled on 2 April that it was unlawful. \
      The bank wrote to the buyer on 12 April. After the decision, the buyer moved out.
      """
    let movedAfter = try #require(events(earlier, published: "2026-04-20").first { $0.summary.contains("moved out") })
    #expect(movedAfter.date?.value.timex == "2026-04-02", "\(String(describing: movedAfter.date))")
  }

  @Test func anInfinitiveAfterANounTellsNoDeciding() throws {
    let text = """
      Workers marched in the town on 4 May against plans to close the depot. After the decision, the union wrote to the board.
      """
    let wrote = try #require(events(text, published: "2026-05-20").first { $0.summary.contains("wrote") })
    #expect(wrote.date?.inference != .afterEvent, "\(String(describing: wrote.date))")
  }
}
