/// Words between a pair of quotation marks, possibly running over several paragraphs.
struct QuotedRegion: Sendable, Hashable {
  /// The token of the opening mark.
  var open: Int
  /// The token of the closing mark.
  var close: Int
  /// The bytes of the quoted words, without the marks and without a trailing comma.
  var content: Range<Int>
  /// The number of word and number tokens inside.
  var wordCount: Int

  /// The tokens between the marks.
  var inner: Range<Int> { (open + 1)..<close }
}

/// The quoted regions of a document and the doubts met while pairing the marks.
struct QuoteScan: Sendable {
  /// The regions, in text order.
  var regions: [QuotedRegion]
  /// For each token, whether it lies in a region (marks included).
  var quoted: BitArray
  /// Unmatched quotation marks.
  var findings: [Finding]

  /// Whether token `index` lies inside a quotation (marks included).
  @inline(__always)
  func isQuoted(_ index: Int) -> Bool { index >= 0 && index < quoted.count && quoted[index] }
}
