/// The summed weights of `TaggerFeatures.tagFeatures` (the bias and the two tags before a word) for
/// every pair of tags, worked out once per model: the tagger starts each word's scores from the
/// pair's sums instead of hashing and looking up those features for every word.
struct TagContextScores: Sendable {
  /// The values a tag before a word takes: the tags and `TaggerFeatures.startTag`.
  private static let tagValues = UPOS.count + 1
  /// The sums of the first sixteen tags, by `index(previous:beforePrevious:)`.
  private let scores: [SIMD16<Int32>]
  /// The sums of the last tag.
  private let lastScores: [Int32]

  /// The sums under `weights`.
  init(_ weights: WeightTable) {
    var scores: [SIMD16<Int32>] = []
    var lastScores: [Int32] = []
    scores.reserveCapacity(Self.tagValues * Self.tagValues)
    lastScores.reserveCapacity(Self.tagValues * Self.tagValues)
    weights.withView { weights in
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: TaggerFeatures.maximum) { features in
        for previous in 0..<Self.tagValues {
          for beforePrevious in 0..<Self.tagValues {
            let count = TaggerFeatures.tagFeatures(
              previous: UInt8(previous), beforePrevious: UInt8(beforePrevious), into: features.baseAddress!)
            var sum = SIMD16<Int32>()
            var lastSum: Int32 = 0
            for feature in 0..<count { weights.add(features[feature], to: &sum, &lastSum) }
            scores.append(sum)
            lastScores.append(lastSum)
          }
        }
      }
    }
    self.scores = scores
    self.lastScores = lastScores
  }

  /// Calls `body` with a raw view for the hot loop.
  @inline(__always)
  func withView<R>(_ body: (View) -> R) -> R {
    scores.withUnsafeBufferPointer { scores in
      lastScores.withUnsafeBufferPointer { lastScores in
        body(View(scores: scores.baseAddress!, lastScores: lastScores.baseAddress!))
      }
    }
  }

  /// Lookups valid inside `withView`.
  struct View {
    let scores: UnsafePointer<SIMD16<Int32>>
    let lastScores: UnsafePointer<Int32>

    /// The sums for a word after the tags `previous` and `beforePrevious`: the first sixteen tags'
    /// and the last tag's.
    @inline(__always)
    func sums(previous: UInt8, beforePrevious: UInt8) -> (SIMD16<Int32>, Int32) {
      let index = Int(previous) &* TagContextScores.tagValues &+ Int(beforePrevious)
      return (scores[index], lastScores[index])
    }
  }
}
