/// A model code written before a product's name (`the 3G iPhone`) where the text also writes it
/// after (`iPhone 3G`): the name before takes its code back, and both name one actor.
struct ModelCodeOrder {
  let tagged: TaggedText

  /// `candidates` with each such name widened over its code, and the pairs of candidate indices
  /// (code before, code after) that name one actor.
  func widened(_ candidates: [NameCandidate]) -> (candidates: [NameCandidate], pairs: [(Int, Int)]) {
    var afterNames: [String: Int] = [:]
    for (index, candidate) in candidates.enumerated() {
      let tokens = candidate.tokens
      guard tokens.count >= 3, isCode(tokens.upperBound - 2), tagged.tokens[tokens.upperBound - 2].isSpaced else {
        continue
      }
      let code = key((tokens.upperBound - 2)..<tokens.upperBound)
      afterNames[code + " " + key(tokens.lowerBound..<(tokens.upperBound - 2))] = index
    }
    guard !afterNames.isEmpty else { return (candidates, []) }
    var widened: [NameCandidate] = []
    widened.reserveCapacity(candidates.count)
    var newIndex = [Int](repeating: -1, count: candidates.count)
    var pairs: [(Int, Int)] = []
    for (index, candidate) in candidates.enumerated() {
      let start = candidate.tokens.lowerBound
      var candidate = candidate
      if start >= 2, isCode(start - 2), tagged.tokens[start].isSpaced,
        let partner = afterNames[key((start - 2)..<start) + " " + key(candidate.tokens)]
      {
        // The code may have been taken for a name of its own (`4G`).
        if let last = widened.last, last.tokens == (start - 2)..<start { widened.removeLast() }
        candidate.tokens = (start - 2)..<candidate.tokens.upperBound
        pairs.append((widened.count, partner))
      }
      newIndex[index] = widened.count
      widened.append(candidate)
    }
    return (widened, pairs.map { ($0.0, newIndex[$0.1]) })
  }

  /// Whether tokens `index` and `index + 1` are a model code: a number of up to three digits with
  /// capitals glued after it (`3G`, `4S`, `5GS`).
  private func isCode(_ index: Int) -> Bool {
    let tokens = tagged.tokens
    guard index >= 0, index + 1 < tokens.count, tokens[index].kind == .number, tokens[index].length <= 3,
      tokens[index + 1].kind == .word, tokens[index + 1].length <= 3, tagged.isGlued(index + 1)
    else { return false }
    let text = tagged.analysis.text
    return tokens[index + 1].range.allSatisfy { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(text[$0]) }
  }

  private func key(_ tokens: Range<Int>) -> String {
    tagged.string(tokens: tokens)
  }
}
