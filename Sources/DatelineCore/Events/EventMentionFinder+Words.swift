/// The word-level readings of `EventMentionFinder`: noun phrases that tell or name events, the
/// kinds event words give, and whether a sentence or clause tells of events at all.
extension EventMentionFinder {
  /// Adds the dated noun phrases (`the Nov. 7 attack`) and the definite references (`the attack`)
  /// of a segment to `found`; returns the temporal expressions the noun phrases used.
  func nounMentions(
    in range: Range<Int>, objects: [Int], reader: TriggerReader, into found: inout [EventMention]
  ) -> [Int] {
    var consumed: [Int] = []
    for noun in range where isFreeNoun(noun, objects) {
      let plural = reader.isPlural(noun)
      let kind = tagged.eventKind(at: noun) ?? .other
      if let time = reader.nounPhraseDate(of: noun, in: range), tagged.times[time].value.interval != nil {
        consumed.append(time)
        // What is told of the noun alone is the noun phrase with its date: `the last election in
        // March 2024`, not `election`.
        let tokens = phrase(of: noun)
        var end = noun + 1
        if end + 1 < range.upperBound, tagged.timeOf[end + 1] == time {
          end += 1
          while end < range.upperBound, tagged.timeOf[end] == time { end += 1 }
        }
        let told =
          clauseTelling(tokens.lowerBound, end: end, in: range, time: time)
          ?? min(tokens.lowerBound, tagged.tokens(ofTime: time).lowerBound)
        found.append(
          EventMention(
            origin: .datedNoun, kind: kind, date: .expression(time), tokens: tokens, trigger: noun,
            isPlural: plural, summary: EventSummarizer.finished(tagged.string(tokens: told..<end)), actors: []))
      } else if reader.isDefinite(noun),
        !tagged.endsWith(noun, "ing") || noun + 1 == range.upperBound || tagged.upos(noun + 1) != .noun
      {
        // A noun in `-ing` before another describes it: `the ruling party` names no ruling.
        found.append(
          EventMention(
            origin: .reference, kind: kind, date: nil, tokens: phrase(of: noun), trigger: noun, isPlural: plural,
            summary: nil, actors: []))
      }
    }
    return consumed
  }

  /// Where the clause that tells of a dated event noun starting at `phrase` (and ending with its
  /// date at `end`) begins, so that its summary reads on its own (`The mediator called both
  /// unions to a meeting on Monday`, not `a meeting on Monday`): the start of its segment
  /// `range`, when that opens with a noun phrase (no pronoun) whose finite verb comes before the
  /// noun, and the words fit in a summary. Nil otherwise, when a word between places the clause before or after the noun
  /// (`resigned after the election in March`: the clause would read as of the noun's date), and
  /// when the clause tells a time of its own besides the noun's `time` (`halted the count in
  /// Sunday's election on Monday`), or the noun stands in a clause a conjunction opens after the
  /// verb (`announced that the strike on Monday would go ahead`): the noun phrase is told alone.
  private func clauseTelling(_ phrase: Int, end: Int, in range: Range<Int>, time: Int) -> Int? {
    guard !range.contains(where: { tagged.timeOf[$0] >= 0 && Int(tagged.timeOf[$0]) != time }) else { return nil }
    var first = range.lowerBound
    while first < phrase, tagged.upos(first) == .cconj || tagged.upos(first) == .adv || tagged.upos(first) == .punct {
      first += 1
    }
    guard first < phrase, [.det, .propn, .noun, .num, .adj].contains(tagged.upos(first)),
      !tagged.has(first, [.personPronoun, .groupPronoun, .pronoun]), tagged.timeOf[first] < 0,
      let verb = (first..<phrase).first(where: { tagged.isFiniteVerb($0) }), verb > first,
      !(verb..<phrase).contains(where: { isRelative(($0 + 1)..<phrase) || tagged.upos($0) == .sconj }),
      tagged.byteRange(first..<end).count <= EventSummarizer.maximumLength
    else {
      return nil
    }
    return first
  }

