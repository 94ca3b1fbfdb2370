import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A past participle opening a sentence (`Born in Utrecht in 1933, she …`) tells what happened to
/// the main clause's subject: its event is told with that subject, never as a bare fragment.
@Suite struct ParticipleOpenerSummaryTests {
  private func events(_ text: String) -> [(summary: String, date: String?, actors: [String])] {
    let timeline = Fixture.timeline([text], published: "2024-06-12")
    return timeline.events.map { event in
      (event.summary, event.date?.value.timex, event.actors.map { timeline.actors[$0].name })
    }
  }

  @Test(arguments: [
    ("Born in Leeuwarden in 1941, Marit Hoekstra trained as a printer.", "Marit Hoekstra was born in Leeuwarden in 1941", "1941"),
    ("Elected in 2019, Ms Varga promised to cut rents.", "Ms Varga was elected in 2019", "2019"),
    ("Released from prison in March, the activists returned home on Friday.", "The activists were released from prison in March", "2024-03"),
    ("Built in 1890, the viaduct was closed to traffic in May.", "The viaduct was built in 1890", "1890"),
    ("Founded in 1976, the club now has 900 members.", "The club was founded in 1976", "1976"),
    ("Born in Arlen in 1937, Erik Halvorsen was elected to parliament in 1971.", "Erik Halvorsen was born in Arlen in 1937", "1937"),
  ])
  func theParticipleIsToldWithTheMainSubject(text: String, summary: String, date: String) {
    let found = events(text)
    #expect(found.contains { $0.summary == summary && $0.date == date }, "\(found)")
  }

  @Test(arguments: [
    "Talks with the unions will begin next week, the company said.",
    "Plans for a new bridge were dropped in May, the council said.",
  ])
  func aPluralNounReadAsAVerbOpensTheSubjectNotAParticiple(text: String) {
    let found = events(text)
    #expect(!found.contains { $0.summary.hasPrefix("The company was") || $0.summary.hasPrefix("The council was") }, "\(found)")
    #expect(found.contains { $0.summary.hasPrefix(String(text.prefix(10))) }, "\(found)")
  }

  @Test func aPronounSubjectIsReplacedByThePersonItStandsFor() {
    let found = events(
      "The sculptor Ines Moravec has died aged 88. Born in Brno in 1936, she moved to Vienna as a student.")
    let born = found.first { $0.date == "1936" }
    #expect(born?.summary == "Ines Moravec was born in Brno in 1936", "\(found)")
    #expect(born?.actors.contains("Ines Moravec") == true, "\(found)")
  }

  @Test func theMainClauseKeepsItsOwnDate() {
    let found = events("Released from prison in March, the activists returned home on Friday.")
    #expect(found.contains { $0.summary == "The activists returned home on Friday" && $0.date == "2024-06-07" }, "\(found)")
  }

  @Test func anUndatedParticipleStaysOutOfTheTimeline() {
    let found = events("Based on this design, the engineers built two prototypes in May.")
    #expect(!found.contains { $0.summary.contains("were based") }, "\(found)")
  }

  @Test func aPresentParticipleIsNotToldAsAPassive() {
    let found = events("Speaking in Geneva on Tuesday, the envoy said the talks had stalled.")
    #expect(!found.contains { $0.summary.contains("was speaking") || $0.summary.contains("were speaking") }, "\(found)")
  }

  @Test func anUndatedAbsolutePhraseIsNoEvent() {
    let found = events("The gale reached the islands late on Sunday, with gusts of 150km/h recorded at Hale Point.")
    #expect(!found.contains { $0.summary.contains("recorded at Hale Point") }, "\(found)")
    #expect(found.contains { $0.summary.hasPrefix("The gale reached the islands") && $0.date?.hasPrefix("2024-06-09") == true }, "\(found)")
  }

  @Test func aDatedAbsolutePhraseIsToldAsAClauseWithoutItsWith() {
    let found = events("Carmakers are racing to build charging hubs, with sales expected to pass two million by 2029.")
    #expect(found.contains { $0.summary == "Sales are expected to pass two million by 2029" && $0.date == "2029" }, "\(found)")
  }
}
