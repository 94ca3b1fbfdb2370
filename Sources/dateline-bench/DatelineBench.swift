import ArgumentParser
import DatelineCore
import Foundation

/// `dateline-bench`: throughput, start-up, keystroke and memory figures for this machine.
@main
struct DatelineBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dateline-bench",
    abstract: "Measure extraction throughput, start-up time, keystroke latency and memory on this machine.",
    discussion: """
      Without --corpus, extraction is measured on a generated corpus: articles of about 6 KB \
      written from sentence templates with a date and two names per sentence and an attributed \
      quote every third paragraph (see --write-corpus to keep one). Keystrokes are timed on \
      synthetic timelines built in memory. Start-up and memory are measured on child runs of \
      the dateline binary (--dateline), as are time and memory per MB on hostile inputs (one \
      line of separators, an HTML entity bomb, one long line, a repeated date, many paragraphs, \
      many names, `the company` told again and again, one sentence of clauses `he met <name>`, \
      a list of unknown names with a person last, reported plans for a weekday with `him`). \
      Run a release build: swift build -c release.
      """)

  @Option(help: ArgumentHelp("The dateline binary to measure (default: the one beside dateline-bench).", valueName: "path"))
  var dateline: String?

  @Option(help: ArgumentHelp("Articles to measure extraction on (a directory or files).", valueName: "path"))
  var corpus: [String] = []

  @Option(help: "Size of the generated corpus, in MB.")
  var corpusMegabytes = 20

  @Option(help: ArgumentHelp("Timeline sizes for the keystroke benchmark.", valueName: "n,n,…"))
  var events: String = "10000,100000,1000000"

  @Option(help: ArgumentHelp("Time the keystrokes on the timeline of these articles instead of synthetic ones.", valueName: "path"))
  var keysOn: [String] = []

  @Option(help: "Runs of the start-up measurement.")
  var startupRuns = 20

  @Option(help: ArgumentHelp("Corpus sizes in MB for the peak-memory measurement (empty: skip).", valueName: "n,n,…"))
  var memoryMegabytes: String = "10"

  @Option(help: "Size of each hostile input (and of the ordinary article compared with them), in MB.")
  var pathologicalMegabytes = 5

  @Option(help: ArgumentHelp("Only write a generated corpus of --corpus-megabytes MB to this directory.", valueName: "dir"))
  var writeCorpus: String?

  @Option(help: ArgumentHelp("HTML pages to measure reading on (a directory or files; default: generated pages).", valueName: "path"))
  var htmlPages: [String] = []

  @Option(help: ArgumentHelp("Which parts to run.", valueName: "extraction,html,startup,keys,memory,pathological"))
  var only: String = "extraction,html,startup,keys,memory,pathological"

  func run() throws {
    if let writeCorpus {
      let files = try CorpusWriter.write(megabytes: corpusMegabytes, to: writeCorpus)
      print("wrote \(files) articles (\(corpusMegabytes) MB) to \(writeCorpus)")
      return
    }
    let parts = Set(only.split(separator: ",").map(String.init))
    let child = ChildProcess(executable: dateline ?? Self.datelineBesideThisProgram)
    // Memory is measured first, while this process is still small: the kernel counts the memory
    // this process holds when it spawns a child into the child's peak (see ChildProcess.run).
    var memoryReport: [String] = []
    if parts.contains("memory"), !Self.numbers(memoryMegabytes).isEmpty {
      memoryReport.append("Peak memory of `dateline extract --format jsonl` on generated corpora:")
      try ExtractionBench.memory(dateline: child, sizes: Self.numbers(memoryMegabytes)) { memoryReport.append($0) }
    }
    if parts.contains("pathological") {
      memoryReport.append("Time and peak memory of `dateline extract --format jsonl` on hostile inputs:")
      try PathologicalBench.run(dateline: child, megabytes: pathologicalMegabytes) { memoryReport.append($0) }
    }
    if parts.contains("extraction") {
      print("Extraction (\(corpus.isEmpty ? "generated corpus, seed 7" : corpus.joined(separator: " "))):")
      try ExtractionBench.run(documents: try documentsToMeasure()) { print($0) }
    }
    if parts.contains("html") {
      print("HTML reading (\(htmlPages.isEmpty ? "generated pages" : htmlPages.joined(separator: " "))):")
      let pages = htmlPages.isEmpty ? HTMLReadingBench.syntheticPages(megabytes: 10) : HTMLReadingBench.pages(at: htmlPages)
      HTMLReadingBench.run(pages: pages) { print($0) }
    }
    if parts.contains("startup") {
      print("First frame of the bundled sample (spawn of `dateline` on a pseudo-terminal to its status line written):")
      _ = StartupBench.run(dateline: child, runs: startupRuns) { print($0) }
    }
    if parts.contains("keys") {
      print("Keystrokes (reduce + render of a \(KeystrokeBench.screen.width)x\(KeystrokeBench.screen.height) frame) on \(keysOn.isEmpty ? "synthetic timelines" : "the articles' timeline"):")
      if keysOn.isEmpty {
        _ = KeystrokeBench.run(sizes: Self.numbers(events)) { print($0) }
      } else {
        _ = try KeystrokeBench.run(articles: keysOn) { print($0) }
      }
    }
    memoryReport.forEach { print($0) }
  }

  private func documentsToMeasure() throws -> [Document] {
    if !corpus.isEmpty {
      let pipeline = Pipeline()
      let result = pipeline.documents(pipeline.inputs(for: corpus))
      if let failure = result.failures.first, result.documents.isEmpty { throw failure }
      return result.documents
    }
    let directory = NSTemporaryDirectory() + "dateline-bench-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try CorpusWriter.write(megabytes: corpusMegabytes, to: directory)
    let pipeline = Pipeline()
    return pipeline.documents(pipeline.inputs(for: [directory])).documents
  }

  private static var datelineBesideThisProgram: String {
    let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    return URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("dateline").path
  }

  private static func numbers(_ text: String) -> [Int] {
    text.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
  }
}
