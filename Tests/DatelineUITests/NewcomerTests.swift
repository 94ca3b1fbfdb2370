import DatelineCore
import DatelineTestSupport
import Testing
@testable import DatelineUI

/// What a new user meets: prompts that name themselves, keys that keep their promise, a status
/// line that follows the pane.
@Suite struct NewcomerTests {
  static func status(_ state: AppState) -> String { render(state, size: state.viewport).lines.last ?? "" }

  @Test func promptsNameThemselvesAndShowTheirKeys() {
    let filter = Fixture.state().pressing([.character("f")])
    #expect(Self.status(filter).hasPrefix("filter: "))
    #expect(Self.status(filter).hasSuffix("Enter apply  Esc cancel  Ctrl-U clear  Up/Down history"))
    #expect(Self.status(Fixture.state().pressing([.character("/")])).hasPrefix("search: "))
    #expect(Self.status(Fixture.state().pressing([.character(":")])).hasPrefix(":"))
  }

  @Test func theLastFilterIsSelectedSoTypingReplacesIt() {
    let first = Fixture.state().pressing([.character("f")]).typing("actor:quint").pressing([.enter])
    let again = first.pressing([.character("f")])
    #expect(again.prompt?.text == "actor:quint" && again.prompt?.isSelected == true)
    #expect(render(again, size: again.viewport).roleLines.last?.dropFirst(8).prefix(11) == "SSSSSSSSSSS")
    let replaced = again.typing("kind:protest").pressing([.enter])
    #expect(replaced.filterQuery == "kind:protest" && replaced.message == nil)
    #expect(again.pressing([.right]).typing(" from:2019").prompt?.text == "actor:quint from:2019")
  }

  @Test func upAndDownRecallEarlierEntries() {
    let state = Fixture.state().pressing([.character("/")]).typing("pier").pressing([.enter])
      .pressing([.character("/")]).typing("mayor").pressing([.enter, .character("/")])
    #expect(state.prompt?.text == "")
    #expect(state.pressing([.up]).prompt?.text == "mayor")
    #expect(state.pressing([.up, .up]).prompt?.text == "pier")
    #expect(state.pressing([.up, .up, .up]).prompt?.text == "pier")
    #expect(state.pressing([.up, .up, .down]).prompt?.text == "mayor")
    #expect(state.pressing([.up, .down]).prompt?.text == "")
  }

  @Test func oAndOKeepTheActorTheyStartedWith() {
    var timeline = Fixture.timeline()
    timeline.events[1].actors = [2]
    timeline.events[2].actors = [0, 2]
    timeline.events[3].actors = [2]
    let start = AppState(model: TimelineModel(timeline), viewport: Size(width: 100, height: 20)).pressing([.character("j")])
    let walked = start.pressing([.character("o")])
    #expect(walked.followedActor == 2 && walked.timelineList.cursor == 2)
    #expect(walked.pressing([.character("o")]).timelineList.cursor == 3)
    #expect(walked.pressing([.character("O"), .character("O")]).message?.text == "no earlier event of Tobias Renn")
    #expect(Self.status(walked).contains("o/O follow Tobias Renn"))
    #expect(walked.pressing([.escape]).followedActor == nil)
  }

  @Test func oInTheActorsPaneFollowsTheActorUnderTheCursor() {
    let actors = Fixture.state().pressing([.character("a")])
    let renn = actors.pressing(Array(repeating: Key.character("j"), count: actors.actorOrder.firstIndex(of: 2)!) + [.character("o")])
    #expect(renn.followedActor == 2 && renn.focus == .timeline && renn.timelineList.cursor == 2)
  }

  @Test func spaceOnAnEventFiltersOnItsMainActorNotAPlace() {
    var timeline = Fixture.timeline()
    timeline.actors.append(Actor(id: 3, name: "Elwin", kind: .place, mentions: []))
    timeline.events[2].actors = [3, 2]
    let state = AppState(model: TimelineModel(timeline), viewport: Size(width: 100, height: 20))
    #expect(state.model.mainActor(of: 2) == 2)
    #expect(state.pressing([.character("j"), .character("j"), .character(" ")]).actorFilter == [2])
  }

