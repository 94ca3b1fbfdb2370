/// The one table of key bindings: key dispatch reads it and the help screen is generated from it.
public struct KeyMap: Sendable {
  /// One binding.
  public struct Binding: Hashable, Sendable {
    /// The key.
    public var key: Key
    /// The command it runs.
    public var command: Command
  }

  /// The bindings, in help order.
  public private(set) var bindings: [Binding]

  /// The default bindings (tig, lnav and lazygit habits).
  public static let standard = KeyMap(bindings: ([
    (.character("j"), .moveDown), (.down, .moveDown),
    (.character("k"), .moveUp), (.up, .moveUp),
    (.pageDown, .pageDown), (.control("d"), .pageDown),
    (.pageUp, .pageUp), (.control("u"), .pageUp),
    (.character("g"), .top), (.home, .top),
    (.character("G"), .bottom), (.end, .bottom),
    (.left, .scrollLeft), (.character("<"), .scrollLeft),
    (.right, .scrollRight), (.character(">"), .scrollRight),
    (.tab, .nextPane), (.backTab, .previousPane),
    (.character("1"), .focusTimeline), (.character("2"), .focusDetail),
    (.character("3"), .focusSource), (.character("4"), .focusActors),
    (.character("5"), .focusQuotes), (.character("6"), .focusSources),
    (.enter, .jumpToSource),
    (.character("q"), .back), (.character("Q"), .quit), (.escape, .cancel),
    (.character("?"), .help), (.function(1), .help),
    (.character("/"), .search), (.character("n"), .nextHit), (.character("N"), .previousHit),
    (.character("a"), .toggleActors), (.character("\""), .toggleQuotes),
    (.character("s"), .toggleSources),
    (.character(" "), .toggleFilter), (.character("f"), .filterPrompt),
    (.control("f"), .toggleAllFilters), (.character("F"), .clearFilters),
    (.character("o"), .nextSameActor), (.character("O"), .previousSameActor),
    (.character("{"), .previousDate), (.character("}"), .nextDate),
    (.character(":"), .commandPrompt), (.character("y"), .copy),
    (.function(2), .toggleMouse), (.control("l"), .redraw),
  ] as [(Key, Command)]).map { Binding(key: $0.0, command: $0.1) })

  /// Creates a key map from bindings.
  public init(bindings: [Binding]) {
    self.bindings = bindings
  }

  /// The command bound to `key`, if any.
  public func command(for key: Key) -> Command? {
    bindings.first { $0.key == key }?.command
  }

  /// The keys bound to `command`, in table order.
  public func keys(for command: Command) -> [Key] {
    bindings.filter { $0.command == command }.map(\.key)
  }

  /// Binds `key` to `command`, replacing what the key did before.
  public mutating func bind(_ key: Key, to command: Command) {
    if let index = bindings.firstIndex(where: { $0.key == key }) {
      bindings[index].command = command
    } else {
      bindings.append(Binding(key: key, command: command))
    }
  }

  /// Removes the binding of `key`.
  public mutating func unbind(_ key: Key) {
    bindings.removeAll { $0.key == key }
  }
}