  /// Folds the first dated event noun `found` holds from `start` into the undated clause of
  /// `verb`. A verb of no known kind tells of that event (`voters went to the polls in 2018`):
  /// the clause stands for the noun's mention, and so does a listed verb of no known kind whose
  /// object the noun is (`signed the deal in July`: the signing is the deal's), or whose subject
  /// it is in the past (`A strike in April 2023 led to delays`: what the strike did is of its
  /// time). A verb of a known kind takes the noun's date (`will vote at meetings on June 24`),
  /// unless it reports (`said`) or the noun only places it before or after (`resigned after the
  /// election in May`); a report takes the date of a noun of statement after it, the same
  /// telling (`said in a statement on Tuesday`), and of a meeting it was told to or at (`told a
  /// news conference on Monday`). A listed verb of no known kind that the noun
  /// places at its occasion takes its date and kind (`was targeted in a raid in 2019`).
  func foldDatedNoun(
    into verb: inout (token: Int, kind: Event.Kind, isPlural: Bool)?, date: inout EventMention.DateSource?,
    found: inout [EventMention], from start: Int
  ) {
    guard let clauseVerb = verb, let nounIndex = found[start...].firstIndex(where: { $0.origin == .datedNoun }) else {
      return
    }
    let tokens = found[nounIndex].tokens
    let isPastSubject = isSubject(tokens, of: clauseVerb.token) && tellsOfThePast(clauseVerb.token..<(clauseVerb.token + 1))
    if clauseVerb.kind == .statement, found[nounIndex].trigger > clauseVerb.token, !isRelative(tokens),
      found[nounIndex].kind == .statement || found[nounIndex].kind == .meeting && isAudience(tokens, of: clauseVerb.token)
    {
      date = found.remove(at: nounIndex).date
    } else if clauseVerb.kind == .other, !isListed(clauseVerb.token) || isObject(tokens, of: clauseVerb.token) || isPastSubject {
      let noun = found.remove(at: nounIndex)
      verb = (noun.trigger, noun.kind, noun.isPlural)
      date = noun.date
    } else if clauseVerb.kind != .other, clauseVerb.kind != .statement, !isRelative(found[nounIndex].tokens),
      found[nounIndex].trigger > clauseVerb.token
    {
      date = found.remove(at: nounIndex).date
    } else if clauseVerb.kind == .other, tokens.lowerBound > clauseVerb.token + 1,
      clauseTimes.isOccasion(tokens.lowerBound - 1)
    {
      let noun = found.remove(at: nounIndex)
      verb = (clauseVerb.token, noun.kind, clauseVerb.isPlural)
      date = noun.date
    }
  }

  /// Whether the noun phrase `tokens` is what a report at `verb` was told to or at: its object
  /// or after `at` (`told a news conference on Monday`, `said at a briefing on Monday`), the
  /// occasion of the telling, no meeting of its own.
  private func isAudience(_ tokens: Range<Int>, of verb: Int) -> Bool {
    isObject(tokens, of: verb) || tokens.lowerBound - 1 > verb && tagged.isWord(tokens.lowerBound - 1, "at")
  }

  /// Whether the noun phrase `tokens` is the subject of the verb at `verb`: it ends right before
  /// the verb, but for adverbs and its own time after it (`A strike in April 2023 led`), and
  /// follows no preposition or verb.
  private func isSubject(_ tokens: Range<Int>, of verb: Int) -> Bool {
    guard tokens.upperBound <= verb,
      (tokens.upperBound..<verb).allSatisfy({
        tagged.upos($0) == .adv || tagged.timeOf[$0] >= 0 || tagged.upos($0) == .adp && tagged.timeOf[$0 + 1] >= 0
      })
    else { return false }
    let before = tokens.lowerBound - 1
    return before < 0 || ![.adp, .verb, .aux].contains(tagged.upos(before))
  }

  /// Whether the noun phrase `tokens` is the object of the verb at `verb`: nothing but adverbs
  /// stands between them (`signed the deal`, `signed only the deal`; not `lost in the election`).
  private func isObject(_ tokens: Range<Int>, of verb: Int) -> Bool {
    verb < tokens.lowerBound && (verb + 1..<tokens.lowerBound).allSatisfy { tagged.upos($0) == .adv }
  }

