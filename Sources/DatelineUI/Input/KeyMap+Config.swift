extension KeyMap {
  /// Why a key configuration line could not be read.
  public struct ConfigError: Error, Hashable, Sendable {
    /// The 1-based line number.
    public var line: Int
    /// What is wrong with it.
    public var reason: String
  }

  /// This key map changed by a configuration text: lines `bind KEY COMMAND` and `unbind KEY`,
  /// with `#` comments and blank lines ignored. Key names as in the help (`j`, `Ctrl-F`, `PgDn`,
  /// `F1`, `Space`); command names as `Command`'s raw values (`page-down`).
  public func applying(config text: String) throws(ConfigError) -> KeyMap {
    var keyMap = self
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
      let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
      guard let verb = words.first else { continue }
      let problem = { (reason: String) in ConfigError(line: index + 1, reason: reason) }
      switch (verb, words.count) {
      case ("bind", 3):
        guard let key = Key(name: words[1]) else { throw problem("unknown key “\(words[1])”") }
        guard let command = Command(rawValue: words[2]) else { throw problem("unknown command “\(words[2])”") }
        keyMap.bind(key, to: command)
      case ("unbind", 2):
        guard let key = Key(name: words[1]) else { throw problem("unknown key “\(words[1])”") }
        keyMap.unbind(key)
      default:
        throw problem("expected `bind KEY COMMAND` or `unbind KEY`")
      }
    }
    return keyMap
  }
}
