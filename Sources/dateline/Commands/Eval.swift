import ArgumentParser
import DatelineCore
import Foundation

/// `dateline eval GOLD_DIR`: scores the time tagger on TimeML gold files (TempEval-3 Task A).
struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Score the time tagger on TimeML gold files (TempEval-3 Task A figures).",
    discussion: """
      Reads every .tml file under the given paths, tags the plain text of <TEXT> with the document \
      creation time as reference, and compares with the gold TIMEX3s: strict (same span) and \
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
    let files = try TimeMLCorpus.files(paths)
    var total = TimexScore()
    var textBytes = 0
    var analyses: [(TextAnalysis, ReferenceTime?)] = []
    for file in files {
      let document = try TimeMLDocument(contentsOfFile: file)
      let analysis = TimeMLCorpus.analysis(of: document)
      let reference = TimeMLCorpus.reference(of: document)
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

  /// The tagger's speed over the corpus (best of `timingRuns`), and that of tokenizing and
  /// sentence splitting, which the tagger's input needs.
  private func throughput(_ analyses: [(TextAnalysis, ReferenceTime?)], textBytes: Int) -> String {
    var found = 0
    let tagging = bestTime {
      for (analysis, reference) in analyses { found += TimeTagger.standard.tag(analysis, reference: reference).count }
    }
    let splitting = bestTime {
      for (analysis, _) in analyses { found += TextAnalysis(text: analysis.text, paragraphs: analysis.paragraphs).tokens.count & 0 }
    }
    let runs = max(1, timingRuns)
    return String(
      format: "tagger throughput: %.1f MB/s (%d bytes of text tagged in %.2f ms, best of %d runs, %d expressions); "
        + "tokenizing and sentence splitting: %.1f MB/s",
      Self.rate(textBytes, tagging), textBytes, tagging * 1000, runs, found / runs, Self.rate(textBytes, splitting))
  }

  private func bestTime(_ work: () -> Void) -> Double {
    let clock = ContinuousClock()
    var best = Double.infinity
    for _ in 0..<max(1, timingRuns) {
      let elapsed = clock.measure(work)
      best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    return best
  }

  private static func rate(_ bytes: Int, _ seconds: Double) -> Double {
    seconds > 0 ? Double(bytes) / seconds / 1_000_000 : 0
  }
}
