/// Finds the attribution of a quotation in its sentence: after it (`“…,” Orton told Arab News`,
/// `“…,” said Orton`, `“…,” he said`, `“…,” according to X`) or before it (`Heras said: “…”`,
/// `He called it the “…”`). The speaker is the head of the subject of the speech verb (or of the
/// phrase after a verb that opens the attribution), read by ``SpeakerPhrase``.
struct AttributionFinder {
  let tagged: TaggedText
  let actors: DocumentActors
  let quotes: QuoteScan

  /// How far after the closing mark the speech verb of an attribution may be.
  private static let reach = 24

  /// The reader of speaker phrases, made once per document.
  let phrase: SpeakerPhrase

  /// The attribution of `region`, if its sentence has one. With `tight`, only an attribution that
  /// follows right after the closing mark counts (for quotations of a few words).
  func attribution(of region: QuotedRegion, tight: Bool) -> Attribution? {
    if let found = after(region, tight: tight) { return found }
    return tight ? nil : before(region) ?? introduction(of: region)
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
    // `“…,” said Orton`: the speaker follows a verb that opens the attribution.
    if isOpening(verb, from: start) {
      let speaker =
        phrase.inverted(after: verb, end: segmentEnd(from: verb + 1, limit: Self.reach))
        ?? speaker(in: (verb + 1)..<min(end, verb + 6), first: true)
      return speaker.map { Attribution(speaker: $0, cue: cue) }
    }
    let subject = phrase.subject(before: verb, from: start) ?? speaker(in: start..<verb, first: true, subject: true)
    return subject.map { Attribution(speaker: $0, cue: cue) }
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
    let speechVerb = (start..<end).last(where: isSpeechVerb)
    if let found = verdict(of: region, from: start, after: speechVerb) { return found }
    return attribution(in: start..<end, verb: speechVerb)
  }

  /// The attribution of a quotation that opens its paragraph, from the sentence that closes the
  /// paragraph before with a colon after a speech verb (`Mary Olu, a nurse, said:` ¶ `“…”`): the
  /// colon hands that sentence's speaker on to the quotation.
  private func introduction(of region: QuotedRegion) -> Attribution? {
    let colon = region.open - 1
    guard colon > 0, tagged.has(colon, .colon), tagged.sentenceOf[colon] != tagged.sentenceOf[region.open],
      paragraph(of: colon) != paragraph(of: region.open)
    else { return nil }
    let start = tagged.sentences[Int(tagged.sentenceOf[colon])].tokens.lowerBound
    guard start < colon, !(start..<colon).contains(where: quotes.isQuoted),
      let verb = (start..<colon).last(where: isSpeechVerb)
    else { return nil }
    return attribution(in: start..<colon, verb: verb)
  }

  /// The attribution a speech verb at `speechVerb` gives in `range`, the words before a quotation.
  private func attribution(in range: Range<Int>, verb speechVerb: Int?) -> Attribution? {
    let (start, end) = (range.lowerBound, range.upperBound)
    guard var verb = speechVerb else { return nil }
    // A second `that` clause joined to the first (`The AIU said Rotich had claimed …, but that he
    // “provided no credible evidence”`) is told by the verb of the first, the sentence's first.
    if ((verb + 1)..<end).contains(where: { tagged.isWord($0, "that") && tagged.upos($0 - 1) == .cconj }),
      let first = (start..<verb).first(where: isSpeechVerb)
    {
      verb = first
    }
    if isOpening(verb, from: start) {
      let speaker = phrase.inverted(after: verb, end: end) ?? speaker(in: (verb + 1)..<end, first: true)
      return speaker.map { Attribution(speaker: $0, cue: start..<end) }
    }
    if let subject = phrase.subject(before: verb, from: start) ?? speaker(in: start..<verb, first: false, subject: true)
    {
      return Attribution(speaker: subject, cue: start..<end)
    }
    // A name after the verb that a verb of its own follows is what was said, not who said it:
    // `Marsh` in `X said Marsh had “given …”`.
    if let object = speaker(in: (verb + 1)..<end, first: true), !opensClause(object) {
      return Attribution(speaker: object, cue: start..<end)
    }
    return nil
  }

  /// Whether the speech verb at `verb` opens the attribution: only adverbs, commas or `as` (`as
  /// stated on the website`) stand before it.
  private func isOpening(_ verb: Int, from start: Int) -> Bool {
    (start..<verb).allSatisfy {
      tagged.has($0, .comma) || tagged.isLowercaseWord($0) && (tagged.upos($0) == .adv || tagged.isWord($0, "as"))
    }
  }

  /// Whether the speaker found is the subject of a clause of its own, or owns it: a finite verb
  /// or a possessive follows it (`said Lund’s knee was “not great”`).
  private func opensClause(_ speaker: Attribution.Speaker) -> Bool {
    switch speaker {
    case .mention(let index):
      tagged.isFiniteVerb(actors.mentions[index].tokens.upperBound)
        || tagged.isPossessive(after: actors.mentions[index].tokens.upperBound)
    case .pronoun(let index): tagged.isFiniteVerb(index + 1)
    case .role(let tokens, _): tagged.isFiniteVerb(tokens.upperBound) || tagged.isPossessive(after: tokens.upperBound)
    case .unnamed: false
    }
  }

  /// Where the text after a closing mark stops being about the quotation: the end of the
  /// sentence, the next quotation, or `limit` tokens on. The period of an abbreviation inside the
  /// sentence (`U.S. District Judge`) is no end.
  private func segmentEnd(from start: Int, limit: Int) -> Int {
    let sentence = tagged.sentences[Int(tagged.sentenceOf[min(start, tagged.tokens.count - 1)])]
    var end = start
    let last = min(sentence.tokens.upperBound, start + limit)
    while end < last, !quotes.isQuoted(end), !tagged.has(end, [.terminal, .semicolon]), !isSentencePeriod(end) {
      end += 1
    }
    return end
  }

  /// A period that ends a sentence rather than an abbreviation glued to the word before it.
  private func isSentencePeriod(_ index: Int) -> Bool {
    guard tagged.has(index, .period) else { return false }
    let next = index + 1
    return !(tagged.isGlued(index) && index > 0 && tagged.tokens[index - 1].kind == .word)
      || next >= tagged.tokens.count
      || tagged.sentenceOf[next] != tagged.sentenceOf[index]
  }

  private func paragraph(of token: Int) -> Int { tagged.span(tokens: token..<(token + 1)).paragraph }

  /// A speech verb outside the quotations, in lower case: `State` in `State Resilience` is a name.
  private func isSpeechVerb(_ index: Int) -> Bool {
    tagged.has(index, .speechVerb) && tagged.isLowercaseWord(index) && !quotes.isQuoted(index) && !tagged.isPassiveParticiple(index)
  }

  /// `according to X` inside `range`.
  private func accordingTo(_ range: Range<Int>) -> Attribution? {
    for index in range
    where index + 2 < range.upperBound && tagged.isWord(index, "according") && tagged.isWord(index + 1, "to") {
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
    let phrase = self.phrase
    let mentions = actors.mentions(in: range).filter {
      !$0.isModifier && !quotes.isQuoted($0.tokens.lowerBound) && !phrase.isTitleComplement($0.tokens.lowerBound)
        && actors.actors[$0.actor].kind != .product && !(subject && phrase.isOblique($0.tokens.lowerBound, in: range))
    }
    let pronoun = range.first { tagged.has($0, [.personPronoun, .groupPronoun]) && phrase.isSubjectPronoun($0) }
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
}
