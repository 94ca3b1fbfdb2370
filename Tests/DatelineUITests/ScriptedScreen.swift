import DatelineCore
import DatelineTestSupport
import DatelineUI

/// An in-memory screen for driving the real `BrowserLoop`: each read plays the next step of a
/// script; frames and effects are recorded. When the script runs out, it reports the signal
/// `outOfScript`, so a loop that should have ended earlier stops with 128 + 99 instead of
/// waiting forever.
final class ScriptedScreen: Screen {
  /// One step of the script, played by one read.
  enum Step {
    /// The read returns this event.
    case event(InputEvent)
    /// The screen takes this size and the read reports a resize.
    case resize(Size)
    /// The read times out.
    case idle
    /// The background extraction posts this timeline; the read times out.
    case post(TimelineModel, progress: Double?)
    /// The background extraction posts how far it has come; the read times out.
    case progress(Double)
    /// This signal arrives; the read times out.
    case signal(Int32)
  }

  /// An effect the loop asked of the screen.
  enum Request: Equatable {
    case copy(String)
    case setMouse(Bool)
    case invalidate
  }

  /// The signal reported once the script has run out.
  static let outOfScript: Int32 = 99

  private(set) var size: Size
  private var steps: [Step]
  private let feed: ExtractionFeed?
  private(set) var frames: [Frame] = []
  private(set) var requests: [Request] = []
  private(set) var timeouts: [Int32?] = []
  private(set) var signal: Int32?

  init(size: Size = Size(width: 100, height: 20), feed: ExtractionFeed? = nil, script steps: [Step]) {
    self.size = size
    self.feed = feed
    self.steps = steps
  }

  /// A script that presses `keys` in order.
  convenience init(size: Size = Size(width: 100, height: 20), keys: [Key]) {
    self.init(size: size, script: keys.map { .event(.key($0)) })
  }

  /// Runs the real loop on this screen over `model`; the exit status.
  func run(_ model: TimelineModel = TimelineModel(Fixture.timeline()), mouse: Bool = false) -> Int32 {
    BrowserLoop(screen: self, feed: feed) { [unowned self] in self.signal }.run(model, mouse: mouse)
  }

  /// The status line (the last row) of each frame drawn.
  var statusLines: [String] { frames.map { $0.lines.last ?? "" } }

  func read(timeout milliseconds: Int32?) -> InputEvent? {
    timeouts.append(milliseconds)
    guard !steps.isEmpty else {
      signal = Self.outOfScript
      return nil
    }
    switch steps.removeFirst() {
    case .event(let event): return event
    case .resize(let size):
      self.size = size
      return .resize
    case .idle: return nil
    case .post(let model, let progress):
      feed?.post(model, progress: progress)
      return nil
    case .progress(let progress):
      feed?.post(progress: progress)
      return nil
    case .signal(let number):
      signal = number
      return nil
    }
  }

  func draw(_ frame: Frame) { frames.append(frame) }

  func copyToClipboard(_ text: String) { requests.append(.copy(text)) }

  func setMouse(_ enabled: Bool) { requests.append(.setMouse(enabled)) }

  func invalidate() { requests.append(.invalidate) }
}
