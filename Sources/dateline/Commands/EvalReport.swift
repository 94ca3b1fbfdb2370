import DatelineCore
import Foundation

/// The text `dateline eval` prints.
enum EvalReport {
  static let header = pad("file", 32) + "  gold   sys | strict P     R    F1 | relaxed P     R    F1 | value F1  type F1"

  static func line(_ name: String, _ score: TimexScore) -> String {
    pad(name, 32)
      + String(
        format: " %5d %5d |    %.3f %.3f %.3f |     %.3f %.3f %.3f |    %.3f    %.3f", score.gold, score.system,
        score.strictPrecision, score.strictRecall, score.strictF1, score.relaxedPrecision, score.relaxedRecall,
        score.relaxedF1, score.valueF1, score.typeF1)
  }

  static func summary(_ score: TimexScore) -> String {
    String(
      format: "strict F1 %.3f  relaxed F1 %.3f  value F1 %.3f  type F1 %.3f  (value accuracy %.3f, type accuracy %.3f)",
      score.strictF1, score.relaxedF1, score.valueF1, score.typeF1, score.valueAccuracy, score.typeAccuracy)
  }

  static func printErrors(_ comparison: TimexComparison, in analysis: TextAnalysis, file: String) {
    let name = (file as NSString).lastPathComponent
    for gold in comparison.missed {
      print("\(name)\tMISS\t\(quoted(gold.range, analysis))\t\(gold.type) \(gold.value)\t\(context(gold.range, analysis))")
    }
    for system in comparison.spurious {
      print(
        "\(name)\tSPURIOUS\t\(quoted(system.range, analysis))\t\(system.kind.rawValue) \(system.value.timex)\t\(context(system.range, analysis))")
    }
    for pair in comparison.extentMismatches {
      print(
        "\(name)\tEXTENT\t\(quoted(pair.gold.range, analysis)) vs \(quoted(pair.system.range, analysis))\t\(pair.gold.value)\t\(context(pair.gold.range, analysis))")
    }
    for pair in comparison.wrongValues {
      print(
        "\(name)\tVALUE\t\(quoted(pair.gold.range, analysis))\t\(pair.gold.value) vs \(pair.system.value.timex)\t\(context(pair.gold.range, analysis))")
    }
    for pair in comparison.wrongTypes {
      print(
        "\(name)\tTYPE\t\(quoted(pair.gold.range, analysis))\t\(pair.gold.type) vs \(pair.system.kind.rawValue)\t\(pair.gold.value)")
    }
  }

  private static func quoted(_ range: Range<Int>, _ analysis: TextAnalysis) -> String {
    "“" + TerminalSafeText.sanitized(analysis.string(range)) + "”"
  }

  private static func context(_ range: Range<Int>, _ analysis: TextAnalysis) -> String {
    let start = max(0, range.lowerBound - 60)
    let end = min(analysis.text.count, range.upperBound + 60)
    return TerminalSafeText.sanitized(analysis.string(start..<end).replacingOccurrences(of: "\n", with: " "))
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? String(text.prefix(width)) : text + String(repeating: " ", count: width - text.count)
  }
}
