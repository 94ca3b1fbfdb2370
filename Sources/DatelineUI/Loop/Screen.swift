/// What the browser loop draws on and reads input from: a terminal, or an in-memory double in
/// tests.
public protocol Screen: AnyObject {
  /// The screen's size now.
  var size: Size { get }

  /// Waits up to `milliseconds` (or forever when `nil`) for input; `nil` when none came.
  func read(timeout milliseconds: Int32?) -> InputEvent?

  /// Shows `frame`.
  func draw(_ frame: Frame)

  /// Puts `text` on the system clipboard.
  func copyToClipboard(_ text: String)

  /// Turns mouse reporting on or off.
  func setMouse(_ enabled: Bool)

  /// Forgets what is on the screen, so that the next frame is drawn in full.
  func invalidate()
}
