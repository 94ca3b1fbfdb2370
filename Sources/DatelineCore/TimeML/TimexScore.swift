/// TempEval-3 Task A counts for temporal expressions, and the figures computed from them.
///
/// Strict matches share the exact span; relaxed matches overlap. Precision counts system
/// expressions that match some gold one, recall gold expressions that match some system one. The
/// attribute figures follow the TempEval-3 toolkit: accuracy over the relaxed matches of gold
/// expressions, times relaxed F1.
public struct TimexScore: Hashable, Sendable {
  /// Gold expressions.
  public var gold = 0
  /// System expressions.
  public var system = 0
  /// Gold expressions with a system expression of the same span.
  public var strictGold = 0
  /// System expressions with a gold expression of the same span.
  public var strictSystem = 0
  /// Gold expressions overlapped by a system expression.
  public var relaxedGold = 0
  /// System expressions overlapping a gold expression.
  public var relaxedSystem = 0
  /// Relaxed gold matches whose system value is the gold value.
  public var valueMatches = 0
  /// Relaxed gold matches whose system type is the gold type.
  public var typeMatches = 0

  /// An empty score.
  public init() {}

  /// Adds another score's counts to this one.
  public mutating func add(_ other: TimexScore) {
    gold += other.gold
    system += other.system
    strictGold += other.strictGold
    strictSystem += other.strictSystem
    relaxedGold += other.relaxedGold
    relaxedSystem += other.relaxedSystem
    valueMatches += other.valueMatches
    typeMatches += other.typeMatches
  }

  /// Strict precision.
  public var strictPrecision: Double { Self.ratio(strictSystem, system) }
  /// Strict recall.
  public var strictRecall: Double { Self.ratio(strictGold, gold) }
  /// Strict F1.
  public var strictF1: Double { Self.f1(strictPrecision, strictRecall) }
  /// Relaxed precision.
  public var relaxedPrecision: Double { Self.ratio(relaxedSystem, system) }
  /// Relaxed recall.
  public var relaxedRecall: Double { Self.ratio(relaxedGold, gold) }
  /// Relaxed F1.
  public var relaxedF1: Double { Self.f1(relaxedPrecision, relaxedRecall) }
  /// Value accuracy over relaxed matches.
  public var valueAccuracy: Double { Self.ratio(valueMatches, relaxedGold) }
  /// Type accuracy over relaxed matches.
  public var typeAccuracy: Double { Self.ratio(typeMatches, relaxedGold) }
  /// Value F1: value accuracy times relaxed F1.
  public var valueF1: Double { valueAccuracy * relaxedF1 }
  /// Type F1: type accuracy times relaxed F1.
  public var typeF1: Double { typeAccuracy * relaxedF1 }

  private static func ratio(_ part: Int, _ whole: Int) -> Double {
    whole == 0 ? 0 : Double(part) / Double(whole)
  }

  private static func f1(_ precision: Double, _ recall: Double) -> Double {
    precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
  }
}
