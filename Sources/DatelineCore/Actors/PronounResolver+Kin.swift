/// Pronouns that stand for a relative named by kinship alone (`my father`, `Lund's widow`).
extension PronounResolver {
  /// Nouns of kinship, and the sex each names: `father`, `widow`.
  static let kinWords: [String: WordFlags] = Dictionary(
    uniqueKeysWithValues:
      ["husband", "son", "father", "brother", "widower", "boyfriend", "grandson", "grandfather", "uncle", "nephew"]
      .map { ($0, WordFlags.maleName) }
      + ["wife", "daughter", "mother", "sister", "widow", "girlfriend", "granddaughter", "grandmother", "aunt", "niece"]
      .map { ($0, WordFlags.femaleName) })

  /// Whether the pronoun after `tokens` stands for someone named by kinship alone, after a
  /// possessive and with no name after it (`My father was harbour master, and he used to say`,
  /// `Lund's brother was at the wheel and he`), when the kin word agrees with `gender`: that
  /// person is no actor. A pronoun that opens what the kin person said may be someone else (`Her
  /// mother said she had been missing since Friday`).
  func standsForKin(_ tokens: Range<Int>, _ gender: WordFlags) -> Bool {
    // Read a few words back, not to the sentence's start: for every pronoun of a sentence of
    // thousands of clauses that took time growing with the square of its length.
    let near = max(tokens.lowerBound, tokens.upperBound - Self.kinReach)..<tokens.upperBound
    let kin = near.last { index in
      tagged.isLowercaseWord(index) && !quotes.isQuoted(index)
        && (tagged.isPossessiveDeterminer(index - 1)
          || tagged.isWord(index - 1, "s") && tagged.isPossessive(after: index - 2))
        && Self.kinWords[tagged.string(tokens: index..<(index + 1))] == gender
    }
    guard let kin else { return false }
    let after = (kin + 1)..<tokens.upperBound
    return !after.contains { tagged.has($0, [.speechVerb, .cognitionVerb]) && tagged.isLowercaseWord($0) }
      && !actors.mentions(in: after).contains { isUsable($0) }
  }

  /// How many words before its pronoun a kin word may stand.
  private static let kinReach = 20
}
