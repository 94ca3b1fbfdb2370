import DatelineCore
import DatelineUI
import Foundation

/// Reads key bindings from `$XDG_CONFIG_HOME/dateline/config` (or `~/.config/dateline/config`):
/// lines `bind KEY COMMAND` and `unbind KEY`, `#` comments.
enum KeyConfig {
  static var path: String {
    let environment = ProcessInfo.processInfo.environment
    let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.config")
    return base + "/dateline/config"
  }

  /// The standard key map with the config file's changes; a missing file changes nothing.
  static func load() throws -> KeyMap {
    guard let data = FileManager.default.contents(atPath: path) else { return .standard }
    var keyMap = KeyMap.standard
    for (number, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let words = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0].split(separator: " ").map(String.init)
      guard let verb = words.first else { continue }
      let problem = { (text: String) in CoreError.badConfig(path: path, line: number + 1, reason: text) }
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
