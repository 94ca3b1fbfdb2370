import DatelineCore
import DatelineTestSupport
import DatelineUI
import Testing

@Suite struct BrowserLoopTests {
  @Test func qQuitsWithZeroAfterTheFirstFrame() {
    let screen = ScriptedScreen(keys: [.character("q")])
    #expect(screen.run() == 0)
    #expect(screen.frames.count == 1)
    #expect(screen.statusLines[0].contains("event 1 of 4"))
  }

  @Test func jMovesTheSelectionAndTheNextFrameShowsIt() {
    let screen = ScriptedScreen(keys: [.character("j"), .character("q")])
    #expect(screen.run() == 0)
    #expect(screen.frames.count == 2)
    #expect(screen.statusLines[1].contains("event 2 of 4"))
  }

  @Test func everyKeyDrawsOneFrame() {
    let screen = ScriptedScreen(keys: [.character("j"), .character("j"), .character("k"), .character("q")])
    #expect(screen.run() == 0)
    #expect(screen.statusLines.map { $0.contains("event 1 of 4") } == [true, false, false, false])
    #expect(screen.statusLines[2].contains("event 3 of 4"))
    #expect(screen.statusLines[3].contains("event 2 of 4"))
  }

  @Test func aTimeoutWithNothingToDoDrawsNothing() {
    let screen = ScriptedScreen(script: [.idle, .idle, .event(.key(.character("q")))])
    #expect(screen.run() == 0)
    #expect(screen.frames.count == 1)
    #expect(screen.timeouts == [200, 200, 200])
  }

  @Test func resizeToASmallerSizeRedrawsAtThatSize() {
    let small = Size(width: 60, height: 15)
    let screen = ScriptedScreen(script: [.resize(small), .event(.key(.character("q")))])
    #expect(screen.run() == 0)
    #expect(screen.frames.map(\.size) == [Size(width: 100, height: 20), small])
    #expect(screen.frames[1].lines.count == 15)
    #expect(screen.statusLines[1].contains("event 1 of 4"))
  }

  @Test func aSignalEndsTheLoopWith128PlusItsNumber() {
    let screen = ScriptedScreen(script: [.event(.key(.character("j"))), .signal(15)])
    #expect(screen.run() == 143)
    #expect(screen.frames.count == 2)
  }

  @Test func aSignalBeforeAnyKeyEndsTheLoopToo() {
    let screen = ScriptedScreen(script: [.signal(2)])
    #expect(screen.run() == 130)
  }

  @Test func theDoubleStopsALoopThatOutlivesItsScript() {
    let screen = ScriptedScreen(keys: [.character("j")])
    #expect(screen.run() == 128 + ScriptedScreen.outOfScript)
  }

  @Test func aFeedUpdateMidRunReplacesTheTimelineAndProgress() {
    let feed = ExtractionFeed()
    let full = TimelineModel(Fixture.timeline())
    let screen = ScriptedScreen(
      feed: feed,
      script: [.post(full, progress: 0.5), .event(.key(.character("j"))), .post(full, progress: nil), .event(.key(.character("q")))])
    #expect(screen.run(TimelineModel(Timeline(documents: []))) == 0)
    #expect(screen.statusLines.count == 4)
    #expect(screen.statusLines[0].contains("no events") && screen.statusLines[0].contains("extracting"))
    #expect(screen.statusLines[0].contains("0%"))
    #expect(screen.statusLines[1].contains("event 1 of 4") && screen.statusLines[1].contains("50%"))
    #expect(screen.statusLines[2].contains("event 2 of 4"))
    #expect(screen.statusLines[3].contains("event 2 of 4") && !screen.statusLines[3].contains("extracting"))
  }

  @Test func progressWithoutATimelineMovesTheFigureOnly() {
    let feed = ExtractionFeed()
    let full = TimelineModel(Fixture.timeline())
    let screen = ScriptedScreen(
      feed: feed, script: [.progress(0.25), .progress(0.75), .post(full, progress: nil), .event(.key(.character("q")))])
    #expect(screen.run(TimelineModel(Timeline(documents: []))) == 0)
    #expect(screen.statusLines.count == 4)
    #expect(screen.statusLines[1].contains("no events") && screen.statusLines[1].contains("25%"))
    #expect(screen.statusLines[2].contains("no events") && screen.statusLines[2].contains("75%"))
    #expect(screen.statusLines[3].contains("event 1 of 4") && !screen.statusLines[3].contains("extracting"))
  }

  @Test func aRunningFeedIsPolledMoreOftenThanAnIdleScreen() {
    let feed = ExtractionFeed()
    let screen = ScriptedScreen(
      feed: feed, script: [.idle, .post(TimelineModel(Fixture.timeline()), progress: nil), .idle, .event(.key(.character("q")))])
    #expect(screen.run(TimelineModel(Timeline(documents: []))) == 0)
    #expect(screen.timeouts == [50, 50, 200, 200])
  }

  @Test func copyReachesTheScreen() {
    let screen = ScriptedScreen(keys: [.character("y"), .character("q")])
    #expect(screen.run() == 0)
    guard case .copy(let text)? = screen.requests.first else {
      Issue.record("no copy request: \(screen.requests)")
      return
    }
    #expect(text.contains("Harbor council votes to close the old pier"))
    #expect(screen.requests.count == 1)
  }

  @Test func mouseFromTheStartAndF2ReachTheScreen() {
    let screen = ScriptedScreen(keys: [.function(2), .character("q")])
    #expect(screen.run(mouse: true) == 0)
    #expect(screen.requests == [.setMouse(true), .setMouse(false)])
  }

  @Test func controlLInvalidatesTheScreen() {
    let screen = ScriptedScreen(keys: [.control("l"), .character("q")])
    #expect(screen.run() == 0)
    #expect(screen.requests == [.invalidate])
    #expect(screen.frames.count == 2)
  }

  @Test func aClickOnAnEventSelectsIt() throws {
    let (column, row) = try #require(firstFrameCell(of: "Dock workers march"))
    let screen = ScriptedScreen(script: [.event(.click(column: column, row: row)), .event(.key(.character("q")))])
    #expect(screen.run(mouse: true) == 0)
    #expect(screen.statusLines[1].contains("event 2 of 4"))
  }

  @Test func theWheelOverTheTimelineMovesTheSelection() throws {
    let (column, row) = try #require(firstFrameCell(of: "Dock workers march"))
    let screen = ScriptedScreen(script: [.event(.wheel(lines: 3, column: column, row: row)), .event(.key(.character("q")))])
    #expect(screen.run(mouse: true) == 0)
    #expect(screen.statusLines[1].contains("event 4 of 4"))
  }

  @Test func withoutMouseReportingAClickChangesNothing() throws {
    let (column, row) = try #require(firstFrameCell(of: "Dock workers march"))
    let screen = ScriptedScreen(script: [.event(.click(column: column, row: row)), .event(.key(.character("q")))])
    #expect(screen.run() == 0)
    #expect(screen.frames[1] == screen.frames[0])
  }

  /// The cell where `text` starts in the first frame of the fixture at 100×20.
  private func firstFrameCell(of text: String) -> (column: Int, row: Int)? {
    let screen = ScriptedScreen(keys: [.character("q")])
    _ = screen.run()
    let frame = screen.frames[0]
    let graphemes = text.map(String.init)
    for row in 0..<frame.size.height {
      for column in 0...(frame.size.width - graphemes.count)
      where graphemes.indices.allSatisfy({ frame[column + $0, row].grapheme == graphemes[$0] }) {
        return (column, row)
      }
    }
    return nil
  }
}
