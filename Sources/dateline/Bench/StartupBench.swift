import DatelineTerminal

/// Measures the time from process start to the first frame on screen, for the bundled sample:
/// a child `dateline --exit-after-first-frame` on a pseudo-terminal, timed from spawn to exit
/// (so the figure also holds terminal set-up and restore: it is an upper bound).
enum StartupBench {
  static func run(runs: Int, report: (String) -> Void) -> (median: Double, worst: Double)? {
    var times: [Double] = []
    for _ in 0..<runs {
      guard let outcome = ChildProcess.run(["--exit-after-first-frame"], terminal: true), outcome.status == 0 else {
        report("  could not run the browser on a pseudo-terminal")
        return nil
      }
      times.append(outcome.seconds * 1000)
    }
    times.sort()
    let result = (times[times.count / 2], times.last ?? 0)
    report("  sample, \(runs) runs: median \(KeystrokeBench.format(result.0)) ms, worst \(KeystrokeBench.format(result.1)) ms")
    return result
  }
}
