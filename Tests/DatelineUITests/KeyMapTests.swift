import Testing
@testable import DatelineUI

@Suite struct KeyMapTests {
  @Test func everyCommandHasAKeyAndEveryKeyOneCommand() {
    let keyMap = KeyMap.standard
    for command in Command.allCases { #expect(!keyMap.keys(for: command).isEmpty, "\(command) has no key") }
    let keys = keyMap.bindings.map(\.key)
    #expect(Set(keys).count == keys.count)
  }

  @Test func keyNamesRoundTrip() {
    for binding in KeyMap.standard.bindings { #expect(Key(name: binding.key.name) == binding.key) }
    #expect(Key(name: "ctrl-f") == .control("f"))
    #expect(Key(name: "pagedown") == .pageDown)
    #expect(Key(name: "F13") == nil)
  }

  @Test func configBindsAndUnbinds() throws {
    let keyMap = try KeyMap.standard.applying(config: """
      # my keys
      bind J page-down
      unbind Ctrl-D   # I keep hitting it

      bind Space toggle-filter
      """)
    #expect(keyMap.command(for: .character("J")) == .pageDown)
    #expect(keyMap.command(for: .control("d")) == nil)
    #expect(keyMap.keys(for: .pageDown) == [.pageDown, .character("J")])
    #expect(HelpView.lines(keyMap).contains { $0.contains("PgDn, J") })
  }

  @Test func configErrorsNameTheLine() {
    #expect(throws: KeyMap.ConfigError(line: 2, reason: "unknown command “jump-around”")) {
      try KeyMap.standard.applying(config: "bind j move-down\nbind k jump-around")
    }
    #expect(throws: KeyMap.ConfigError(line: 1, reason: "expected `bind KEY COMMAND` or `unbind KEY`")) {
      try KeyMap.standard.applying(config: "bind j")
    }
  }
}
