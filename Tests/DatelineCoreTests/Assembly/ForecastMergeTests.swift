import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A forecast (an event dated after its article's publication) is not the happening a later
/// article dates to a day inside that time.
@Suite struct ForecastMergeTests {
  private func timeline(_ first: (String, String), _ second: (String, String)) -> Timeline {
    Pipeline().timeline(of: [
      Fixture.document(first.0, published: first.1, id: 0, name: "first"),
      Fixture.document(second.0, published: second.1, id: 1, name: "second"),
    ])
  }

  @Test func aPlanAndTheDayItHappened() {
    let timeline = timeline(
      ("Norvik Corp showed its Zap operating system, to be released in mid-2011.", "2010-10-20"),
      ("The Zap operating system was released on Monday.", "2011-06-08"))
    let releases = timeline.events.filter { $0.summary.contains("released") }
    #expect(releases.count == 2, "\(timeline.events.map(\.summary))")
  }

  @Test func aHappeningToldToTheYearAndToTheDayStillJoins() {
    let timeline = timeline(
      ("The Zap operating system was released in 2011.", "2012-01-10"),
      ("The Zap operating system was released on June 6, 2011.", "2011-06-08"))
    #expect(timeline.events.filter { $0.summary.contains("released") }.count == 1, "\(timeline.events.map(\.summary))")
  }
}
