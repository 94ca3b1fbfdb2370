/// What a name is an example or an employer of: the plural noun before `such as` or `including`
/// gives the kind of every name in the list after it (`retailers such as Tarvo and Penwick`,
/// `shipping lines such as Maersk and Hapag-Lloyd`), and the staff after a name work for it
/// (`former Zentrix engineers`).
extension SurroundingKindEvidence {
  /// The kind of the plural noun whose examples the list holding `range` gives: its own when the
  /// noun's singular is a kind noun (`firms`, `retailers`, `countries`), an organization's when a
  /// trade in `-ing` comes before it (`shipping lines`, `mining groups`).
  func exampleKind(of range: Range<Int>) -> Actor.Kind? {
    var index = range.lowerBound - 1
    let limit = max(1, range.lowerBound - 14)
    while index > limit, tagged.has(index, .comma) || tagged.isCapitalizedWord(index) || tagged.isWord(index, "and") {
      index -= 1
    }
    var noun = index - 1
    if tagged.isWord(index, "as"), tagged.isWord(index - 1, "such") {
      noun = index - 2
    } else if tagged.isWord(index, "including"), tagged.has(index - 1, .comma) {
      noun = index - 2
    } else if !tagged.isWord(index, "including") {
      return nil
    }
    guard noun > 0, tagged.isLowercaseWord(noun), tagged.upos(noun) == .noun, tagged.isPluralNoun(noun) else { return nil }
    if let kind = tagged.lexicon.words.value(forWord: tagged.lemma(noun))?.actorKind { return kind }
    let trade = noun - 1
    return tagged.isLowercaseWord(trade) && tagged.endsWith(trade, "ing") && tagged.upos(trade) != .adj
      ? .organization : nil
  }

  /// `Zentrix engineers`, `Halvard employees`: the staff in lower case after a name the gazetteer
  /// does not hold work for it (`Bristol workers` live in a place).
  func isEmployerOf(_ range: Range<Int>, after: Int) -> Bool {
    tagged.isLowercaseWord(after) && Self.staffNouns.contains(after, in: tagged) && tagged.place(range) == nil
  }

  private static let staffNouns = WordList([
    "employees", "staff", "staffers", "workers", "engineers", "executives", "bankers",
  ])
}
