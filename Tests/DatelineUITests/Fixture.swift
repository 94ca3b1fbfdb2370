import DatelineCore
import DatelineTestSupport
import DatelineUI

/// The application state over the hand-made timeline.
extension Fixture {
  static func state(width: Int = 100, height: Int = 20) -> AppState {
    AppState(model: TimelineModel(timeline()), viewport: Size(width: width, height: height))
  }
}

extension AppState {
  /// The state after pressing `keys` in order (a string: each character is a key).
  func pressing(_ keys: [Key]) -> AppState {
    keys.reduce(self) { reduce($0, .key($1)) }
  }

  /// The state after typing `text` one character at a time.
  func typing(_ text: String) -> AppState {
    pressing(text.map { Key.character($0) })
  }
}