  @Test func slashSearchesTheActorsAndQuotesPanes() {
    let actors = Fixture.state().pressing([.character("a"), .character("/")]).typing("renn").pressing([.enter])
    #expect(actors.search?.pane == .actors && actors.focus == .actors)
    #expect(actors.actorOrder[actors.actorsList.cursor] == 2)
    #expect(actors.timelineList.cursor == 0)
    let quotes = Fixture.state().pressing([.character("\""), .character("/")]).typing("choice").pressing([.enter])
    #expect(quotes.search?.pane == .quotes && quotes.message?.text == "hit 1 of 1 for “choice”")
    let frame = render(actors, size: actors.viewport)
    let row = frame.lines.firstIndex { $0.contains("[ ] Tobias Renn") }!
    #expect(frame.roleLines[row].contains("HHHH"))
  }

  @Test func helpEndKeysStayInTheHelp() {
    let help = Fixture.state(width: 60, height: 15).pressing([.character("?")])
    let last = HelpView.lastTop(help.keyMap, height: 15)
    #expect(help.pressing([.character("G")]).helpTop == last)
    #expect(help.pressing([.end]).helpTop == last)
    let scrolled = help.pressing(Array(repeating: Key.character("j"), count: 200))
    #expect(scrolled.helpTop == last)
    #expect(scrolled.pressing([.character("k")]).helpTop == last - 1)
    let bottom = render(help.pressing([.character("G")]), size: Size(width: 60, height: 15)).lines
    #expect(bottom[13].contains("bind KEY COMMAND"))
  }

  @Test func helpNamesEveryCommand() {
    let lines = HelpView.lines(.standard)
    #expect(lines.contains { $0.hasPrefix("  PgDn, Ctrl-D    page-down") })
    #expect(lines.contains { $0.hasPrefix("  F               clear-filters") })
  }

  @Test func statusHintsFollowThePaneAndStayWithFilters() {
    #expect(Self.status(Fixture.state()).hasSuffix("? help  / search  f filter  a actors  q quit"))
    let actors = Fixture.state().pressing([.character("a")])
    #expect(Self.status(actors).contains("Space filter"))
    let filtered = actors.pressing([.character(" ")])
    #expect(Self.status(filtered).hasSuffix("? help  F clear filters  Space filter  o follow"))
    #expect(Self.status(Fixture.state().pressing([.character("3")])).contains("n next mention"))
  }

  @Test func filtersOffIsSaidOnce() {
    let off = Fixture.state().pressing([.character("f")]).typing("kind:protest").pressing([.enter, .control("f")])
    let status = Self.status(off)
    #expect(status.components(separatedBy: "filters off").count == 2)
    #expect(status.contains("Ctrl-F: back on, F: clear them"))
  }

  @Test func clearFiltersRemovesQueryAndActors() {
    let filtered = Fixture.state().pressing([.character("f")]).typing("from:2020").pressing([.enter, .character("a"), .character(" ")])
    #expect(filtered.visibleCount < 4)
    let cleared = filtered.pressing([.character("F")])
    #expect(cleared.visibleCount == 4 && cleared.filter.isEmpty && cleared.filterQuery == "")
    #expect(cleared.message?.text == "filters cleared")
    #expect(filtered.pressing([.character(":")]).typing("clear-filters").pressing([.enter]).visibleCount == 4)
  }

  @Test func theSourceTitleNamesTheArticle() {
    var timeline = Fixture.timeline()
    timeline.documents[0].metadata.title = "Pier to close"
    let state = AppState(model: TimelineModel(timeline), viewport: Size(width: 100, height: 30))
    let lines = render(state, size: state.viewport).lines
    #expect(lines.contains { $0.contains("Source — Elwin Gazette: Pier to close") })
    #expect(lines.contains { $0.contains("Sources  Elwin Gazette: “Pier to close”") })
  }

  @Test func aCopiedQuoteCarriesItsDate() {
    let state = Fixture.state().pressing([.character("\""), .character("y")])
    #expect(state.effects == [.copy("2019-03-03 — “We had no choice,” — Mara Quint (Elwin Gazette, harbor.txt ¶2)")])
  }

  @Test func detailFollowsNThroughTheMentions() {
    var timeline = Fixture.timeline()
    let spans = timeline.events[0].mentions
    timeline.events[0].mentions = EventMentions(Array(repeating: spans, count: 4).flatMap { $0 })
    let state = AppState(model: TimelineModel(timeline), viewport: Size(width: 100, height: 20)).pressing([.enter])
    let walked = state.pressing(Array(repeating: Key.character("n"), count: 7))
    #expect(walked.mentionIndex == 7)
    let lines = render(walked, size: walked.viewport).lines
    #expect(lines.contains { $0.contains("▸¶2") })
  }
}
