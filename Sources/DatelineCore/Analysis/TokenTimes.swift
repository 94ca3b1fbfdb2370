/// For each token of a document, the index of the temporal expression that covers it: the token
/// range of every expression, one bit a token saying whether any covers it, and for every 16
/// tokens the first expression that may, rather than four bytes a token.
struct TokenTimes: Sendable {
  /// Tokens per block.
  private static let block = 16
  /// The first token of each expression.
  private let firsts: [Int32]
  /// One past the last token of each expression (never past the next one's first).
  private let ends: [Int32]
  /// Whether an expression covers each token.
  private let covered: BitArray
  /// For each block of tokens, the first expression that ends inside or after it.
  private let blockFirsts: [Int32]
  /// The number of tokens.
  let count: Int

  /// The expressions covering `tokens`: an expression covers the tokens that share a byte with
  /// it; where two share a token, the later one has it.
  init(times: [TimeExpression], tokens: [Token]) {
    var firsts = [Int32](repeating: 0, count: times.count)
    var ends = [Int32](repeating: 0, count: times.count)
    var covered = BitArray(count: tokens.count)
    var cursor = 0
    for (index, time) in times.enumerated() {
      while cursor < tokens.count, Int(tokens[cursor].end) <= time.range.lowerBound { cursor += 1 }
      var token = cursor
      while token < tokens.count, Int(tokens[token].start) < time.range.upperBound {
        covered[token] = true
        token += 1
      }
      firsts[index] = Int32(cursor)
      ends[index] = Int32(token)
      if index > 0, ends[index - 1] > firsts[index] { ends[index - 1] = firsts[index] }
    }
    var blockFirsts = [Int32](repeating: 0, count: (tokens.count + Self.block - 1) / Self.block)
    var time = 0
    for block in blockFirsts.indices {
      while time < ends.count, Int(ends[time]) <= block * Self.block { time += 1 }
      blockFirsts[block] = Int32(time)
    }
    self.firsts = firsts
    self.ends = ends
    self.covered = covered
    self.blockFirsts = blockFirsts
    count = tokens.count
  }

  /// The index of the expression that covers token `index`, or -1 (also for an index before the
  /// first token or past the last, as the tagged text's other readings of a token answer there:
  /// the word after a text's last word is covered by no expression).
  @inline(__always)
  subscript(index: Int) -> Int32 {
    guard index >= 0, index < count, covered[index] else { return -1 }
    var time = Int(blockFirsts[index / Self.block])
    while time < firsts.count, Int(firsts[time]) <= index {
      if Int(ends[time]) > index { return Int32(time) }
      time += 1
    }
    return -1
  }
}
