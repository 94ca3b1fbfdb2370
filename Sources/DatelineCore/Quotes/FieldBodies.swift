/// The organizations a text names only by their field and their kind noun (`the transport
/// ministry`, `the state health department`): such a body speaks as itself, and a later bare `the
/// ministry`, with no named organization to stand for, is that one.
struct FieldBodies {
  let tagged: TaggedText

  /// How many sentences back a bare kind noun finds the field body it stands for.
  private static let reach = 6

  /// The phrase from `the` to the noun of a public body at `noun` when nouns or adjectives of a
  /// field or place stand between them (`the transport ministry`, `the US trade commission`),
  /// starting at or after `lowest`; nil for a bare `the ministry` or a kind noun a name follows.
  func body(_ noun: Int, from lowest: Int) -> Range<Int>? {
    guard isOrganizationNoun(noun) else { return nil }
    var start = noun - 1
    while start >= lowest,
      tagged.isLowercaseWord(start) && [.noun, .adj].contains(tagged.upos(start))
        && !Self.vagueWords.contains(where: { tagged.isWord(start, $0) }) || isPlaceWord(start)
    {
      start -= 1
    }
    guard start < noun - 1, start >= lowest, tagged.isWord(start, "the") else { return nil }
    return start..<(noun + 1)
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

  /// A lower-case noun of a public body with no name after it: `ministry`, `agency`.
  private func isOrganizationNoun(_ noun: Int) -> Bool {
    tagged.isLowercaseWord(noun) && Self.bodyNouns.contains(where: { tagged.isWord(noun, $0) })
      && !tagged.isCapitalizedWord(noun + 1)
  }

  /// Nouns of public bodies, which a field names (`the health department`); a company's or a
  /// service's noun names one too loosely to speak (`the prison service`, `the central bank`).
  private static let bodyNouns: [StaticString] = [
    "ministry", "department", "agency", "authority", "commission", "council", "committee", "board", "bureau",
    "office", "regulator", "watchdog", "inspectorate", "directorate", "police",
  ]

  /// Adjectives that tell which of several, not what field: `the same company`, `the new agency`.
  private static let vagueWords: [StaticString] = [
    "same", "other", "new", "former", "latter", "whole", "entire", "own", "only", "first", "last", "next",
  ]
}
