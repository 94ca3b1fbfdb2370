import DatelineCore
import DatelineTestSupport
import Testing
@testable import DatelineUI

/// Long summaries: cut rows say so, the Timeline scrolls sideways, Detail shows them whole.
@Suite struct ReadableEventsTests {
  static let long = "Harbor council votes to close the old pier after a night of arguing about the price of repairs"

  static func state(width: Int, height: Int) -> AppState {
    var timeline = Fixture.timeline()
    timeline.events[0].summary = long
    return AppState(model: TimelineModel(timeline), viewport: Size(width: width, height: height))
  }

  static func lines(_ state: AppState) -> [String] { render(state, size: state.viewport).lines }

  @Test func aCutSummaryEndsWithAnEllipsis() {
    let lines = Self.lines(Self.state(width: 60, height: 15))
    #expect(lines[1] == " 2019-03-03  Harbor council votes to close the old pier aft…")
    #expect(lines[2] == " 2020-06     Dock workers march through the town center")
  }

  @Test func rightAndLeftScrollTheSummariesSideways() {
    let right = Self.state(width: 60, height: 15).pressing([.right])
    #expect(right.timelineShift == 23)
    #expect(Self.lines(right)[1] == " 2019-03-03  …close the old pier after a night of arguing a…")
    #expect(Self.lines(right)[2] == " 2020-06     …gh the town center")
    let end = right.pressing([.character(">"), .character(">")])
    #expect(Self.lines(end)[1] == " 2019-03-03  …out the price of repairs")
    #expect(end.pressing([.right]).message?.text == "the summaries on screen are shown to their end")
    #expect(end.pressing([.left, .character("<"), .left]).timelineShift == 0)
    #expect(end.pressing([.left, .left, .left, .left]).message?.text == "summaries start at the left edge")
  }

  @Test func detailShowsTheWholeSummaryWrapped() {
    let lines = Self.lines(Self.state(width: 60, height: 15).pressing([.character("2")]))
    #expect(lines[6] == " Detail                                        event 1 of 4")
    #expect(lines[7] == " Summary  Harbor council votes to close the old pier after a")
    #expect(lines[8] == "          night of arguing about the price of repairs")
  }

  @Test func detailLinesWrapInsteadOfBeingCut() {
    let lines = Self.lines(Self.state(width: 60, height: 24).pressing([.character("2")]))
    #expect(lines.contains("          Quint (person)"))
    #expect(lines.contains("       voted to close the old pier."))
  }

  @Test func detailNumbersTheEventAsTheStatusLineDoes() {
    let filtered = Self.state(width: 100, height: 20).pressing([.character("f")]).typing("from:2020").pressing([.enter, .character("j")])
    let lines = Self.lines(filtered)
    #expect(lines[0].hasSuffix("event 2 of 2"))
    #expect(lines.last?.hasPrefix(" event 2 of 2") == true)
  }

  @Test func aSearchHitPastTheCutIsScrolledIntoView() {
    let searched = Self.state(width: 60, height: 15).pressing([.character("/")]).typing("repairs").pressing([.enter])
    #expect(searched.timelineShift > 0)
    let frame = render(searched, size: searched.viewport)
    let row = frame.lines[1]
    #expect(row.contains("repairs"))
    let column = DisplayWidth.of(String(row[..<row.range(of: "repairs")!.lowerBound]))
    #expect(frame.roleLines[1].dropFirst(column).prefix(7) == "HHHHHHH")
  }

  @Test func hitsOnOtherRowsPastTheCutMarkTheirEllipsis() {
    var state = Self.state(width: 60, height: 15).pressing([.character("/")]).typing("repairs").pressing([.enter])
    state = state.pressing([.left, .left, .character("j")])
    let frame = render(state, size: state.viewport)
    #expect(frame.lines[1].hasSuffix("…"))
    #expect(frame.roleLines[1].last == "H")
  }
}
