import DatelineTestSupport
import Testing

@testable import DatelineCore

/// An event only inferred to be of a day that the story also tells clock times of keeps its place
/// in the story among them, not the start of the day; a day the text names stays first.
@Suite struct InferredDayPlaceTests {
  private func order(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2024-11-08").events.map { "\($0.date?.value.timex ?? "-") \($0.summary)" }
  }

  @Test func anInferredDayFollowsTheClockTimeToldBeforeIt() {
    let told = order(
      "A gas explosion destroyed a warehouse in Tarnby on Tuesday. The blast came at 4:40 a.m., police said. "
        + "Nobody was killed. Firefighters reached the site at 5:10 a.m.")
    #expect(
      told == [
        "2024-11-05 A gas explosion destroyed a warehouse in Tarnby on Tuesday",
        "2024-11-05T04:40 The blast came at 4:40 a.m., police said", "2024-11-05 Nobody was killed",
        "2024-11-05T05:10 Firefighters reached the site at 5:10 a.m",
      ], "\(told)")
  }
}
