/// Time spent in each stage of the extraction, for `dateline extract --timings`. A pipeline run
/// measures each document in the worker that extracts it and adds the figures up, so with several
/// jobs they are thread time summed over the workers: the total can exceed the run's wall time,
/// and the rates are those of one core.
public struct StageTimings: Sendable {
  /// The stages, in pipeline order.
  public enum Stage: String, CaseIterable, Sendable {
    /// Tokenizing and sentence splitting.
    case segmenting
    /// Temporal expressions.
    case times
    /// Lexicon classes of every token.
    case wordClasses = "word-classes"
    /// Pairing quotation marks.
    case quoteMarks = "quote-marks"
    /// Names, kinds and aliases.
    case actors
    /// Quote attribution.
    case quotes
    /// Event mentions and their gathering.
    case events
    /// Merging documents and ordering the timeline.
    case assembly
  }

  /// Nanoseconds per stage, indexed like `Stage.allCases`.
  public private(set) var nanoseconds: [Int] = Array(repeating: 0, count: Stage.allCases.count)
  /// The number of body bytes read.
  public var bytes = 0

  /// No time spent yet.
  public init() {}

  /// Runs `work`, adding its time to `stage`.
  public mutating func measure<T>(_ stage: Stage, _ work: () throws -> T) rethrows -> T {
    let clock = ContinuousClock()
    let start = clock.now
    let result = try work()
    let elapsed = clock.now - start
    let slot = Stage.allCases.firstIndex(of: stage) ?? 0
    nanoseconds[slot] +=
      Int(elapsed.components.seconds) * 1_000_000_000 + Int(elapsed.components.attoseconds / 1_000_000_000)
    return result
  }

  /// Adds the times of `other`.
  public mutating func add(_ other: StageTimings) {
    for slot in nanoseconds.indices { nanoseconds[slot] += other.nanoseconds[slot] }
    bytes += other.bytes
  }

  /// One line per stage: its time and throughput, then the total.
  public var report: String {
    var lines: [String] = []
    let total = nanoseconds.reduce(0, +)
    for (slot, stage) in Stage.allCases.enumerated() {
      lines.append(Self.line(stage.rawValue, nanoseconds[slot], bytes))
    }
    lines.append(Self.line("total", total, bytes))
    return lines.joined(separator: "\n")
  }

  private static func line(_ name: String, _ nanoseconds: Int, _ bytes: Int) -> String {
    let milliseconds = Double(nanoseconds) / 1_000_000
    let rate = nanoseconds > 0 ? Double(bytes) / Double(nanoseconds) * 1_000 : 0
    let padded = name.padding(toLength: 14, withPad: " ", startingAt: 0)
    return "\(padded) \(formatted(milliseconds)) ms  \(formatted(rate)) MB/s"
  }

  private static func formatted(_ value: Double) -> String {
    let scaled = (value * 10).rounded() / 10
    return String(scaled)
  }
}
