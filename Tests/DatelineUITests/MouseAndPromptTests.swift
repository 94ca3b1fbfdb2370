import DatelineTestSupport
import Testing
@testable import DatelineUI

@Suite struct MouseAndPromptTests {
  @Test func mouseIsOptInAndF2TogglesIt() {
    let state = Fixture.state()
    #expect(reduce(state, .click(column: 5, row: 3)).timelineList.cursor == 0)
    let on = state.pressing([.function(2)])
    #expect(on.mouseEnabled && on.effects == [.setMouse(true)])
    #expect(reduce(on, .click(column: 5, row: 3)).timelineList.cursor == 2)
    #expect(reduce(on, .scroll(lines: 3, column: 5, row: 3)).timelineList.cursor == 3)
  }

  @Test func clickingAPaneFocusesIt() {
    let on = Fixture.state().pressing([.function(2)])
    #expect(reduce(on, .click(column: 60, row: 10)).focus == .source)
  }

  @Test func promptEditingKeys() {
    let typed = Fixture.state().pressing([.character(":")]).typing("gotx")
    #expect(typed.prompt?.text == "gotx")
    #expect(typed.pressing([.backspace]).prompt?.text == "got")
    #expect(typed.pressing([.control("u")]).prompt?.text == "")
    #expect(Fixture.state().pressing([.character("/"), .backspace]).prompt == nil)
  }

  @Test func commandPromptRunsNamedCommands() {
    #expect(Fixture.state().pressing([.character(":")]).typing("toggle-actors").pressing([.enter]).drawer == .actors)
    #expect(Fixture.state().pressing([.character(":")]).typing("quit").pressing([.enter]).isFinished)
    #expect(Fixture.state().pressing([.character(":")]).typing("dance").pressing([.enter]).message?.isError == true)
  }

  @Test func enterOnAQuoteShowsItInTheSource() {
    let state = Fixture.state().pressing([.character("\""), .enter])
    #expect(state.focus == .source)
    #expect(state.highlight.map(state.model.timeline.text) == "We had no choice,")
  }
}
