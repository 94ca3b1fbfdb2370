import DatelineCore
import DatelineTestSupport
import Testing

@testable import DatelineUI

/// One event told a million times, many quotes: every pane builds only about what it can show,
/// so a key costs the same whatever the counts (the work is counted here, never timed).
@Suite struct LargeEventTests {
  static let sentence = "On Nov. 7, 2021 the harbor council met the dock workers."

  /// A timeline of one article holding `sentence` once, and one event that cites it `mentions` times.
  static func state(mentions: Int, quotes: Int = 0, height: Int = 30) -> AppState {
    let document = Fixture.document(sentence, published: "2021-11", id: 0, name: "doc0")
    let span = document.span(0..<document.text.count)
    let quoteList = (0..<quotes).map { Quote(id: $0, span: span) }
    let event = Event(
      id: 0, date: nil, kind: .meeting, summary: "The harbor council met the dock workers", quotes: Array(0..<quotes),
      mentions: Array(repeating: span, count: mentions))
    let timeline = Timeline(documents: [document], quotes: quoteList, events: [event])
    return AppState(model: TimelineModel(timeline), viewport: Size(width: 120, height: height))
  }

  static func text(_ state: AppState) -> [String] { DetailView.lines(state).map { $0.map(\.text).joined() } }

  @Test func detailOfAMillionMentionsListsWhatFits() {
    let state = Self.state(mentions: 1_000_000, height: 60)
    let limit = DetailView.listLimit(state)
    #expect(limit < 60)
    let text = Self.text(state)
    #expect(text.contains("Mentions 1000000"))
    #expect(text.filter { $0.contains("¶1 ") }.count == limit)
    #expect(text.last == "   … \(1_000_000 - limit) more mentions after not listed")
    #expect(text.count < limit + 10)
  }

  @Test func theListedMentionsFollowTheMentionWalkedTo() {
    let state = Self.state(mentions: 300).pressing([.enter]).pressing(Array(repeating: .character("n"), count: 120))
    #expect(state.mentionIndex == 120)
    let limit = DetailView.listLimit(state)
    let text = Self.text(state)
    #expect(text.contains("   … \(120 - limit / 2) more mentions before not listed"))
    #expect(text.contains("   … \(300 - (120 - limit / 2) - limit) more mentions after not listed"))
    let marked = DetailView.lines(state).firstIndex { $0.first?.text.hasPrefix("  ▸") == true }
    #expect(marked != nil && DetailView.mentionLine(state, index: 120) == marked)
    let last = state.pressing([.character("N")]).pressing(Array(repeating: .character("N"), count: 120))
    #expect(last.mentionIndex == 299)
    #expect(Self.text(last).contains("   … \(300 - limit) more mentions before not listed"))
  }

  @Test func anEventWithFewMentionsListsThemAll() {
    let text = Self.text(Self.state(mentions: 3))
    #expect(text.filter { $0.contains("¶1 ") }.count == 3)
    #expect(!text.contains { $0.contains("not listed") })
  }

  @Test func quotesBeyondTheLimitAreCounted() {
    let state = Self.state(mentions: 1, quotes: 250)
    let text = Self.text(state)
    #expect(text.contains("Quotes   250"))
    #expect(text.last == "   … \(250 - DetailView.listLimit(state)) more quotes not listed")
  }

  @Test func scrollingDetailToTheEndStopsAtTheListedLines() {
    let state = Self.state(mentions: 1_000_000, height: 20).pressing([.tab, .character("G")])
    #expect(state.focus == .detail)
    let lines = DetailView.wrappedLines(state, width: DetailView.textWidth(state)).count
    #expect(state.detailTop == lines - state.height(of: .detail))
  }

  @Test func sourceStylesOnlyTheQuotesInView() {
    var state = Self.state(mentions: 1)
    let document = state.model.timeline.documents[0]
    let spans = [0..<10, 5..<50, 20..<25, 40..<45].map { document.span($0) }
    var timeline = state.model.timeline
    timeline.quotes = spans.enumerated().map { Quote(id: $0, span: $1) }
    state = AppState(model: TimelineModel(timeline), viewport: state.viewport)
    let quoted = { (window: Range<Int>) in
      SourceView.Styles(state: state, document: document, window: window).ranges.filter { $0.role == .quote }.map(\.range)
    }
    #expect(quoted(30..<35) == [5..<50])
    #expect(quoted(22..<23) == [5..<50, 20..<25])
    #expect(quoted(0..<6) == [0..<10, 5..<50])
    #expect(quoted(50..<56).isEmpty)
  }
}
