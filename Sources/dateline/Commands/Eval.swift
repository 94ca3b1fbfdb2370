import ArgumentParser
import DatelineCore
import Foundation

/// `dateline eval GOLD_DIR`: scores the time tagger on TimeML gold files (TempEval-3 Task A).
struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Score the time tagger on TimeML gold files (TempEval-3 Task A figures).",
    discussion: """
      Reads every .tml file under the given paths, tags the plain text of <TEXT> with the document
      creation time as reference, and compares with the gold TIMEX3s: strict (same span) and
      relaxed (overlap) precision, recall and F1, and value and type F1 over relaxed matches.
      """)

  @Argument(help: ArgumentHelp("TimeML files or directories of them (searched recursively).", valueName: "gold"))
  var paths: [String]

  @Flag(help: "Print the figures of every file.")
  var perFile = false

  @Flag(help: "Print missed, spurious and wrongly spanned expressions and wrong values and types.")
  var showErrors = false

  @Option(help: "Tag the corpus this many times to time the tagger (the best run counts).")
  var timingRuns = 3

  func run() throws {
    let files = try TimeMLFiles.list(paths)
    var total = TimexScore()
    var textBytes = 0
    var analyses: [(TextAnalysis, ReferenceTime?)] = []
    for file in files {
      let document = try TimeMLDocument(contentsOfFile: file)
      let analysis = TimeMLFiles.analysis(of: document)
      let reference = document.creationTime.map { ReferenceTime(point: $0, source: .metadata) }
      let expressions = TimeTagger.standard.tag(analysis, reference: reference)
      let comparison = TimexComparison(gold: document.timexes, system: expressions)
      total.add(comparison.score)
      textBytes += document.text.count
      analyses.append((analysis, reference))
      if perFile { print(EvalReport.line((file as NSString).lastPathComponent, comparison.score)) }
      if showErrors { EvalReport.printErrors(comparison, in: analysis, file: file) }
    }
    if perFile || showErrors { print("") }
    print(EvalReport.header)
    print(EvalReport.line("TOTAL (\(files.count) files)", total))
    print(EvalReport.summary(total))
    print(throughput(analyses, textBytes: textBytes))
  }

  private func throughput(_ analyses: [(TextAnalysis, ReferenceTime?)], textBytes: Int) -> String {
    let clock = ContinuousClock()
    var best = Duration.seconds(1_000_000)
    var found = 0
    for _ in 0..<max(1, timingRuns) {
      let elapsed = clock.measure {
        for (analysis, reference) in analyses { found += TimeTagger.standard.tag(analysis, reference: reference).count }
      }
      best = min(best, elapsed)
    }
    let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) * 1e-18
    let rate = seconds > 0 ? Double(textBytes) / seconds / 1_000_000 : 0
    return String(
      format: "tagger throughput: %.1f MB/s (%d bytes of text tagged in %.2f ms, best of %d runs, %d expressions)",
      rate, textBytes, seconds * 1000, max(1, timingRuns), found / max(1, timingRuns))
  }
}
