import DatelineCore
import DatelineTestSupport
import Testing

@testable import DatelineUI

/// One event told by several articles: Detail lists the articles and numbers each mention with
/// its article; `source:` filters the timeline to what one article tells.
@Suite struct StoryAcrossArticlesTests {
  static let timeline = Fixture.timeline([
    "On March 3, gunmen attacked the embassy in Amman, officials said.",
    "Gunmen stormed the embassy in Amman on March 3. In 2019, a gang attacked a bank in Irbid.",
  ])

  static func state() -> AppState {
    AppState(model: TimelineModel(timeline), viewport: Size(width: 120, height: 30))
  }

  @Test func detailListsEveryArticleThatTellsTheEvent() throws {
    var state = Self.state()
    let row = try #require((0..<state.visibleCount).first { state.eventID(atRow: $0).map { Self.timeline.events[$0].sources } == [0, 1] })
    state = state.pressing(Array(repeating: .character("j"), count: row))
    let text = DetailView.lines(state).map { $0.map(\.text).joined() }
    #expect(text.contains { $0.hasPrefix("Sources  told by 2 articles") }, "\(text)")
    #expect(text.contains { $0.hasPrefix("   1 “doc0” (doc0), November 2021") } && text.contains { $0.hasPrefix("   2 “doc1”") }, "\(text)")
    #expect(text.contains { $0.hasPrefix("  ▸1/¶1 ") } && text.contains { $0.hasPrefix("   2/¶1 ") }, "\(text)")
  }

  @Test func sourceFilterKeepsTheEventsOfOneArticle() {
    let all = Self.state().visibleCount
    let state = Self.state().pressing([.character("f")]).typing("source:doc0").pressing([.enter])
    #expect(state.filter.sources == [0])
    #expect(state.visibleCount < all)
    #expect((0..<state.visibleCount).allSatisfy { state.eventID(atRow: $0).map { Self.timeline.events[$0].sources.contains(0) } == true })
    let status = render(state, size: state.viewport).lines.last ?? ""
    #expect(status.contains("source:doc0"), "\(status)")
  }

  @Test func anUnknownSourceIsExplained() {
    let state = Self.state().pressing([.character("f")]).typing("source:nowhere").pressing([.enter])
    #expect(state.filter.sources.isEmpty)
    #expect(state.message?.text.contains("no article matches") == true)
  }

  @Test func theSourcesPaneListsArticlesAndFiltersByThem() {
    var state = Self.state().pressing([.character("s")])
    #expect(state.focus == .sources && state.drawer == .sources)
    let lines = render(state, size: state.viewport).lines
    #expect(lines.contains { $0.contains("Sources") && $0.contains("published  events") }, "\(lines)")
    #expect(lines.contains { $0.contains("[ ] doc1") }, "\(lines)")
    #expect(lines.last?.contains("article 1 of 2") == true, "\(lines.last ?? "")")
    let told = (0..<2).map { document in Self.timeline.events.filter { $0.sources.contains(document) }.count }
    #expect(state.model.eventCountByDocument == told)
    #expect(told[0] < Self.timeline.events.count)
    state = state.pressing([.character(" ")])
    #expect(state.sourceFilter == [0])
    #expect(state.visibleCount == told[0])
    state = state.pressing([.character("j"), .enter])
    #expect(state.focus == .source && state.source.document == 1)
    state = state.pressing([.character("6"), .character("F")])
    #expect(state.sourceFilter.isEmpty && state.visibleCount == Self.state().visibleCount)
    state = state.pressing([.character("q")])
    #expect(state.drawer == nil && state.focus == .timeline)
  }

  @Test func theStatusLineNamesTheSelectedArticlesByline() {
    var timeline = Self.timeline
    timeline.documents[1].metadata.byline = "Mara Quint"
    let state = AppState(model: TimelineModel(timeline), viewport: Size(width: 120, height: 30)).pressing([.character("s")])
    let first = render(state, size: state.viewport).lines.last ?? ""
    #expect(first.contains("article 1 of 2 ") && !first.contains(", by"), "\(first)")
    let second = render(state.pressing([.character("j")]), size: state.viewport).lines.last ?? ""
    #expect(second.contains("article 2 of 2, by Mara Quint"), "\(second)")
  }

  @Test func slashInSourcesSearchesTheArticles() {
    let state = Self.state().pressing([.character("s"), .character("/")]).typing("doc1").pressing([.enter])
    #expect(state.search?.pane == .sources)
    #expect(state.sourcesList.cursor == 1)
  }
}

/// Detail names a date's precision in words.
@Suite struct PrecisionWordsTests {
  @Test func partOfDayIsWrittenInWords() throws {
    let night = try #require(TimeValue(timex: "2021-11-06TNI"))
    #expect(DateLabel.description(for: night) == "6 November 2021, night (part of day)")
    let day = try #require(TimeValue(timex: "2021-11-06"))
    #expect(DateLabel.description(for: day) == "6 November 2021 (day)")
  }
}
