/// Measures the time from process start to the first frame on screen, for the bundled sample:
/// a child `dateline` on a pseudo-terminal, timed from spawn until its status line (the last
/// row of the frame) has been written to the terminal.
enum StartupBench {
  /// The end of the status line's key hints with the standard key map.
  static let statusLineMarker = "q quit"

  static func run(dateline: ChildProcess, runs: Int, report: (String) -> Void) -> (median: Double, worst: Double)? {
    var times: [Double] = []
    for _ in 0..<runs {
      guard let seconds = dateline.secondsUntilOutput([], marker: statusLineMarker) else {
        report("  could not run the browser on a pseudo-terminal")
        return nil
      }
      times.append(seconds * 1000)
    }
    times.sort()
    let result = (times[times.count / 2], times.last ?? 0)
    report("  sample, \(runs) runs: median \(KeystrokeBench.format(result.0)) ms, worst \(KeystrokeBench.format(result.1)) ms")
    return result
  }
}
