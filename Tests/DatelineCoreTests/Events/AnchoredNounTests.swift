import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A stretch counted from an event the text told before with its day (`two days after the fire`,
/// `two days before the vote`) is dated from that day when exactly one earlier dated event is
/// named by the noun, shown as inferred.
@Suite struct AnchoredNounTests {
  private func date(of words: String, in text: String, published: String) throws -> EventDate? {
    let events = Fixture.timeline([text], published: published).events
    return try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))").date
  }

  @Test func aStretchAfterANounTheTextToldIsCountedFromItsDay() throws {
    let text = "The fire broke out on Monday 4 May at a timber yard in Welby. Two days after the fire, the mayor resigned."
    let resigned = try date(of: "mayor resigned", in: text, published: "2026-05-12")
    #expect(resigned?.value.timex == "2026-05-06", "\(String(describing: resigned))")
    #expect(resigned?.isInferred == true)
  }

  @Test func aStretchBeforeAnEventWhoseKindWasGuessedIsCountedFromItsDay() throws {
    let text = "The vote was held on 20 August. Two days before the vote, the owners made a new offer."
    let offer = try date(of: "new offer", in: text, published: "2024-08-30")
    #expect(offer?.value.timex == "2024-08-18", "\(String(describing: offer))")
  }

  @Test func aStretchFromANounThatNamesNoEventToldLeavesTheClauseToItsNeighbours() throws {
    let text = "Corvane published its accounts on 29 August. Detectives arrested the clerk a week after the company's audit."
    let arrested = try date(of: "arrested the clerk", in: text, published: "2026-09-06")
    #expect(arrested?.value.timex == "2026-08-29", "\(String(describing: arrested))")
  }

  @Test func twoEarlierEventsTheNounNamesLeaveTheStretchUncounted() throws {
    let text = """
      A fire broke out on 2 May at a mill in Welby. A second fire gutted a barn on 9 May. A week after the fire, the council met.
      """
    let met = try date(of: "council met", in: text, published: "2026-05-20")?.value.timex
    #expect(met != "2026-05-16" && met != "2026-05-09", "\(String(describing: met))")
  }

  @Test func aClauseOpenedByAfterAnEventTheTextToldTakesItsDay() throws {
    let text = "The council held a vote on 2 May. The mayor spoke to reporters on 5 May. After the vote, protesters gathered outside the hall."
    let gathered = try date(of: "gathered outside", in: text, published: "2026-05-12")
    #expect(gathered?.value.timex == "2026-05-02", "\(String(describing: gathered))")
    #expect(gathered?.isInferred == true)
  }
}
