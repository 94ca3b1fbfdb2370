/// Places after a clause where what trails may be left out of a long summary: a cause or a
/// purpose, a gerund's how or when, a second report of the same speaker.
extension EventSummarizer {
  /// Prepositions whose gerund phrase tells how or when its clause happened, and may be left out.
  static let gerundPrepositions: [StaticString] = ["by", "after", "before", "while", "despite"]

  /// Whether `cut` opens a cause or a purpose that trails after its clause: `pushed out | due to
  /// a clash`, `sued Apple | so that the latter would stop`; not `is due to open`, nor after an
  /// auxiliary.
  func opensCause(_ cut: Int) -> Bool {
    guard tagged.upos(cut - 1) != .aux else { return false }
    return tagged.isWord(cut, "due") && tagged.isWord(cut + 1, "to") && tagged.upos(cut + 2) != .verb
      || tagged.isWord(cut, "so") && tagged.isWord(cut + 1, "that")
  }

  /// Whether the preposition at `cut` opens a gerund that tells how or when (`unveiled the
  /// device | by walking onto the stage`); another's gerund may be its verb's object (`barred
  /// the firm from using`).
  func opensGerund(_ cut: Int) -> Bool {
    tagged.upos(cut + 1) == .verb && tagged.endsWith(cut + 1, "ing") && Self.gerundPrepositions.contains { tagged.isWord(cut, $0) }
  }

  /// Whether the report's verb at `index` is the second predicate `cut` opens with `and` or `but`
  /// (`said the bank was independent | but warned that …`): its speaker stays named.
  func isSecondReport(_ index: Int, after cut: Int) -> Bool {
    guard tagged.isWord(cut, "and") || tagged.isWord(cut, "but") else { return false }
    return ((cut + 1)..<index).allSatisfy { tagged.upos($0) == .adv }
  }

  /// Whether the adjective at `index` is told of a subject after an auxiliary, past adverbs (`were
  /// very mild`), not set before a noun (`polls new and …`).
  func isPredicative(_ index: Int, from start: Int) -> Bool {
    var word = index - 1
    while word > start, tagged.upos(word) == .adv { word -= 1 }
    return tagged.upos(word) == .aux
  }
}
