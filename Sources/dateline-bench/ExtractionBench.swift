import DatelineCore
import Foundation

/// Extraction throughput: every stage on one core, then the whole pipeline on every core, checked
/// to give the same timeline as the single-core run.
enum ExtractionBench {
  static func run(documents: [Document], report: (String) -> Void) throws {
    let bytes = documents.reduce(0) { $0 + $1.text.count }
    let megabytes = Double(bytes) / 1_048_576
    report("  \(documents.count) articles, \(String(format: "%.1f", megabytes)) MB of text")
    let sequentialStart = Clock.now
    let sequentialRun = Pipeline(jobs: 1).run(documents)
    let sequentialSeconds = Clock.seconds(since: sequentialStart)
    let (sequential, timings) = (sequentialRun.timeline, sequentialRun.timings)
    report("  one core, by stage:")
    for line in timings.report.split(separator: "\n") { report("    " + line) }
    let parallelStart = Clock.now
    let parallel = Pipeline().timeline(of: documents)
    let parallelSeconds = Clock.seconds(since: parallelStart)
    let same = try ExportFormat.json.encoded(sequential) == ExportFormat.json.encoded(parallel)
    report("  end to end, one core: \(rate(megabytes, sequentialSeconds)) (\(ms(sequentialSeconds)))")
    report("  end to end, \(ProcessInfo.processInfo.activeProcessorCount) cores: \(rate(megabytes, parallelSeconds)) (\(ms(parallelSeconds))); same timeline as one core: \(same ? "yes" : "NO")")
    report("  \(sequential.events.count) events, \(sequential.actors.count) actors, \(sequential.quotes.count) quotes")
  }

  /// Peak memory of `dateline extract` (a child process) on generated corpora of each size.
  static func memory(dateline: ChildProcess, sizes: [Int], report: (String) -> Void) throws {
    for size in sizes {
      let directory = NSTemporaryDirectory() + "dateline-bench-memory-\(getpid())-\(size)"
      defer { try? FileManager.default.removeItem(atPath: directory) }
      try CorpusWriter.write(megabytes: size, to: directory + "/corpus")
      let output = directory + "/timeline.jsonl"
      let arguments = ["extract", directory + "/corpus", "--format", "jsonl", "-o", output]
      guard let outcome = dateline.run(arguments), outcome.status == 0 else {
        report("  \(size) MB: the child run failed")
        continue
      }
      let bytes = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
      let ratio = Double(outcome.peakKilobytes) / 1024 / Double(size)
      report(
        "  \(size) MB corpus: peak \(outcome.peakKilobytes / 1024) MB resident (\(String(format: "%.1f", ratio))× the input), "
          + "\(ms(outcome.seconds)); jsonl \(bytes >> 20) MB")
    }
  }

  static func rate(_ megabytes: Double, _ seconds: Double) -> String {
    String(format: "%.1f MB/s", megabytes / max(seconds, 1e-9))
  }

  static func ms(_ seconds: Double) -> String { "\(KeystrokeBench.format(seconds * 1000)) ms" }
}
