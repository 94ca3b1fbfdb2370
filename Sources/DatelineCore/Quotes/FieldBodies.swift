/// The organizations a text names only by their field and their kind noun (`the transport
/// ministry`, `the state health department`): such a body speaks as itself, and a later bare `the
/// ministry`, with no named organization to stand for, is that one.
struct FieldBodies {
  let tagged: TaggedText

  /// How many sentences back a bare kind noun finds the field body it stands for.
  private static let reach = 6

  /// The phrase from `the` to the noun of a public body at `noun` when nouns or adjectives of a
  /// field or place stand between them (`the transport ministry`, `the US trade commission`), or
  /// a trade in `-ing` or the members' plural with its apostrophe (`the farming union`, `the
  /// dockers' union`), starting at or after `lowest`; an owner's possessive may stand for `the`
  /// (`the country's largest nurses' union`); nil for a bare `the ministry` or a kind noun a name
  /// follows.
  func body(_ noun: Int, from lowest: Int) -> Range<Int>? {
    guard isOrganizationNoun(noun) else { return nil }
    var start = noun - 1
    while start >= lowest,
      tagged.isLowercaseWord(start) && [.noun, .adj].contains(tagged.upos(start))
        && !Self.vagueWords.contains(where: { tagged.isWord(start, $0) }) || isPlaceWord(start)
        || isTradeWord(start) || isMembersMark(start)
    {
      start -= 1
    }
    guard start < noun - 1, start >= lowest else { return nil }
    if tagged.isWord(start, "the") { return start..<(noun + 1) }
    return ownerStart(endingAt: start, before: noun, from: lowest).map { $0..<(noun + 1) }
  }

  /// Where the owner whose possessive ends at `end` starts, when the possessive opens a body's
  /// phrase as `the` does (`the country’s largest nurses’ union`, `Estmark’s health ministry`):
  /// at `the` before a common noun, or at the first of the capitalized words of a name; the words
  /// of a field must stand between it and the body's `noun` (not `the company’s union`).
  private func ownerStart(endingAt end: Int, before noun: Int, from lowest: Int) -> Int? {
    var mark = end
    if tagged.isWord(mark, "s"), mark >= 1, tagged.isPossessive(after: mark - 1) { mark -= 1 }
    guard tagged.isPossessive(after: mark), mark + 2 < noun, mark - 1 >= lowest else { return nil }
    let owner = mark - 1
    if tagged.isLowercaseWord(owner), tagged.upos(owner) == .noun, owner - 1 >= lowest, tagged.isWord(owner - 1, "the") {
      return owner - 1
    }
    var start = owner
    while start > lowest, tagged.isCapitalizedWord(start - 1), !tagged.isSentenceInitial(start) { start -= 1 }
    return tagged.isCapitalizedWord(owner) ? start : nil
  }

  /// The field body named by the same noun before the bare kind noun at `noun` (`the ministry`
  /// after `the transport ministry`), in its sentence or the few before.
  func earlier(for noun: Int) -> Range<Int>? {
    guard isOrganizationNoun(noun), tagged.isWord(noun - 1, "the") else { return nil }
    let sentence = Int(tagged.sentenceOf[noun])
    let lowest = tagged.sentences[max(0, sentence - Self.reach)].tokens.lowerBound
    let word = tagged.tokens[noun].hash
    var index = noun - 2
    while index > lowest {
      if tagged.tokens[index].hash == word, let found = body(index, from: lowest) { return found }
      index -= 1
    }
    return nil
  }

  /// A name of a place or a nationality among the words of a field, written with a capital inside
  /// its sentence: `US` in `the US trade commission`, `French` in `the French health ministry`.
  private func isPlaceWord(_ index: Int) -> Bool {
    tagged.isCapitalizedWord(index) && !tagged.isSentenceInitial(index)
  }

  /// A trade in `-ing` naming a field: `farming` in `the farming union`.
  private func isTradeWord(_ index: Int) -> Bool {
    tagged.isLowercaseWord(index) && tagged.endsWith(index, "ing") && [.verb, .noun].contains(tagged.upos(index))
  }

  /// The apostrophe glued after the plural of the members a body is for: `dockers’` in `the
  /// dockers’ union`; not an owner's `’s`.
  private func isMembersMark(_ index: Int) -> Bool {
    index >= 1 && tagged.has(index, [.closeSingle, .straightSingle]) && tagged.isGlued(index)
      && tagged.isLowercaseWord(index - 1) && tagged.endsWith(index - 1, "s") && !tagged.isPossessive(after: index)
  }

  /// A lower-case noun of a public body with no name after it: `ministry`, `agency`.
  private func isOrganizationNoun(_ noun: Int) -> Bool {
    tagged.isLowercaseWord(noun) && Self.bodyNouns.contains(where: { tagged.isWord(noun, $0) })
      && !tagged.isCapitalizedWord(noun + 1)
  }

  /// Nouns of public bodies and of the bodies of a trade's members, which a field names (`the
  /// health department`, `the farming union`); a company's or a service's noun names one too
  /// loosely to speak (`the prison service`, `the central bank`).
  private static let bodyNouns: [StaticString] = [
    "ministry", "department", "agency", "authority", "commission", "council", "committee", "board", "bureau",
    "office", "regulator", "watchdog", "inspectorate", "directorate", "police", "union", "federation", "association",
  ]

  /// Adjectives that tell which of several, not what field: `the same company`, `the new agency`.
  private static let vagueWords: [StaticString] = [
    "same", "other", "new", "former", "latter", "whole", "entire", "own", "only", "first", "last", "next",
  ]
}
