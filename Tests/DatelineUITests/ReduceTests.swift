import DatelineCore
import DatelineTestSupport
import Testing
@testable import DatelineUI

@Suite struct ReduceTests {
  @Test func movingThroughTheTimeline() {
    let start = Fixture.state()
    #expect(start.timelineList.cursor == 0)
    #expect(start.pressing([.character("j"), .character("j")]).timelineList.cursor == 2)
    #expect(start.pressing([.character("G")]).timelineList.cursor == 3)
    #expect(start.pressing([.character("G"), .character("g")]).timelineList.cursor == 0)
    #expect(start.pressing([.down, .down, .up]).timelineList.cursor == 1)
    #expect(start.pressing([.character("k")]).timelineList.cursor == 0)
    #expect(start.pressing([.pageDown]).timelineList.cursor == 3)
  }

  @Test func selectionBringsItsEvidenceIntoTheSourcePane() {
    let state = Fixture.state().pressing([.character("j")])
    #expect(state.highlight.map(state.model.timeline.text) == "In June 2020, dock workers marched through the town center.")
    #expect(state.source.paragraph <= 2)
  }

  @Test func tabCyclesPanesAndShiftTabGoesBack() {
    let state = Fixture.state()
    #expect(state.pressing([.tab]).focus == .detail)
    #expect(state.pressing([.tab, .tab]).focus == .source)
    #expect(state.pressing([.tab, .tab, .tab]).focus == .timeline)
    #expect(state.pressing([.backTab]).focus == .source)
    #expect(state.pressing([.character("3")]).focus == .source)
  }

  @Test func gAndGInTheSourcePaneJumpToTheEnds() {
    let bottom = Fixture.state(width: 100, height: 12).pressing([.character("3"), .character("G")])
    let lines = render(bottom, size: Size(width: 100, height: 12)).lines
    #expect(lines[10].hasSuffix("Nobody knows when the pier will reopen."))
    #expect(!lines.contains { $0.contains("On March 3, 2019") })
    let top = bottom.pressing([.character("g")])
    #expect(top.source == SourcePosition(document: 0, paragraph: 0, lineStart: 0))
    #expect(bottom.pressing([.character("j")]).source == bottom.source)
  }

  @Test func qGoesBackThenQuits() {
    let inSource = Fixture.state().pressing([.enter])
    #expect(inSource.focus == .source)
    let back = inSource.pressing([.character("q")])
    #expect(back.focus == .timeline && !back.isFinished)
    #expect(back.pressing([.character("q")]).isFinished)
    #expect(inSource.pressing([.character("Q")]).isFinished)
  }

  @Test func spaceInTheActorsPaneFiltersTheTimeline() {
    let actors = Fixture.state().pressing([.character("a")])
    #expect(actors.focus == .actors && actors.drawer == .actors)
    let rennRow = actors.actorOrder.firstIndex(of: 2)!
    let filtered = actors.pressing(Array(repeating: Key.character("j"), count: rennRow) + [.character(" ")])
    #expect(filtered.actorFilter == [2])
    #expect(filtered.visibleCount == 1)
    #expect(filtered.hiddenCount == 3)
    #expect(filtered.selectedEvent?.summary == "Mayor Tobias Renn meets the union leaders")
    let allOff = filtered.pressing([.control("f")])
    #expect(allOff.visibleCount == 4 && !allOff.filtersEnabled)
    #expect(allOff.pressing([.control("f")]).visibleCount == 1)
    #expect(filtered.pressing([.character(" ")]).visibleCount == 4)
  }

  @Test func filterPromptReadsKindsActorsAndDates() {
    let state = Fixture.state().pressing([.character("f")]).typing("kind:protest").pressing([.enter])
    #expect(state.visibleCount == 1)
    #expect(state.selectedEvent?.kind == .protest)
    let byActor = Fixture.state().pressing([.character("f")]).typing("actor:quint").pressing([.enter])
    #expect(byActor.visibleCount == 1)
    let byDate = Fixture.state().pressing([.character("f")]).typing("from:2020").pressing([.enter])
    #expect(byDate.visibleCount == 2)
    let bad = Fixture.state().pressing([.character("f")]).typing("kind:picnic").pressing([.enter])
    #expect(bad.visibleCount == 4)
    #expect(bad.message?.isError == true)
  }

