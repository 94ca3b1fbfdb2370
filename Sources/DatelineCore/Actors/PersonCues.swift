/// Words around a name that only a person's name has, when no lexicon knows the name: an
/// occupation in apposition (`Oisin Brannagh, a teacher at the school,`, `Wanjiru Kamau, 54, a
/// nurse`), a credit for a picture, a part or a work (`photo by Joan Terrell`, `played by Iolanthe
/// Marsh and Desmond Kreel`, `a novella by Nikolai Leskov`), a body's head (`the Social
/// Democrats, led by Karin Holm,`), a list it shares with a given name
/// (`Anirudh Jayakumar, Ryan Armstrong and Yuhuan Du`) and a possessive before a noun of opinion
/// or speech (`in Harrow's view`, `Mbeki's remarks`).
struct PersonCues {
  let tagged: TaggedText

  /// The votes for `candidate`, whose text ends before token `after` (past a possessive).
  func votes(for candidate: NameCandidate, after: Int) -> KindVotes {
    var votes = KindVotes()
    let range = candidate.tokens
    if candidate.isPossessive {
      // More than a city of the gazetteer after a locative preposition (`in Harrow's view`).
      if isOpinionNoun(after), !isCountryOrCapital(range) { votes.add(.person, 8) }
      return votes
    }
    if !candidate.isModifier, isOccupationApposition(after) { votes.add(.person, 8) }
    if isCredited(range.lowerBound), NameShapeEvidence.isPersonLikeName(range, tagged) { votes.add(.person, 6) }
    if isListedWithPerson(range) { votes.add(.person, 4) }
    return votes
  }

  /// `, a teacher at …`, `, 54, a primary school nurse,`, `, the farmer,`: an occupation heading
  /// an appositive after the comma at `after`, past an age, with at most three words before it.
  private func isOccupationApposition(_ after: Int) -> Bool {
    guard tagged.has(after, .comma) else { return false }
    var index = after + 1
    if tagged.tokens.indices.contains(index), tagged.tokens[index].kind == .number, tagged.has(index + 1, .comma) {
      index += 2
    }
    guard tagged.isLowercaseWord(index), tagged.isWord(index, "a") || tagged.isWord(index, "an") || tagged.isWord(index, "the")
    else { return false }
    let limit = min(tagged.tokens.count, index + 5)
    index += 1
    while index < limit, tagged.isLowercaseWord(index), !tagged.has(index, [.preposition, .conjunction, .kindNoun]) {
      if PersonWords.occupations.contains(index, in: tagged) {
        return !tagged.isLowercaseWord(index + 1) || tagged.upos(index + 1) != .noun
      }
      index += 1
    }
    return false
  }

  /// Whether the name at `start` comes after `by` and a noun of a picture or a verb of playing,
  /// directing, picturing or leading (`photo by`, `played by`, `led by`), alone or in a list joined by commas and
  /// `and` after it.
  private func isCredited(_ start: Int) -> Bool {
    guard tagged.isWord(start - 1, "by") || tagged.isWord(start - 1, "and") || tagged.has(start - 1, .comma) else {
      return false
    }
    var by = start - 1
    let limit = max(0, start - 10)
    while by > limit, tagged.has(by, .comma) || tagged.isWord(by, "and") || tagged.isCapitalizedWord(by) { by -= 1 }
    return tagged.isWord(by, "by") && tagged.isLowercaseWord(by) && Self.credits.contains(by - 1, in: tagged)
  }

  /// `Anirudh Jayakumar, Deepak Gupta, … and Yuhuan Du`: a name shaped like a person's in a list
  /// joined by commas and `and`, where another item next to it opens on a given name and is
  /// shaped like a person's too. The items of a list share their kind.
  private func isListedWithPerson(_ range: Range<Int>) -> Bool {
    let next = itemAfter(range.upperBound)
    let previous = itemBefore(range.lowerBound)
    guard next.map(isGivenPersonName) == true || previous.map(isGivenPersonName) == true else { return false }
    return NameShapeEvidence.isPersonLikeName(range, tagged)
  }

  /// The capitalized words after the comma or `and` at `index`.
  private func itemAfter(_ index: Int) -> Range<Int>? {
    var start = index
    if tagged.has(start, .comma) { start += 1 }
    if tagged.isWord(start, "and"), tagged.isLowercaseWord(start) { start += 1 }
    guard start > index else { return nil }
    var end = start
    while end < min(tagged.tokens.count, start + 3), tagged.isCapitalizedWord(end) { end += 1 }
    return end > start ? start..<end : nil
  }

  /// The capitalized words before the comma or `and` right before `index`.
  private func itemBefore(_ index: Int) -> Range<Int>? {
    var end = index
    if tagged.isWord(end - 1, "and"), tagged.isLowercaseWord(end - 1) { end -= 1 }
    if tagged.has(end - 1, .comma) { end -= 1 }
    guard end < index else { return nil }
    var start = end
    while start > max(0, end - 3), tagged.isCapitalizedWord(start - 1) { start -= 1 }
    return start < end ? start..<end : nil
  }

  private func isGivenPersonName(_ item: Range<Int>) -> Bool {
    tagged.has(item.lowerBound, .givenName) && NameShapeEvidence.isPersonLikeName(item, tagged)
  }

  /// `view`, `opinion`, `remarks` after the possessive at `after`, perhaps after an adjective
  /// (`in Harrow's own view`).
  private func isOpinionNoun(_ after: Int) -> Bool {
    guard tagged.isLowercaseWord(after) else { return false }
    if Self.opinionNouns.contains(after, in: tagged) { return true }
    return tagged.upos(after) == .adj && tagged.isLowercaseWord(after + 1) && Self.opinionNouns.contains(after + 1, in: tagged)
  }

  /// Countries and regions, and capitals standing for their governments, have views too
  /// (`Britain's view`, `Beijing's remarks`).
  private func isCountryOrCapital(_ range: Range<Int>) -> Bool {
    if let place = tagged.place(range), place == .country || place == .region { return true }
    return tagged.match(tagged.lexicon.capitals, at: range.lowerBound, limit: range.upperBound)?.length == range.count
  }

  private static let credits = WordList([
    "photo", "photos", "photograph", "photographs", "picture", "pictures", "image", "images", "illustration",
    "illustrations", "played", "directed", "narrated", "illustrated", "photographed", "voiced", "portrayed",
    "choreographed", "painted", "composed", "novel", "novella", "book", "poem", "play", "song", "painting", "film",
    "essay", "memoir", "led", "headed", "chaired",
  ])

  private static let opinionNouns = WordList([
    "view", "views", "opinion", "remarks", "comments", "words", "testimony", "memoir", "memoirs", "recollection",
    "belief", "speech", "interview",
  ])
}
