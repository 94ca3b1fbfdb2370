import DatelineCore
import DatelineTestSupport
import Foundation

/// Time and peak memory per MB of `dateline extract` (a child process) on each hostile input
/// (`HostileInput`) and, for comparison, on ordinary generated news of the same size: a return of
/// super-linear time or memory shows as a ratio far from the ordinary one. Each peak is also set
/// against the goal of four times the input above the base, the peak on a one-sentence article.
enum PathologicalBench {
  static func run(dateline: ChildProcess, megabytes: Int, report: (String) -> Void) throws {
    let directory = NSTemporaryDirectory() + "dateline-bench-hostile-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let bytes = megabytes << 20
    var inputs: [(name: String, path: String)] = []
    var news = SyntheticCorpus(seed: 7)
    let ordinary = directory + "/ordinary.txt"
    try news.article(bytes: bytes).write(toFile: ordinary, atomically: false, encoding: .utf8)
    inputs.append(("ordinary news", ordinary))
    for input in HostileInput.allCases {
      let path = directory + "/\(input.rawValue).\(input.fileExtension)"
      try input.text(bytes: bytes).write(toFile: path, atomically: false, encoding: .utf8)
      inputs.append((input.rawValue, path))
    }
    // The base is what any article costs, whatever its length: one sentence runs every stage, so
    // its peak holds the code and tables they load (a line without words, `x`, ran none of them:
    // 1.8 MB less, which the bound then took out of the input's four times).
    let oneSentence = directory + "/one-sentence.txt"
    try Self.baseArticle.write(toFile: oneSentence, atomically: false, encoding: .utf8)
    let base = dateline.run(["extract", oneSentence, "--format", "jsonl", "-o", directory + "/out.jsonl"])
      .map { Double($0.peakKilobytes) / 1024 }
    if let base { report("  base (a one-sentence article): peak \(String(format: "%.1f", base)) MB") }
    for (name, path) in inputs {
      let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? bytes
      let megabytes = Double(size) / 1_048_576
      let arguments = ["extract", path, "--format", "jsonl", "-o", directory + "/out.jsonl"]
      let run = dateline.run(arguments)
      guard let outcome = run, outcome.status == 0 else {
        report("  \(name): the child run failed" + (run.map { " (exit status \($0.status))" } ?? ""))
        continue
      }
      let peak = Double(outcome.peakKilobytes) / 1024
      report(
        "  \(name), \(String(format: "%.1f", megabytes)) MB: \(ExtractionBench.ms(outcome.seconds)) "
          + "(\(ExtractionBench.ms(outcome.seconds / megabytes)) per MB), peak \(Int(peak)) MB "
          + "(\(String(format: "%.1f", peak / megabytes))× the input)" + Self.goal(peak: peak, megabytes: megabytes, base: base))
    }
  }

  /// The article whose peak is the base: a date, people, a place, a quote and an event.
  static let baseArticle =
    "On Nov. 7, 2021, Jane Harlow, the mayor of Eastfield, said the council would open a clinic in Ohio. "
    + "\u{201C}It will serve everyone,\u{201D} she said.\n"

  /// How `peak` stands against base + 4× the input (all in MB), when the base is known.
  private static func goal(peak: Double, megabytes: Double, base: Double?) -> String {
    guard let base else { return "" }
    let bound = base + 4 * megabytes
    let over = peak - bound
    return over > 0
      ? String(format: ", %.1f MB over base + 4× (%.1f)", over, bound)
      : String(format: ", within base + 4× (%.1f)", bound)
  }
}
