/// The comparison of a tagger's expressions with the gold ones of one document: the score and
/// the disagreements, for study.
public struct TimexComparison: Sendable {
  /// A gold expression and the system expression that overlaps it most.
  public struct Pair: Sendable {
    /// The gold expression.
    public var gold: TimeMLDocument.Timex
    /// The system expression.
    public var system: TimeExpression
  }

  /// The counts.
  public var score = TimexScore()
  /// Gold expressions no system expression overlaps.
  public var missed: [TimeMLDocument.Timex] = []
  /// System expressions that overlap no gold expression.
  public var spurious: [TimeExpression] = []
  /// Relaxed matches whose spans differ.
  public var extentMismatches: [Pair] = []
  /// Relaxed matches whose values differ.
  public var wrongValues: [Pair] = []
  /// Relaxed matches whose types differ.
  public var wrongTypes: [Pair] = []

  /// Compares `system` with `gold`; both are in text order.
  public init(gold: [TimeMLDocument.Timex], system: [TimeExpression]) {
    score.gold = gold.count
    score.system = system.count
    for expression in gold {
      let overlapping = system.filter { $0.range.overlaps(expression.range) }
      guard let best = overlapping.max(by: { Self.overlap($0.range, expression.range) < Self.overlap($1.range, expression.range) })
      else {
        missed.append(expression)
        continue
      }
      score.relaxedGold += 1
      let pair = Pair(gold: expression, system: best)
      if overlapping.contains(where: { $0.range == expression.range }) {
        score.strictGold += 1
      } else {
        extentMismatches.append(pair)
      }
      if best.value.timex == expression.value { score.valueMatches += 1 } else { wrongValues.append(pair) }
      if best.kind.rawValue == expression.type { score.typeMatches += 1 } else { wrongTypes.append(pair) }
    }
    for expression in system {
      let overlapping = gold.filter { $0.range.overlaps(expression.range) }
      if overlapping.isEmpty {
        spurious.append(expression)
        continue
      }
      score.relaxedSystem += 1
      if overlapping.contains(where: { $0.range == expression.range }) { score.strictSystem += 1 }
    }
  }

  private static func overlap(_ lhs: Range<Int>, _ rhs: Range<Int>) -> Int {
    max(0, min(lhs.upperBound, rhs.upperBound) - max(lhs.lowerBound, rhs.lowerBound))
  }
}