  /// Folds into `mention`, of what a report tells (`miners went on strike on Thursday`), the
  /// event noun in `content` with the same date: the same event, told once with the noun's kind.
  func foldDatedNoun(into mention: inout EventMention, report content: Range<Int>, found: inout [EventMention]) {
    guard mention.kind == .other,
      let noun = found.firstIndex(where: { $0.origin == .datedNoun && content.contains($0.trigger) && $0.date == mention.date })
    else { return }
    mention.kind = found.remove(at: noun).kind
  }

  /// Whether the noun phrase `tokens` follows a word that sets a clause before, after or beside
  /// it (`after the election`, `ahead of the vote`, `since the merger`), not at it (`won 54% of
  /// the vote on Sunday`).
  func isRelative(_ tokens: Range<Int>) -> Bool {
    let previous = tokens.lowerBound - 1
    guard previous >= 0 else { return false }
    return tagged.isWord(previous, "after") || tagged.isWord(previous, "before") || tagged.isWord(previous, "since")
      || tagged.isWord(previous, "until") || tagged.isWord(previous, "following") || isRelativeOf(previous)
      || tagged.isWord(previous, "than") || tagged.isWord(previous, "from") || tagged.isWord(previous, "between")
      || tagged.isWord(previous, "ahead") || tagged.isWord(previous, "till") || tagged.isWord(previous, "like")
  }

  /// Whether the `of` at `index` sets what follows beside the clause (`ahead of the vote`, `in
  /// the wake of the strike`), not a share of it (`54% of the vote`, `half of the seats`).
  private func isRelativeOf(_ index: Int) -> Bool {
    tagged.isWord(index, "of") && !tagged.isShare(index - 1)
  }

  /// The kind the lexicon gives the verb's lemma in its context (`clashed` → `clash` → attack, `striking` beside
  /// `nurses` → protest), `other` when none.
  func kindOfLemma(_ index: Int) -> Event.Kind {
    tagged.lexicon.words.value(forWord: tagged.lemma(index)).flatMap { tagged.kind(of: $0, at: index) } ?? .other
  }

  /// Whether `range` holds an event word of a known kind (`protest`, `elections`).
  func hasEventWord(_ range: Range<Int>) -> Bool {
    range.contains { isEventWord($0) }
  }

  /// Whether `range` holds an event word of a known kind that no clause tells as its verb, which
  /// a clause other than its own may take its kind from (`the protest movement | that began in
  /// October 2019`; not `Born in 1937, | he was elected in 1971`). An event set before or after
  /// the clause only places it (`fell 1.4%, the sharpest drop since the pandemic`).
  func hasEventNoun(_ range: Range<Int>) -> Bool {
    range.contains { isEventWord($0) && ![.verb, .aux].contains(tagged.upos($0)) && !isRelative(phrase(of: $0)) }
  }

  /// Whether the verb at `verb` tells a clause of its own inside `range`, which a subordinating
  /// conjunction other than `that` opens after every event word before it: `It was the largest
  /// protest in the city | since the government took office in 2021` tells of no protest in 2021.
  func isOwnClause(_ verb: Int, in range: Range<Int>) -> Bool {
    var index = verb - 1
    while index >= range.lowerBound, !isEventWord(index) {
      if tagged.has(index, .subordinator), !tagged.isWord(index, "that"),
        tagged.upos(index) == .sconj || tagged.opensClauseAfterPreposition(index)
      {
        return true
      }
      index -= 1
    }
    return false
  }

  private func isEventWord(_ index: Int) -> Bool {
    guard let kind = tagged.eventKind(at: index) else { return false }
    return kind != .other && tagged.isLowercaseWord(index)
  }

  /// Whether a clause has a verb in the past tense: `-ed`, `began`, `was`.
  func tellsOfThePast(_ range: Range<Int>) -> Bool {
    range.contains { index in
      tagged.isLowercaseWord(index) && (tagged.has(index, .pastVerb) || tagged.endsWith(index, "ed"))
    }
  }

  /// Whether a sentence has anything an event mention starts from: an event word or a date.
  func tellsOfEvents(_ sentence: Sentence) -> Bool {
    let flags: WordFlags = [.triggerVerb, .triggerNoun, .lightVerb]
    for index in sentence.tokens
    where tagged.timeOf[index] >= 0 || !tagged.infos[index].flags.isDisjoint(with: flags)
      || tagged.upos(index) == .verb
    {
      return true
    }
    return false
  }

