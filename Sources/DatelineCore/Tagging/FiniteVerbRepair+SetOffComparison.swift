/// A comparison set off by a comma, which holds a verb of its own.
extension FiniteVerbRepair {
  /// How many words after its first a comparison set off by a comma may reach its `than` or
  /// `what` (`, well below what`, `, slightly more than`).
  static let comparisonReach = 3

  /// Whether the word at `index` opens a comparison set off by a comma with a clause of its own:
  /// an adverb, adjective or preposition right after the comma, and `than` or `what` within
  /// reach (`Sales rose 2% to $2.9bn, | below what analysts had expected`, `…, | more than
  /// analysts had forecast`). The verb of that clause is not the main clause's, which needs one
  /// of its own.
  func opensSetOffComparison(
    _ index: Int, _ words: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32], tags: [UPOS]
  ) -> Bool {
    guard index > words.lowerBound + 1, [.adv, .adj, .adp].contains(tags[index]), tags[index - 1] == .punct,
      bytes[Int(starts[index - 1])] == UInt8(ascii: ","), ends[index - 1] - starts[index - 1] == 1
    else { return false }
    var next = index + 1
    while next < min(words.upperBound, index + 1 + Self.comparisonReach), tags[next] != .punct {
      if Self.comparisonWords.contains(FeatureHash.bytes(bytes, Int(starts[next])..<Int(ends[next]), lower: true)) {
        return true
      }
      next += 1
    }
    return false
  }

  /// The hashes of `than` and `what`.
  private static let comparisonWords: Set<UInt64> = Set(["than", "what"].map(hash))
}
