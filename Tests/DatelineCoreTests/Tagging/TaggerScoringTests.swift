import Testing
@testable import DatelineCore

@Suite struct TaggerScoringTests {
  /// The SIMD `best` next to the plain one that training uses.
  private func bothBest(_ scores: [Int32]) -> (simd: UInt8, plain: UInt8) {
    let first16 = SIMD16<Int32>(scores[0..<16])
    return (PartOfSpeechTagger.best(first16, scores[16]), PartOfSpeechTagger.best(scores))
  }

  @Test func bestTagIsTheHighestScore() {
    var scores = [Int32](repeating: -5, count: UPOS.count)
    scores[11] = 40
    #expect(bothBest(scores) == (11, 11))
    scores[0] = 41
    #expect(bothBest(scores) == (0, 0))
  }

  @Test func tiesGoToTheFirstTag() {
    var scores = [Int32](repeating: 0, count: UPOS.count)
    #expect(bothBest(scores) == (0, 0))
    scores[3] = 7
    scores[9] = 7
    #expect(bothBest(scores) == (3, 3))
    scores[15] = 7
    scores[16] = 7
    #expect(bothBest(scores) == (3, 3))
  }

  @Test func theLastTagWinsOnlyWhenStrictlyHigher() {
    var scores = [Int32](repeating: -1_000_000, count: UPOS.count)
    scores[16] = -999_999
    #expect(bothBest(scores) == (16, 16))
    scores[14] = -999_999
    #expect(bothBest(scores) == (14, 14))
  }

  @Test func bestAgreesWithTheTrainingRuleOnExtremeAndTiedScores() {
    var generator = SeededGenerator(seed: 7)
    let extreme = Int32(TaggerFeatures.maximum) * Int32(Int16.max)
    for round in 0..<2_000 {
      let spread: ClosedRange<Int32> = round.isMultiple(of: 2) ? -3...3 : -extreme...extreme
      let scores = (0..<UPOS.count).map { _ in Int32.random(in: spread, using: &generator) }
      let (simd, plain) = bothBest(scores)
      #expect(simd == plain, "scores \(scores)")
    }
  }

  @Test func tagNumbersAreTheRawValues() {
    for number in 0..<UInt8(UPOS.count) { #expect(UPOS(number: number) == UPOS(rawValue: number)) }
  }

  /// The scores `table` gives the feature `key` alone, all seventeen tags.
  private func weights(of key: UInt32, in table: WeightTable) -> [Int32] {
    var scores = SIMD16<Int32>()
    var last: Int32 = 0
    table.withView { $0.add(key, to: &scores, &last) }
    return (0..<16).map { scores[$0] } + [last]
  }

  private func row(_ value: Int16) -> [Int16] { (0..<UPOS.count).map { value &+ Int16($0) } }

  @Test func weightTableFindsItsFeaturesAndNothingElse() {
    let table = WeightTable(keys: [0x1234_5678, 42], weights: row(100) + row(-300))
    #expect(table.count == 2)
    #expect(weights(of: 0x1234_5678, in: table) == row(100).map(Int32.init))
    #expect(weights(of: 42, in: table) == row(-300).map(Int32.init))
    #expect(weights(of: 43, in: table) == [Int32](repeating: 0, count: UPOS.count))
    #expect(table.features.map(\.key) == [0x1234_5678, 42])
    #expect(table.features.map(\.weights) == [row(100), row(-300)])
  }

  @Test func aFullBucketLeavesOutLaterFeaturesAndARepeatedKeyKeepsTheFirst() {
    // Six keys: eight buckets of four slots; keys 1, 9, 17, 25 and 33 share bucket 1.
    let table = WeightTable(keys: [1, 9, 1, 17, 25, 33], weights: (1...6).flatMap { row(Int16($0)) })
    #expect(table.features.map(\.key) == [1, 9, 17, 25])
    #expect(weights(of: 1, in: table) == row(1).map(Int32.init))
    #expect(weights(of: 25, in: table) == row(5).map(Int32.init))
    #expect(weights(of: 33, in: table) == [Int32](repeating: 0, count: UPOS.count))
  }

  @Test func tagPairSumsAreTheSumsOfTheirFeatures() {
    let weights = PartOfSpeechTagger.standard.model.weights
    let context = TagContextScores(weights)
    let features = UnsafeMutablePointer<UInt32>.allocate(capacity: TaggerFeatures.maximum)
    defer { features.deallocate() }
    let pairs: [(UInt8, UInt8)] = [(0, 0), (7, 11), (TaggerFeatures.startTag, 3), (16, TaggerFeatures.startTag)]
    for (previous, beforePrevious) in pairs {
      let count = TaggerFeatures.tagFeatures(previous: previous, beforePrevious: beforePrevious, into: features)
      var scores = SIMD16<Int32>()
      var last: Int32 = 0
      weights.withView { view in
        for feature in 0..<count { view.add(features[feature], to: &scores, &last) }
      }
      let sums = context.withView { $0.sums(previous: previous, beforePrevious: beforePrevious) }
      #expect(sums.0 == scores && sums.1 == last)
      #expect(scores != SIMD16<Int32>())
    }
  }
}