  @Test func searchFindsEveryHitAndNWalksThem() {
    let searched = Fixture.state().pressing([.character("/")]).typing("the").pressing([.enter])
    #expect(searched.search?.hits.count == 3)
    #expect(searched.message?.text == "hit 1 of 3 for “the”")
    let next = searched.pressing([.character("n")])
    #expect(next.timelineList.cursor == 1)
    #expect(next.pressing([.character("N"), .character("N")]).timelineList.cursor == 2)
    #expect(searched.pressing([.escape]).search == nil)
  }

  @Test func typingMoreLettersSearchesFromWhereTheSearchStarted() {
    let typing = Fixture.state().pressing([.character("/")]).typing("m")
    #expect(typing.timelineList.cursor == 1)
    let more = typing.typing("ayor")
    #expect(more.timelineList.cursor == 2)
    #expect(more.pressing([.enter]).message?.text == "hit 1 of 1 for “mayor”")
    #expect(more.pressing([.escape]).timelineList.cursor == 0)
  }

  @Test func quoteSpeakersCountAsTheEventsActorsForFilters() {
    #expect(Fixture.state().model.eventsByActor[0] == [0])
  }

  @Test func escapeCancelsAPromptWithoutApplyingIt() {
    let state = Fixture.state().pressing([.character("f")]).typing("kind:protest").pressing([.escape])
    #expect(state.prompt == nil)
    #expect(state.visibleCount == 4)
  }

  @Test func searchInTheSourcePaneWalksTextHits() {
    let state = Fixture.state().pressing([.character("3"), .character("/")]).typing("pier").pressing([.enter])
    #expect(state.search?.pane == .source)
    #expect(state.search?.hits.count == 2)
  }

  @Test func nInTheSourcePaneWalksTheEventsMentions() {
    let state = Fixture.state().pressing([.enter, .character("n")])
    #expect(state.mentionIndex == 1)
    #expect(state.highlight.map(state.model.timeline.text)?.hasPrefix("“We had no choice,”") == true)
    #expect(state.pressing([.character("n")]).mentionIndex == 0)
  }

  @Test func gotoSelectsTheFirstEventOnOrAfterADate() {
    let state = Fixture.state().pressing([.character(":")]).typing("goto 2020-06").pressing([.enter])
    #expect(state.timelineList.cursor == 1)
    let bad = Fixture.state().pressing([.character(":")]).typing("goto someday").pressing([.enter])
    #expect(bad.message?.isError == true)
  }

  @Test func gotoPassesOverUndatedEventsPlacedBeforeTheDate() {
    var timeline = Fixture.timeline()
    timeline.events.swapAt(1, 3)
    let state = AppState(model: TimelineModel(timeline), viewport: Size(width: 100, height: 20))
      .pressing([.character(":")]).typing("goto 2020-06").pressing([.enter])
    #expect(state.message == nil)
    #expect(state.timelineList.cursor == 2)
    let late = state.pressing([.character(":")]).typing("goto 2030").pressing([.enter])
    #expect(late.message?.text == "goto: no event on or after 2030")
  }

  @Test func braceKeysWalkDatesAndOWalksTheSameActor() {
    let state = Fixture.state()
    #expect(state.pressing([.character("}")]).timelineList.cursor == 1)
    #expect(state.pressing([.character("}"), .character("}"), .character("{")]).timelineList.cursor == 1)
    let quint = state.pressing([.character("o")])
    #expect(quint.timelineList.cursor == 0)
    #expect(quint.message?.text.contains("no later event") == true)
  }

  @Test func copyAsksTheTerminalToCopyTheSelection() {
    let state = Fixture.state().pressing([.character("y")])
    #expect(state.effects == [.copy("2019-03-03 — Harbor council votes to close the old pier (Elwin Gazette, harbor.txt ¶1)")])
  }

  @Test func helpOpensAndAnyCommandClosesIt() {
    let help = Fixture.state().pressing([.character("?")])
    #expect(help.helpTop == 0)
    #expect(help.pressing([.character("j")]).helpTop == 1)
    #expect(help.pressing([.escape]).helpTop == nil)
    #expect(help.pressing([.character("q")]).isFinished == false)
  }

  @Test func resizeKeepsTheSelectionAndFocusSensible() {
    let small = reduce(Fixture.state().pressing([.character("j"), .character("3")]), .resize(Size(width: 20, height: 6)))
    #expect(small.focus == .source)
    #expect(small.timelineList.cursor == 1)
    #expect(reduce(small, .resize(Size(width: 100, height: 30))).viewport == Size(width: 100, height: 30))
  }

  @Test func unboundKeysSayWhatToDo() {
    let state = Fixture.state().pressing([.character("z")])
    #expect(state.message == StatusMessage(text: "z is not bound — ? for help", isError: true))
  }
}
