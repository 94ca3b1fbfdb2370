import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A clause told in the past that names an event by a noun (`said the verdict sent a message`)
/// takes that event's day only when the day has come: a day after the publication (`will be
/// sentenced on 20 November`) is no day a past clause was told on.
@Suite struct FutureNamedEventTests {
  private func date(of prefix: String, in text: String) -> String? {
    let events = Fixture.timeline([text], published: "2024-11-08").events
    return events.first { $0.summary.hasPrefix(prefix) }.map { $0.date?.value.timex ?? "-" }
  }

  @Test(arguments: [
    (
      "A jury found Dale Hunt guilty of fraud on Tuesday.\n\nHe will be sentenced on 20 November.\n\nOutside court, a detective said the verdict was a warning to others.",
      "A detective said"
    ),
    (
      "A court cleared Mina Ross of theft on Wednesday.\n\nHer brother will be sentenced on 2 December.\n\nHer lawyer said the verdict ended two years of worry.",
      "Mina Ross' lawyer said"
    ),
    (
      "Judges in Carvel convicted two bankers on Monday.\n\nBoth will be sentenced on 14 January.\n\nThe bank's chairman said the judgment closed a painful chapter.",
      "The bank's chairman said"
    ),
  ])
  func aPastClauseDoesNotTakeTheDayOfAComingEvent(text: String, prefix: String) {
    let day = date(of: prefix, in: text)
    #expect(day != nil && day != "-" && day! <= "2024-11-08", "\(String(describing: day))")
  }
}
