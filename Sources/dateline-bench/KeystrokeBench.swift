import DatelineCore
import DatelineUI
import Foundation

/// Times keystrokes (reduce plus render of a full frame) on synthetic timelines.
enum KeystrokeBench {
  struct Row {
    var events: Int
    var operation: String
    var median: Double
    var worst: Double
  }

  static let screen = Size(width: 200, height: 50)

  static func run(sizes: [Int], report: (String) -> Void) -> [Row] {
    var rows: [Row] = []
    for size in sizes {
      let started = Clock.now
      let timeline = SyntheticTimeline.make(events: size)
      let generated = Clock.seconds(since: started)
      rows += measure(timeline, label: "\(size) events: generated in \(format(generated * 1000)) ms", report: report)
    }
    return rows
  }

  /// Times the keystrokes on a timeline read from articles (such as a pathological one).
  static func run(articles paths: [String], report: (String) -> Void) throws -> [Row] {
    let started = Clock.now
    let pipeline = Pipeline()
    let result = pipeline.run(pipeline.inputs(for: paths))
    if let failure = result.failures.first, result.timeline.documents.isEmpty { throw failure }
    let label = "\(paths.joined(separator: " ")): \(result.timeline.events.count) events, \(result.timeline.actors.count) actors, "
      + "extracted in \(format(Clock.seconds(since: started) * 1000)) ms"
    return measure(result.timeline, label: label, report: report)
  }

  private static func measure(_ timeline: Timeline, label: String, report: (String) -> Void) -> [Row] {
    var rows: [Row] = []
    let size = timeline.events.count
    let indexing = Clock.now
    let model = TimelineModel(timeline)
    report(
      "  \(label), indexed in \(format(Clock.seconds(since: indexing) * 1000)) ms, "
        + "resident memory \(ResidentMemory.megabytes.map { "\($0) MB" } ?? "unknown")")
    let state = AppState(model: model, viewport: screen)
    let busiest = (0..<timeline.actors.count).max { model.eventsByActor[$0].count < model.eventsByActor[$1].count } ?? 0
    let scenarios: [(String, AppState, [Action])] = [
      ("move (j)", state, Array(repeating: .key(.character("j")), count: 200)),
      ("page down", state, Array(repeating: .key(.pageDown), count: 100)),
      ("jump to end and back (G, g)", state, Array(repeating: [Action.key(.character("G")), .key(.character("g"))], count: 20).flatMap { $0 }),
      ("filter by actor (Space in Actors)", actorsPane(state, selecting: busiest), Array(repeating: .key(.character(" ")), count: 20)),
      ("toggle all filters (Ctrl-F)", filtered(state, actor: busiest), Array(repeating: .key(.control("f")), count: 20)),
      ("search, typing “union”", prompt(state), "union".map { Action.key(.character($0)) }),
      ("search, each background slice", typed(state, "union"), Array(repeating: .tick, count: max(1, size / AppState.rowsPerSlice))),
      ("search hits, n", searched(state, "union"), Array(repeating: .key(.character("n")), count: 50)),
    ]
    for (name, start, actions) in scenarios {
      var current = start
      var times: [Double] = []
      for action in actions {
        let begin = Clock.now
        current = reduce(current, action)
        _ = render(current, size: screen)
        times.append(Clock.seconds(since: begin) * 1000)
      }
      times.sort()
      let row = Row(events: size, operation: name, median: times[times.count / 2], worst: times.last ?? 0)
      report("    \(name): median \(format(row.median)) ms, worst \(format(row.worst)) ms")
      rows.append(row)
    }
    return rows
  }

  private static func actorsPane(_ state: AppState, selecting actor: Int) -> AppState {
    var current = reduce(state, .key(.character("a")))
    let row = current.actorOrder.firstIndex(of: actor) ?? 0
    for _ in 0..<row { current = reduce(current, .key(.character("j"))) }
    return current
  }

  private static func filtered(_ state: AppState, actor: Int) -> AppState {
    reduce(actorsPane(state, selecting: actor), .key(.character(" ")))
  }

  private static func prompt(_ state: AppState) -> AppState { reduce(state, .key(.character("/"))) }

  private static func typed(_ state: AppState, _ query: String) -> AppState {
    query.reduce(prompt(state)) { reduce($0, .key(.character($1))) }
  }

  private static func searched(_ state: AppState, _ query: String) -> AppState {
    var current = reduce(typed(state, query), .key(.enter))
    while current.hasPendingWork { current = reduce(current, .tick) }
    return current
  }

  static func format(_ value: Double) -> String {
    value >= 100 ? String(Int(value.rounded())) : String(format: "%.2f", value)
  }
}

/// Monotonic time for benchmarks.
enum Clock {
  static var now: UInt64 { DispatchTime.now().uptimeNanoseconds }

  static func seconds(since start: UInt64) -> Double { Double(now - start) / 1e9 }
}

/// The process's resident memory, from /proc/self/status.
enum ResidentMemory {
  /// Resident memory now, in MB.
  static var megabytes: Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
      let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
    else { return nil }
    return kilobytes / 1024
  }
}
