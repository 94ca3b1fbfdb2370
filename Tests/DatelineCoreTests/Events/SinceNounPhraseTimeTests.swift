import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A time inside the noun phrase that `since` opens (`have faced growing pressure since the
/// return of 40 masks by a Berlin museum in 2019`) dates the happening the noun names, from which
/// the clause's state goes on, not the clause; a time right after `since` is the start of the
/// clause's own stretch.
@Suite struct SinceNounPhraseTimeTests {
  private func event(_ words: String, in text: String) throws -> Event {
    let events = Fixture.timeline([text], published: "2024-11-08").events
    return try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))")
  }

  @Test(arguments: [
    ("Other galleries have faced growing calls since the return of 40 masks by a Berlin museum in 2019.", "faced", "2019"),
    ("Rents in the town have doubled since the arrival of a car plant in 2015.", "doubled", "2015"),
    ("Other museums have faced growing pressure since the return of 26 similar works by a Paris museum in 2021.", "faced", "2021"),
  ])
  func aTimeOfTheNounAfterSinceDoesNotDateTheClause(text: String, words: String, value: String) throws {
    let told = try event(words, in: text)
    #expect(told.date?.value.timex != value, "\(String(describing: told.date))")
  }

  @Test func aTimeRightAfterSinceStartsTheClausesStretch() throws {
    let led = try event("led the council", in: "Mayor Ana Ruiz has led the council since 2019.")
    #expect(led.date?.value.timex == "2019")
    let risen = try event("risen", in: "The index has risen since the start of 2021.")
    #expect(risen.date?.value.timex == "2021")
  }
}
