import DatelineCore
import DatelineTestSupport
import Foundation
import Testing

@testable import DatelineUI

/// Where the articles telling one event give different facts, Detail lists each version with the
/// articles and paragraphs that give it; golden frames in Tests/goldens/ui (`detail-differ-*`;
/// `DATELINE_RECORD_GOLDENS=1` rewrites them).
@Suite struct DisagreementDetailTests {
  static func state(width: Int = 100, height: Int = 24) -> AppState {
    AppState(model: TimelineModel(Fixture.prisonStory()), viewport: Size(width: width, height: height))
  }

  static func detailText(_ state: AppState) -> [String] {
    DetailView.lines(state).map { $0.map(\.text).joined() }
  }

  @Test func detailListsEachHourWithItsArticle() {
    let state = Self.state().pressing([.character("2")])
    #expect(state.focus == .detail)
    let text = Self.detailText(state)
    #expect(text.contains("Differ   2:30 a.m. (Wire ¶1) · 3 a.m. (Desk ¶1)"), "\(text)")
    let sources = text.firstIndex { $0.hasPrefix("Sources  told by 2 articles") }
    let differ = text.firstIndex { $0.hasPrefix("Differ") }
    let mentions = text.firstIndex { $0.hasPrefix("Mentions") }
    #expect(sources != nil && differ != nil && mentions != nil && sources! < differ! && differ! < mentions!)
  }

  @Test func movingToTheNextEventShowsItsCounts() {
    let state = Self.state().pressing([.character("j"), .character("2")])
    #expect(state.selectedEvent?.id == 1)
    #expect(Self.detailText(state).contains("Differ   Seven guards (Wire ¶2) · Six guards (Desk ¶2)"))
  }

  @Test func theVersionsAreTextAndTheirSourcesDim() throws {
    let line = try #require(DetailView.lines(Self.state()).first { $0.first?.text == "Differ   " })
    #expect(line.map(\.role) == [.dim, .text, .dim, .dim, .text, .dim])
  }

  @Test func anEventTheArticlesAgreeOnHasNoDifferLine() {
    let state = AppState(model: TimelineModel(Fixture.timeline()), viewport: Size(width: 100, height: 24))
    #expect(!Self.detailText(state).contains { $0.hasPrefix("Differ") })
  }

  @Test func walkingTheMentionsStillMarksEachTelling() {
    let state = Self.state().pressing([.character("2")])
    #expect(DetailView.mentionLine(state, index: 1) != nil)
    let text = Self.detailText(state)
    #expect(text.contains { $0.hasPrefix("  ▸1/¶1 A drone struck the Halvik prison") }, "\(text)")
    #expect(text.contains { $0.hasPrefix("   2/¶1 A drone struck Halvik Prison") }, "\(text)")
  }

  /// The sizes of the golden frames; at the small one Detail is scrolled to the versions.
  static let sizes = [Size(width: 80, height: 24), Size(width: 60, height: 15)]

  @Test(arguments: 0..<2)
  func detailMatchesItsGoldenFrame(sizeIndex: Int) throws {
    let size = Self.sizes[sizeIndex]
    let scroll = [Key](repeating: .character("j"), count: sizeIndex * 4)
    let state = Self.state(width: size.width, height: size.height).pressing([.character("j"), .character("2")] + scroll)
    let url = PaneGoldenTests.directory.appendingPathComponent("detail-differ-\(size.width)x\(size.height).txt")
    let drawn = PaneGoldenTests.text(of: render(state, size: size))
    if ProcessInfo.processInfo.environment["DATELINE_RECORD_GOLDENS"] == "1" {
      try drawn.write(to: url, atomically: true, encoding: .utf8)
    }
    let golden = try String(contentsOf: url, encoding: .utf8)
    #expect(drawn == golden, "\(url.lastPathComponent) differs: DATELINE_RECORD_GOLDENS=1 rewrites it")
  }
}
