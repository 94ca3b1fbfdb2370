/// Finds the attribution of a quotation in its sentence: after it (`“…,” Orton told Arab News`,
/// `“…,” said Orton`, `“…,” he said`, `“…,” according to X`) or before it (`Heras said: “…”`,
/// `He called it the “…”`).
struct AttributionFinder {
  let tagged: TaggedText
  let actors: DocumentActors
  let quotes: QuoteScan

  /// How far after the closing mark the speech verb of an attribution may be.
  private static let reach = 24

  /// The attribution of `region`, if its sentence has one. With `tight`, only an attribution that
  /// follows right after the closing mark counts (for quotations of a few words).
  func attribution(of region: QuotedRegion, tight: Bool) -> Attribution? {
    if let found = after(region, tight: tight) { return found }
    return tight ? nil : before(region)
  }

  private func after(_ region: QuotedRegion, tight: Bool) -> Attribution? {
    var start = region.close + 1
    while tagged.has(start, .comma) { start += 1 }
    guard start < tagged.tokens.count, tagged.sentenceOf[start] == tagged.sentenceOf[region.close] else { return nil }
    let end = segmentEnd(from: start, limit: tight ? 5 : Self.reach)
    guard start < end else { return nil }
    if let found = accordingTo(start..<end) { return found }
    guard let verb = (start..<end).first(where: isSpeechVerb) else { return nil }
    let cue = start..<max(end, segmentEnd(from: verb, limit: 8))
    if let subject = speaker(in: start..<verb, first: true, subject: true) {
      return Attribution(speaker: subject, cue: cue)
    }
    if let object = speaker(in: (verb + 1)..<min(end, verb + 6), first: true) {
      return Attribution(speaker: object, cue: cue)
    }
    return nil
  }

  private func before(_ region: QuotedRegion) -> Attribution? {
    let sentence = tagged.sentences[Int(tagged.sentenceOf[region.open])]
    var start = sentence.tokens.lowerBound
    for index in stride(from: region.open - 1, through: start, by: -1) where quotes.isQuoted(index) {
      start = index + 1
      break
    }
    let end = region.open
    guard start < end else { return nil }
    if let found = accordingTo(start..<end) { return found }
    guard let verb = (start..<end).last(where: isSpeechVerb) else { return nil }
    if let subject = speaker(in: start..<verb, first: false, subject: true) {
      return Attribution(speaker: subject, cue: start..<end)
    }
    // A name after the verb that a verb of its own follows is what was said, not who said it:
    // `Marsh` in `X said Marsh had “given …”`.
    if let object = speaker(in: (verb + 1)..<end, first: true), !opensClause(object) {
      return Attribution(speaker: object, cue: start..<end)
    }
    return nil
  }

  /// Whether the speaker found is the subject of a clause of its own: a finite verb follows it.
  private func opensClause(_ speaker: Attribution.Speaker) -> Bool {
    switch speaker {
    case .mention(let index): tagged.isFiniteVerb(actors.mentions[index].tokens.upperBound)
    case .pronoun(let index): tagged.isFiniteVerb(index + 1)
    }
  }

  /// Where the text after a closing mark stops being about the quotation: the end of the
  /// sentence, the next quotation, or `limit` tokens on.
  private func segmentEnd(from start: Int, limit: Int) -> Int {
    let sentence = tagged.sentences[Int(tagged.sentenceOf[min(start, tagged.tokens.count - 1)])]
    var end = start
    let last = min(sentence.tokens.upperBound, start + limit)
    while end < last, !quotes.isQuoted(end), !tagged.has(end, [.period, .terminal, .semicolon]) { end += 1 }
    return end
  }

  private func isSpeechVerb(_ index: Int) -> Bool {
    tagged.has(index, .speechVerb) && !quotes.isQuoted(index)
  }

  /// `according to X` inside `range`.
  private func accordingTo(_ range: Range<Int>) -> Attribution? {
    for index in range where tagged.isWord(index, "according") && tagged.isWord(index + 1, "to") {
      if let speaker = speaker(in: (index + 2)..<min(range.upperBound, index + 6), first: true) {
        return Attribution(speaker: speaker, cue: index..<range.upperBound)
      }
    }
    return nil
  }

  /// The first (or last) name, role noun or subject pronoun in `range`; never a product. With
  /// `subject`, a name after a preposition or a verb is left out: it is not who speaks (`Lewis
  /// Teperman, a doctor at Norvik University, said`, `he promoted the phone by saying`).
  private func speaker(in range: Range<Int>, first: Bool, subject: Bool = false) -> Attribution.Speaker? {
    guard !range.isEmpty else { return nil }
    let mentions = actors.mentions(in: range).filter {
      !$0.isModifier && !quotes.isQuoted($0.tokens.lowerBound) && !isTitleComplement($0.tokens.lowerBound)
        && actors.actors[$0.actor].kind != .product && !(subject && isOblique($0.tokens.lowerBound, in: range))
    }
    let pronoun = range.first { tagged.has($0, [.personPronoun, .groupPronoun]) && isSubjectPronoun($0) }
    let mention = first ? mentions.first : mentions.last
    let mentionIndex = mention.map { actors.firstMention(atOrAfter: $0.tokens.lowerBound) }
    switch (mention, pronoun) {
    case (let mention?, let pronoun?):
      if (mention.tokens.lowerBound < pronoun) == first, let mentionIndex { return .mention(mentionIndex) }
      return .pronoun(pronoun)
    case (_?, nil): return mentionIndex.map { .mention($0) }
    case (nil, let pronoun?): return .pronoun(pronoun)
    case (nil, nil): return nil
    }
  }

  /// Whether the name at `start` is the object of a preposition or a verb: the word before it,
  /// past determiners and adjectives, is one (`at the Norvik University`, `promoted the Zap`); a
  /// name after a comma shares the standing of the name before the comma (`at the Tarn, Ruritania
  /// event`).
  private func isOblique(_ start: Int, in range: Range<Int>) -> Bool {
    var index = start - 1
    while index >= range.lowerBound, [.det, .adj, .num].contains(tagged.upos(index)) { index -= 1 }
    guard index >= range.lowerBound else { return false }
    // A name set off by commas right before the verb is in apposition to the subject (`The First
    // Minister of Wales, Carys Morgan, said`), whatever the name before the comma is.
    let end = actors.mentions(in: start..<(start + 1)).first?.tokens.upperBound ?? start
    if tagged.has(index, .comma), !(tagged.has(end, .comma) && end + 1 == range.upperBound),
      let before = actors.mentions(in: range).last(where: { $0.tokens.upperBound == index })
    {
      return isOblique(before.tokens.lowerBound, in: range)
    }
    return tagged.upos(index) == .adp || tagged.upos(index) == .verb && !tagged.has(index, .speechVerb)
  }

  /// Whether the name at `start` completes a title rather than naming the speaker: `Witney` in
  /// `the MP for Witney`.
  private func isTitleComplement(_ start: Int) -> Bool {
    guard start >= 2, tagged.has(start - 1, .preposition), tagged.isLowercaseWord(start - 1) else { return false }
    let title = start - 2
    return tagged.tokens[title].kind == .word && tagged.match(tagged.lexicon.titles, at: title, limit: start - 1) != nil
  }

  private func isSubjectPronoun(_ index: Int) -> Bool {
    tagged.isWord(index, "he") || tagged.isWord(index, "she") || tagged.isWord(index, "they")
  }
}
