import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Dating from what the text told before: a common noun opening the clause after an event
/// (`After the decision,`) names the earlier dated event of its stem or of deciding; the verb of
/// a relative clause written without its relative word is not the clause's event; and a text
/// without a publication date counts its weekdays from the latest day told in no present tense.
@Suite struct ReferBackTests {
  private func event(_ words: String, in text: String, published: String?) throws -> Event {
    let events = Fixture.timeline([text], published: published).events
    return try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))")
  }

  @Test func nounsAndTheVerbsTheyAreMadeFromShareAStem() {
    #expect(EventWordStem.related("ruling", "rule"))
    #expect(EventWordStem.related("decision", "decide"))
    #expect(EventWordStem.related("approval", "approve"))
    #expect(EventWordStem.related("voting", "vote"))
    #expect(!EventWordStem.related("strike", "struck"))
    #expect(!EventWordStem.related("rally", "rule"))
    #expect(!EventWordStem.related("act", "action"))
  }

  @Test func aDecisionOpeningTheClauseNamesTheEarlierRuling() throws {
    let text = """
      The court ruled on 3 March that the sale was unlawful. The buyer moved out of the flat on 9 March. \
      After the decision, the council appealed.
      """
    let appealed = try event("council appealed", in: text, published: "2026-03-20")
    #expect(appealed.date?.value.timex == "2026-03-03", "\(String(describing: appealed.date))")
    #expect(appealed.date?.inference == .afterEvent)
  }

  @Test func aNounOfTheVerbsStemNamesItsEvent() throws {
    let text = """
      The regulator approved the merger on 12 June. Shares in both firms rose on 14 June. \
      Following the approval, the banks cut their fees.
      """
    let cut = try event("cut their fees", in: text, published: "2026-06-30")
    #expect(cut.date?.value.timex == "2026-06-12", "\(String(describing: cut.date))")
  }

  @Test func aDecisionNamesAVoteToDoSomething() throws {
    let text = """
      The board voted on 2 April to close the depot. Drivers held a meeting on 6 April. \
      After the decision, the union wrote to the minister.
      """
    let wrote = try event("wrote to the minister", in: text, published: "2026-04-20")
    #expect(wrote.date?.value.timex == "2026-04-02", "\(String(describing: wrote.date))")
  }

  @Test func theVerbOfAZeroRelativeIsNotTheClausesEvent() throws {
    let freed = try event("freed the town", in: "The army freed the town it had attacked in January.", published: "2021-06-10")
    #expect(freed.kind == .other)
    #expect(freed.date?.value.timex != "2021-01")
    let restored = try event("restored the bonus", in: "The company restored the bonus it had cut in January.", published: "2021-06-10")
    #expect(restored.date?.value.timex == "2021-06-10", "\(String(describing: restored.date))")
  }

  @Test func aWeekdayWithoutPublicationDateIsCountedFromTheLatestDayToldAsPast() throws {
    let text = """
      The minister resigned on 6 May 2021 after a long dispute. On Tuesday, the party chose a new leader. \
      The trial begins on 20 June 2021.
      """
    let chose = try event("chose a new leader", in: text, published: nil)
    #expect(chose.date?.value.timex == "2021-05-04", "\(String(describing: chose.date))")
    #expect(chose.date?.isInferred == true)
  }
}
