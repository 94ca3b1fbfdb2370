import DatelineTestSupport
import Testing
@testable import DatelineUI

/// Golden frames: what `render` draws for the fixture at fixed sizes. Each golden is the frame's
/// text, row by row (trailing spaces trimmed); some also check the role of every cell
/// (see `Role.code`).
@Suite struct RenderGoldenTests {
  private func frame(width: Int, height: Int, keys: [Key] = []) -> Frame {
    let state = Fixture.state(width: width, height: height).pressing(keys)
    return render(state, size: Size(width: width, height: height))
  }

  @Test func wideTerminalShowsTimelineDetailAndSource() {
    let frame = frame(width: 100, height: 16)
    #expect(frame.lines.joined(separator: "\n") == """
       Timeline                                1/4 │ Detail                                  event 1 of 4
       2019-03-03  Harbor council votes to close t…│ Summary  Harbor council votes to close the old pier
       2020-06     Dock workers march through the …│ Date     3 March 2019 (day) from “March 3, 2019”
       ~2020-06-03 Mayor Tobias Renn meets the uni…│ Kind     other
       undated     Pier reopening date unknown     │ Actors   Port Elwin harbor council (organization),
                                                   │ Source — Elwin Gazette: harbor.txt              ¶1/5
                                                   │ On March 3, 2019, the harbor council of Port Elwin
                                                   │ voted to close the old pier.
                                                   │
                                                   │ “We had no choice,” said Mara Quint, who chairs the
                                                   │ council.
                                                   │
                                                   │ In June 2020, dock workers marched through the town
                                                   │ center.
                                                   │
       event 1 of 4                                          ? help  / search  f filter  a actors  q quit
      """)
    #expect(Array(frame.roleLines.prefix(8)).joined(separator: "\n") == """
      PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPbpppppppppppppppppppppppppppppppppppppppppppppppppppppp
      SSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSb.ddddddddd............................................
      DDDDDDDD.....................................b.dddddddddDDDDDDDDDDDDDDDDDD..........................
      IIIIIIIIIIII.................................b.ddddddddd............................................
      uuuuuuuu.....................................b.dddddddddaaaaaaaaaaaaaaaaaaaaaaaaaddddddddddddddd....
      .............................................bpppppppppppppppppppppppppppppppppppppppppppppppppppppp
      .............................................b.EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE..
      .............................................b.EEEEEEEEEEEEEEEEEEEEEEEEEEEE.........................
      """)
  }

  @Test func sixtyByFifteenStacksTimelineAndSource() {
    #expect(frame(width: 60, height: 15).lines.joined(separator: "\n") == """
       Timeline                                               1/4
       2019-03-03  Harbor council votes to close the old pier
       2020-06     Dock workers march through the town center
       ~2020-06-03 Mayor Tobias Renn meets the union leaders
       undated     Pier reopening date unknown

       Source — Elwin Gazette: harbor.txt                    ¶1/5
       On March 3, 2019, the harbor council of Port Elwin voted to
       close the old pier.

       “We had no choice,” said Mara Quint, who chairs the
       council.

       In June 2020, dock workers marched through the town center.
       event 1 of 4  ? help  / search  f filter  a actors  q quit
      """)
  }

  @Test func twentyBySixShowsOnlyTheFocusedPane() {
    #expect(frame(width: 20, height: 6).lines.joined(separator: "\n") == """
       Timeline       1/4
       2019-03-03  Harbor…
       2020-06     Dock w…
       ~2020-06-03 Mayor …
       undated     Pier r…
       event 1 of… ? help
      """)
  }

  @Test func actorsPaneListsKindsAndCounts() {
    let frame = frame(width: 100, height: 16, keys: [.character("a")])
    #expect(frame.lines.joined(separator: "\n") == """
       Timeline                                1/4 │ Detail                                  event 1 of 4
       2019-03-03  Harbor council votes to close t…│ Summary  Harbor council votes to close the old pier
       2020-06     Dock workers march through the …│ Date     3 March 2019 (day) from “March 3, 2019”
       ~2020-06-03 Mayor Tobias Renn meets the uni…│ Kind     other
       undated     Pier reopening date unknown     │ Actors   Port Elwin harbor council (organization),
                                                   │ Source — Elwin Gazette: harbor.txt              ¶1/5
                                                   │ On March 3, 2019, the harbor council of Port Elwin
                                                   │ voted to close the old pier.
                                                   │
       Actors              3   kind  events quotes │ “We had no choice,” said Mara Quint, who chairs the
       [ ] Mara Quint         person      1      1 │ council.
       [ ] Port Elwin harbor… org         1      0 │
       [ ] Tobias Renn        person      1      0 │ In June 2020, dock workers marched through the town
                                                   │ center.
                                                   │
       actor 1 of 3                                 ? help  Space filter  o follow  Enter source  q close
      """)
  }

  @Test func helpIsGeneratedFromTheKeyMap() {
    #expect(frame(width: 60, height: 15, keys: [.character("?")]).lines.joined(separator: "\n") == """
       Help
       Dateline keys — q, Esc or ? closes this help
         KEYS            COMMAND             WHAT IT DOES
         j, Down         move-down           move down (scroll in…
         k, Up           move-up             move up
         PgDn, Ctrl-D    page-down           page down
         PgUp, Ctrl-U    page-up             page up
         g, Home         top                 go to the first row
         G, End          bottom              go to the last row
         Left, <         scroll-left         scroll the Timeline'…
         Right, >        scroll-right        scroll the Timeline'…
         Tab             next-pane           focus the next pane
         Shift-Tab       previous-pane       focus the previous p…
         1               focus-timeline      focus Timeline
       event 1 of 4                 j scroll  G end  q close help
      """)
  }

  @Test func searchHighlightsEveryHitAndThePromptShowsTheQuery() {
    let frame = frame(width: 100, height: 16, keys: [.character("/"), .character("t"), .character("h"), .character("e")])
    #expect(Array(frame.roleLines.prefix(4)).joined(separator: "\n") == """
      PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPbpppppppppppppppppppppppppppppppppppppppppppppppppppppp
      SSSSSSSSSSSSSSSSSSSSSHHHSSSSSSSSSSSSSSSSSSSSSb.ddddddddd............................................
      DDDDDDDD..........hhh........................b.dddddddddDDDDDDDDDDDDDDDDDD..........................
      IIIIIIIIIIII...hhh...........................b.ddddddddd............................................
      """)
    #expect(frame.lines.last?.hasPrefix("search: the ") == true)
    #expect(frame.cursor?.column == 11)
  }

  @Test func quotesPaneGroupsQuotesBySpeaker() {
    #expect(frame(width: 100, height: 12, keys: [.character("\"")]).lines.joined(separator: "\n") == """
       Timeline                                1/4 │ Detail                                  event 1 of 4
       2019-03-03  Harbor council votes to close t…│ Summary  Harbor council votes to close the old pier
       2020-06     Dock workers march through the …│ Date     3 March 2019 (day) from “March 3, 2019”
       ~2020-06-03 Mayor Tobias Renn meets the uni…│ Source — Elwin Gazette: harbor.txt              ¶1/5
       undated     Pier reopening date unknown     │ On March 3, 2019, the harbor council of Port Elwin
                                                   │ voted to close the old pier.
       Quotes                                    1 │
       Mara Quint: “We had no choice,”             │ “We had no choice,” said Mara Quint, who chairs the
                                                   │ council.
                                                   │
                                                   │ In June 2020, dock workers marched through the town
       quote 1 of 1                                       ? help  Enter source  y copy  / search  q close
      """)
  }

  @Test func anActorFilterShowsAsAChipAndHidesEvents() {
    #expect(frame(width: 60, height: 15, keys: [.character("a"), .character("j"), .character(" ")]).lines.joined(separator: "\n") == """
       Timeline                                    1/1 (3 hidden)
       2019-03-03  Harbor council votes to close the old pier


       Actors                1 filtered · 3   kind  events quotes
       [ ] Mara Quint                        person      1      1
       [x] Port Elwin harbor council         org         1      0
       [ ] Tobias Renn                       person      1      0
       Source — Elwin Gazette: harbor.txt                    ¶1/5
       On March 3, 2019, the harbor council of Port Elwin voted to
       close the old pier.

       “We had no choice,” said Mara Quint, who chairs the
       council.
       actor 2 of 3  actor:Port Elwin harbor council  3 h… ? help
      """)
  }

  @Test func detailPaneListsMentionsAndTakesTheLowerSlotWhenStacked() {
    #expect(frame(width: 60, height: 15, keys: [.character("2")]).lines.joined(separator: "\n") == """
       Timeline                                               1/4
       2019-03-03  Harbor council votes to close the old pier
       2020-06     Dock workers march through the town center
       ~2020-06-03 Mayor Tobias Renn meets the union leaders
       undated     Pier reopening date unknown

       Detail                                        event 1 of 4
       Summary  Harbor council votes to close the old pier
       Date     3 March 2019 (day) from “March 3, 2019”
       Kind     other
       Actors   Port Elwin harbor council (organization), Mara
                Quint (person)
       Sources  Elwin Gazette: harbor.txt
       Mentions 2
       event 1 of 4        ? help  j scroll  Enter source  q back
      """)
  }

  @Test func tinyAndEmptyTerminalsDoNotCrash() {
    for (width, height) in [(1, 1), (0, 0), (3, 2), (8, 3), (200, 2)] {
      let frame = frame(width: width, height: height, keys: [.character("a"), .character("j"), .character("?")])
      #expect(frame.size == Size(width: width, height: height))
    }
  }
}