  /// Whether the sentence asks a question outside a quotation (`How bad was last winter?`, an
  /// interviewer's turn): it asserts no happening, whatever its verbs.
  func asksAQuestion(_ sentence: Sentence) -> Bool {
    let last = sentence.tokens.upperBound - 1
    return tagged.isWord(last, "?") && !scan.isQuoted(last)
  }

  /// Whether the word at `index` is an event noun, written in lower case, that is no light
  /// verb's object and no part of a time: one that may tell or name an event of its own.
  func isFreeNoun(_ index: Int, _ objects: [Int]) -> Bool {
    tagged.has(index, .triggerNoun) && tagged.isLowercaseWord(index) && tagged.timeOf[index] < 0
      && !objects.contains(index) && !isVerbAfterAuxiliary(index)
  }

  /// The noun phrase ending at `noun`: back over its modifiers to its determiner, if any.
  func phrase(of noun: Int) -> Range<Int> {
    var start = noun
    while start > 0, noun - start < 5 {
      let previous = start - 1
      if tagged.has(previous, .determiner) { return previous..<(noun + 1) }
      // An adjective of order is a function word that still describes the noun: `the last election`.
      let isModifier =
        (tagged.tokens[previous].kind == .word && (!tagged.has(previous, .functionWord) || tagged.upos(previous) == .adj))
        || tagged.timeOf[previous] >= 0 || tagged.has(previous, WordFlags.quoteMark)
      guard isModifier, !tagged.isWord(previous, "s") || !tagged.has(previous - 1, [.closeSingle, .straightSingle])
      else { break }
      start = previous
    }
    return start..<(noun + 1)
  }

  /// The kind of the event word nearest to `range` (in it, else in the rest of the sentence; the
  /// earlier one on a tie), where that word is, and whether it lies inside `range`. `eventWords`
  /// are the sentence's event words in order, so each look-up is a binary search.
  func nearestKind(
    to range: Range<Int>, among eventWords: [Int]
  ) -> (kind: Event.Kind, token: Int?, isSolid: Bool) {
    let next = eventWords.partitioningIndex { $0 >= range.lowerBound }
    var best: (distance: Int, token: Int)?
    if next > 0 { best = (range.lowerBound - eventWords[next - 1] + 1, eventWords[next - 1]) }
    if next < eventWords.count {
      let token = eventWords[next]
      let distance = range.contains(token) ? 0 : token - range.upperBound + 1
      if distance < best?.distance ?? Int.max { best = (distance, token) }
    }
    guard let best, let kind = tagged.eventKind(at: best.token) else { return (.other, nil, false) }
    // A word of telling outside the clause is the telling of it, not its kind: `The frog was
    // found in February, the university said in a statement`.
    if kind == .statement, best.distance > 0 { return (.other, nil, false) }
    return (kind, best.token, best.distance == 0)
  }

  /// The tokens of a sentence that are event words of a known kind, in order. A natural hazard
  /// named before another noun says what that noun is about (`a tsunami warning`, `flood
  /// defences`): the clause tells of the warning, not of a disaster.
  func eventWords(in sentence: Sentence) -> [Int] {
    sentence.tokens.filter { index in
      guard let kind = tagged.eventKind(at: index), kind != .other, tagged.isLowercaseWord(index),
        !tagged.isParticipleModifier(index)
      else { return false }
      return kind != .disaster || tagged.upos(index + 1) != .noun || !tagged.isLowercaseWord(index + 1)
    }
  }

  /// Whether a relative clause is about the noun phrase that holds the event word:
  /// `the popular grassroots protest movement that began in October 2019`.
  func isAbout(_ segment: Segment, _ guess: (kind: Event.Kind, token: Int?, isSolid: Bool)) -> Bool {
    guard segment.role == .relative, let token = guess.token, token < segment.tokens.lowerBound else { return false }
    return (token..<segment.tokens.lowerBound).allSatisfy {
      tagged.tokens[$0].kind == .word && !tagged.has($0, .preposition)
    }
  }

  /// Whether a segment is nothing but a name: an apposition (`…, Mustafa Al-Kadhimi, …`).
  func isName(_ segment: Segment) -> Bool {
    actors.mentions(in: segment.tokens).first?.tokens == segment.tokens
  }
}
