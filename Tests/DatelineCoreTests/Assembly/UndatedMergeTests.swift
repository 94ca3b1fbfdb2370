import DatelineCore
import Testing

@testable import DatelineCore

/// Undated events (or dated only by news convention) of different articles that tell the same happening merge when they are told
/// with one event word, share their actors (or, naming none, a word of the summary), and the
/// articles were published a day apart at most; otherwise they stay apart.
@Suite struct UndatedMergeTests {
  func timeline(_ first: String, _ second: String, published: (String, String) = ("2023-09-19", "2023-09-19")) -> Timeline {
    Report.timeline([
      Report(source: "Courier", published: published.0, text: first),
      Report(source: "Ledger", published: published.1, text: second),
    ])
  }

  func undated(_ timeline: Timeline) -> [[Int]] {
    timeline.events.filter { $0.kind != .statement && ($0.date == nil || $0.date?.inference != nil) }.map(\.sources)
  }

  @Test func oneArrestToldTwiceTheSameDayIsOneEvent() {
    let told = timeline("Police arrested Tomas Vey in Varsa.", "Police arrested Tomas Vey after the raid.")
    #expect(undated(told) == [[0, 1]], "\(told.events.map(\.summary))")
  }

  @Test func aReportOfTheNextDayJoins() {
    let told = timeline(
      "Police arrested Tomas Vey in Varsa.", "Police arrested Tomas Vey, a lawyer said.",
      published: ("2023-09-19", "2023-09-20"))
    #expect(undated(told).contains([0, 1]), "\(told.events.map(\.summary))")
  }

  @Test func reportsAWeekApartStayApart() {
    let told = timeline(
      "Police arrested Tomas Vey in Varsa.", "Police arrested Tomas Vey.", published: ("2023-09-19", "2023-09-25"))
    #expect(undated(told) == [[0], [1]])
  }

  @Test func arrestsOfDifferentPeopleStayApart() {
    let told = timeline("Police arrested Tomas Vey in Varsa.", "Police arrested Ilse Brand in Varsa.")
    #expect(undated(told) == [[0], [1]])
  }

  @Test func theWordsOfTheSummaryJoinEventsThatNameNoActor() {
    let told = timeline("Seven guards were wounded, the prison service said.", "Six guards were wounded, the ministry said.")
    #expect(undated(told) == [[0, 1]])
    let soldiers = timeline("Seven guards were wounded, officials said.", "Two soldiers were wounded, officials said.")
    #expect(undated(soldiers) == [[0], [1]])
  }

  @Test func differentEventWordsStayApart() {
    let told = timeline("Seven guards were wounded.", "Seven guards were arrested.")
    #expect(undated(told).allSatisfy { $0.count == 1 })
  }

  @Test func articlesWithoutADayOfPublicationDoNotMerge() {
    let told = timeline("Police arrested Tomas Vey in Varsa.", "Police arrested Tomas Vey.", published: ("2023-09", "2023-09"))
    #expect(undated(told) == [[0], [1]])
  }

  @Test func anEventWordIsStemmed() {
    #expect(UndatedEventIndex.stem("wounded") == "wound")
    #expect(UndatedEventIndex.stem("wounds") == "wound")
    #expect(UndatedEventIndex.stem("killed") == "kill")
    #expect(UndatedEventIndex.stem("stopped") == "stop")
    #expect(UndatedEventIndex.stem("arrest") == "arrest")
  }
}
