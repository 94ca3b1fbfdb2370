import DatelineCore

/// Makes new inputs from old ones, the way coverage-less fuzzers do: flips, inserts of tricky
/// bytes and words, deletions, duplications, splices and cuts after a word (a text that stops
/// mid-sentence, where the readings that look a token ahead meet its end).
struct Mutator {
  private var random: SplitMix64
  private let seeds: [[UInt8]]

  private static let tokens: [[UInt8]] = [
    "“", "”", "‘", "’", "\"", "'", "—", "…", "\u{1B}[2J", "\u{0}", "\r\n", "\r", "\n\n", "\u{FEFF}",
    "Nov. 7", "Oct. 10, 2021", "2021-11-07", "11/7/2021", "mid-2019", "the 1990s", "two days later",
    "the night before", "last week", "said", "told Arab News", "according to", "Al-", "Mr.", " ",
    "---\npublished: 2021-11\n---\n", "99999", "Feb. 30", "\u{202E}", "中文", "مصطفى", "e\u{301}",
  ].map { Array($0.utf8) }

  init(seed: UInt64, seeds: [[UInt8]]) {
    random = SplitMix64(seed: seed)
    self.seeds = seeds
  }

  mutating func next() -> [UInt8] {
    var input = seeds[Int(random.next() % UInt64(seeds.count))]
    for _ in 0..<(1 + Int(random.next() % 8)) { mutate(&input) }
    if input.count > 1 << 16 { input.removeSubrange((1 << 16)...) }
    return input
  }

  private mutating func position(in input: [UInt8]) -> Int {
    Int(random.next() % UInt64(input.count + 1))
  }

  private mutating func mutate(_ input: inout [UInt8]) {
    switch random.next() % 7 {
    case 0 where !input.isEmpty:
      input[Int(random.next() % UInt64(input.count))] = UInt8(truncatingIfNeeded: random.next())
    case 1:
      input.insert(contentsOf: Self.tokens[Int(random.next() % UInt64(Self.tokens.count))], at: position(in: input))
    case 2 where !input.isEmpty:
      let start = Int(random.next() % UInt64(input.count))
      input.removeSubrange(start..<min(input.count, start + 1 + Int(random.next() % 64)))
    case 3 where !input.isEmpty:
      let start = Int(random.next() % UInt64(input.count))
      let piece = Array(input[start..<min(input.count, start + 1 + Int(random.next() % 256))])
      input.insert(contentsOf: piece, at: position(in: input))
    case 4:
      let other = seeds[Int(random.next() % UInt64(seeds.count))]
      guard !other.isEmpty else { return }
      let start = Int(random.next() % UInt64(other.count))
      input.insert(contentsOf: other[start..<min(other.count, start + 1 + Int(random.next() % 512))], at: position(in: input))
    case 5 where !input.isEmpty:
      let spaces = input.indices.filter { input[$0] == UInt8(ascii: " ") }
      guard !spaces.isEmpty else { return }
      input.removeSubrange(spaces[Int(random.next() % UInt64(spaces.count))]...)
    default:
      input.insert(UInt8(truncatingIfNeeded: random.next()), at: position(in: input))
    }
  }
}

