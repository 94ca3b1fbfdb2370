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

  /// Words opening a phrase that tells the background of its clause, not when it happened: what
  /// it follows from or goes against (`have faced pressure since the return of 26 works in 2021`,
  /// `went ahead amid protests in 12 cities`).
  static let backgroundOpeners: [StaticString] = ["since", "amid", "despite"]

  /// The first word in `range` after its clause's finite verb and before `lastTime` that opens a
  /// background phrase, which a long summary may leave out whole though it holds a time or a
  /// number; nil when there is none.
  func backgroundTail(in range: Range<Int>, before lastTime: Int) -> Int? {
    guard let verb = range.first(where: { tagged.isFiniteVerb($0) }), verb < lastTime else { return nil }
    return ((verb + 1)..<lastTime).first { opensBackground($0) }
  }

  /// Whether the word at `index` opens a background phrase (`since the return of the works`,
  /// `amid protests`), not a time of the clause (`closed since 2019`).
  func opensBackground(_ index: Int) -> Bool {
    tagged.isLowercaseWord(index) && Self.backgroundOpeners.contains { tagged.isWord(index, $0) }
      && index + 1 < tagged.tokens.count && tagged.timeOf[index] < 0 && tagged.timeOf[index + 1] < 0
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
