/// What a long summary leaves out first: the asides set off between a subject and its verb, and
/// the phrases between a report and what it reports.
extension EventSummarizer {
  /// The pieces of `range`, in order, without the asides set off between a subject and its verb
  /// and the adjuncts between a report and what it reports (`asideEnd`, `reportAdjunctEnd`).
  func withoutAsides(_ range: Range<Int>) -> [Range<Int>] {
    var pieces: [Range<Int>] = []
    var start = range.lowerBound
    var index = range.lowerBound + 1
    while index < range.upperBound {
      if let close = asideEnd(opening: index, limit: range.upperBound) {
        pieces.append(start..<index)
        start = close + 1
        index = close + 1
      } else if let verb = subjectParticipleEnd(opening: index, clause: range.lowerBound, limit: range.upperBound) {
        pieces.append(start..<index)
        start = verb
        index = verb
      } else if let that = reportAdjunctEnd(opening: index, limit: range.upperBound) {
        pieces.append(start..<index)
        start = that
        index = that
      }
      index += 1
    }
    pieces.append(start..<range.upperBound)
    return pieces
  }

  /// How many tokens an aside set off inside a clause may hold to be left out.
  static let asideReach = 15

  /// The closing comma of an aside that opens with the comma at `opening` after a noun or name
  /// and closes right before a finite verb, holding no time, quotation or bracket: an appositive, a
  /// participle or a relative clause between a subject and its verb. One that names a person or
  /// is nothing but names is no aside: it says who (`The two pilots, Ana Brel and Tomas Ueda,
  /// have trained`, `Spain's interior minister, Fernando Grande-Marlaska, said`).
  private func asideEnd(opening: Int, limit: Int) -> Int? {
    guard tagged.has(opening, .comma), [.noun, .propn].contains(tagged.upos(opening - 1)),
      !SegmentSplitter(tagged: tagged, actors: actors).isInsideTime(opening)
    else { return nil }
    var index = opening + 1
    var namesOnly = true
    while index < min(limit, opening + Self.asideReach) {
      if tagged.has(index, .comma) {
        var verb = index + 1
        while verb < limit, tagged.upos(verb) == .adv { verb += 1 }
        let namesPerson = actors.mentions(in: (opening + 1)..<index).contains { actors.actors[$0.actor].kind == .person }
        return index > opening + 1 && !namesOnly && !namesPerson && verb < limit && tagged.isFiniteVerb(verb) ? index : nil
      }
      // A time in it may be what dates the event: `The strike, in May 2024, was called off`.
      if tagged.timeOf[index] >= 0 || tagged.has(index, WordFlags.quoteMark.union([.openParen, .closeParen, .semicolon, .colon, .dash])) {
        return nil
      }
      namesOnly = namesOnly && (tagged.upos(index) == .propn || tagged.isWord(index, "and") || tagged.has(index, .hyphen))
      index += 1
    }
    return nil
  }

  /// The finite verb after a present participle that follows the noun opening the clause at
  /// `clause` and runs on to that verb without a comma, time, quotation or clause of its own: a
  /// reduced relative that picks the subject out (`Other museums | holding objects from the
  /// palace | have faced`).
  private func subjectParticipleEnd(opening: Int, clause: Int, limit: Int) -> Int? {
    guard opening > clause, tagged.upos(opening) == .verb, tagged.isLowercaseWord(opening), tagged.endsWith(opening, "ing"),
      tagged.upos(opening - 1) == .noun,
      (clause..<opening).allSatisfy({ Self.subjectWords.contains(tagged.upos($0)) && tagged.timeOf[$0] < 0 })
    else { return nil }
    for index in (opening + 1)..<min(limit, opening + Self.asideReach) {
      if tagged.upos(index) == .aux || tagged.isFiniteVerb(index) && !tagged.endsWith(index, "ed") && !tagged.has(index, .pastVerb) {
        return index > opening + 1 && index + 1 < limit ? index : nil
      }
      if tagged.timeOf[index] >= 0 || [.verb, .punct].contains(tagged.upos(index)) || tagged.has(index, [.relative, .subordinator]) {
        return nil
      }
    }
    return nil
  }

  /// The parts of speech of the words of a subject before its participle.
  private static let subjectWords: Set<UPOS> = [.det, .adj, .noun, .propn, .num]

  /// The `that` after phrases that open at `opening`, after the object of a report's verb, and
  /// tell only how or where it was told (`told the radio station | by phone from Lagos | that`),
  /// holding no time, quotation, comma or verb. A verb of other senses that does not speak there
  /// has none (`recall 200,000 phones after reports that …`).
  private func reportAdjunctEnd(opening: Int, limit: Int) -> Int? {
    guard tagged.has(opening, .preposition) || tagged.upos(opening) == .adp, !tagged.isWord(opening, "of"),
      [.noun, .propn].contains(tagged.upos(opening - 1)),
      let verb = (max(0, opening - Self.asideReach)..<opening).last(where: { [.verb, .aux].contains(tagged.upos($0)) }),
      tagged.isFiniteVerb(verb), tagged.has(verb, [.speechVerb, .cognitionVerb]),
      !tagged.has(verb, .speechWithOtherSenses) || SpeakingVerb(tagged: tagged).speaks(verb, in: verb..<limit)
    else { return nil }
    for index in opening..<min(limit, opening + Self.asideReach) {
      if tagged.isWord(index, "that") { return index > opening + 1 ? index : nil }
      if tagged.timeOf[index] >= 0 || [.verb, .aux].contains(tagged.upos(index))
        || tagged.has(index, WordFlags.quoteMark.union([.comma, .openParen, .closeParen, .semicolon, .colon, .dash]))
      {
        return nil
      }
    }
    return nil
  }
}
