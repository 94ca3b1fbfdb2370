import DatelineCore
import DatelineUI
import Foundation

/// Finds and reads the key configuration file: `$XDG_CONFIG_HOME/dateline/config`, or
/// `~/.config/dateline/config`.
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
    do {
      return try KeyMap.standard.applying(config: String(decoding: data, as: UTF8.self))
    } catch {
      throw CoreError.badConfig(path: path, line: error.line, reason: error.reason)
    }
  }
}
