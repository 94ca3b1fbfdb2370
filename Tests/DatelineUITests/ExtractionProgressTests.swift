import DatelineCore
import DatelineTestSupport
import Testing
@testable import DatelineUI

/// Progress of a background extraction without a newer timeline: `reduce` moves the status
/// line's figure while extraction runs and not after, and the feed hands the latest over.
@Suite struct ExtractionProgressTests {
  private static let model = TimelineModel(Fixture.timeline())

  private func progress(of action: Action?) -> Double?? {
    switch action {
    case .progress(let progress)?: progress
    case .update(_, let progress)?: .some(progress)
    default: nil
    }
  }

  @Test func progressMovesTheFigureWhileExtractionRuns() {
    let running = reduce(Fixture.state(), .update(Self.model, progress: 0))
    let partway = reduce(running, .progress(0.37))
    #expect(partway.progress == 0.37)
    #expect(partway.model.eventCount == running.model.eventCount)
    let lines = render(partway, size: partway.viewport).lines
    #expect(lines.contains { $0.contains("extracting ███░░░░░░░ 37%") })
    #expect(reduce(partway, .progress(0.6)).progress == 0.6)
  }

  @Test func progressAfterTheEndIsIgnored() {
    let done = reduce(reduce(Fixture.state(), .update(Self.model, progress: 0)), .update(Self.model, progress: nil))
    #expect(reduce(done, .progress(0.9)).progress == nil)
    #expect(reduce(Fixture.state(), .progress(0.5)).progress == nil)
  }

  @Test func theFeedHandsOverTheLatestProgress() {
    let feed = ExtractionFeed()
    #expect(feed.take() == nil)
    feed.post(progress: 0.2)
    feed.post(progress: 0.5)
    let taken = feed.take()
    guard case .progress(0.5)? = taken else {
      Issue.record("expected progress 0.5, got \(String(describing: taken))")
      return
    }
    #expect(feed.take() == nil)
    #expect(feed.isRunning)
  }

  @Test func aTimelineNotYetTakenKeepsItsPlaceWithTheNewerProgress() {
    let feed = ExtractionFeed()
    feed.post(Self.model, progress: 0.3)
    feed.post(progress: 0.6)
    let taken = feed.take()
    guard case .update(let model, progress: 0.6?)? = taken else {
      Issue.record("expected the timeline with progress 0.6, got \(String(describing: taken))")
      return
    }
    #expect(model.eventCount == Self.model.eventCount)
  }

  @Test func progressAfterTheLastTimelineIsDropped() {
    let feed = ExtractionFeed()
    feed.post(Self.model, progress: nil)
    feed.post(progress: 1)
    #expect(progress(of: feed.take()) == .some(nil))
    #expect(!feed.isRunning)
  }
}
