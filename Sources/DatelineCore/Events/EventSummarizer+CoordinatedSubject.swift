extension EventSummarizer {
  /// How many pieces a predicate reads for the end of its list and for its subject: read to the
  /// sentence's ends, each predicate of a sentence of thousands cost a pass over all of them.
  static let listReach = 24

  /// The subject of the predicates that `segments[position]` continues, when it is one of a list
  /// of predicates that ends in `and`, `but` or `then` (`The lender cut 300 jobs in May, | closed two
  /// branches in June | and sold its insurance arm in July`), with the auxiliaries they share
  /// (`he will be` for `… and perhaps driven out`). The subject is the noun phrase before the
  /// first finite verb of the first piece that does not start with one, or before the verb of
  /// what that piece reports (`The court heard he moved money …, and spent it …`); relative
  /// clauses and what stands in brackets are passed over, a subordinate clause ends the search,
  /// and a noun phrase standing alone is the subject only before a relative clause (`The lender,
  /// which …, cut`), not in apposition (`…, the iPod and launched the store`).
  func coordinatedSubject(of position: Int, in segments: [Segment]) -> Range<Int>? {
    let segment = segments[position]
    guard position > 0, segment.role == .main, let verb = firstWord(of: segment.tokens),
      tagged.isFiniteVerb(verb), hasComplement(after: verb, in: segment.tokens)
    else {
      return nil
    }
    let sentence = tagged.sentenceOf[segment.tokens.lowerBound]
    let inSentence = { (piece: Segment) in self.tagged.sentenceOf[piece.tokens.lowerBound] == sentence }
    let endsList = segments[position...].prefix(Self.listReach).prefix(while: inSentence).contains { piece in
      let first = piece.tokens.lowerBound
      // `then` after a comma joins predicates as `and` does: `was planned for March, | then moved`.
      let joins = tagged.isWord(first, "and") || tagged.isWord(first, "but") || tagged.isWord(first, "then") && tagged.has(first - 1, .comma)
      guard joins, let verb = firstWord(of: piece.tokens) else {
        return false
      }
      return tagged.isFiniteVerb(verb)
    }
    guard endsList || endsListInside(segment.tokens) else { return nil }
    var passedClause = false
    var passedPredicate = false
    for index in stride(from: position - 1, through: max(0, position - Self.listReach), by: -1) {
      let piece = segments[index]
      guard inSentence(piece) else { return nil }
      // An opening phrase that holds the first clause: `In 2020 the firm cut …`.
      if piece.role == .leading {
        guard let finite = piece.tokens.first(where: { tagged.isFiniteVerb($0) }) else { return nil }
        let start = phraseStart(before: finite, lowest: piece.tokens.lowerBound)
        return start < finite ? subject(of: start..<piece.tokens.upperBound, sharing: verb) : nil
      }
      // `that` after a verb opens a clause of its own (`mentioned that the revenue …`), not a
      // relative clause.
      let opensContent = tagged.isWord(piece.tokens.lowerBound, "that")
        && [.verb, .aux].contains(tagged.upos(piece.tokens.lowerBound - 1))
      guard let first = firstWord(of: piece.tokens) else { return nil }
      // A list goes on inside a subordinate clause when no comma closes it (`after lawmakers
      // defied the cordon and voted`); after a comma it may be the main clause's (`because she
      // was naive, and found out`) or the subordinate's: no subject is given.
      if tagged.has(first - 1, .subordinator) && !tagged.isWord(first - 1, "that") {
        guard !tagged.has(piece.tokens.upperBound, .comma) else { return nil }
        return subject(of: first..<piece.tokens.upperBound, sharing: verb)
      }
      // A participle set off between a subject and its verb is passed over as a relative clause
      // is (`The probe, | named Halcyon, | was launched in 2019 | and reached`), and so is a phrase
      // set off between the predicates (`became president in 1992, | in the first free election,
      // | and served two terms`).
      if piece.role == .relative && !opensContent || isSetOffParticiple(index, in: segments) || tagged.isBracketed(piece.tokens) {
        passedClause = true
        continue
      }
      if isSetOffPhrase(piece.tokens) { continue }
      if tagged.isFiniteVerb(first) {
        guard piece.role == .main else { return nil }
        // A report set off after its speaker (`Ada Voss, the chief executive, | said demand
        // recovered in May | and fell in April`) gives the list the subject of what it says.
        if let reported = reportedSubject(after: first, in: first..<piece.tokens.upperBound, sharing: verb) {
          return reported
        }
        passedClause = false
        passedPredicate = true
        continue
      }
      // A noun phrase before a relative clause is the subject when a predicate of the list
      // followed it (`The lender, which …, cut 300 jobs and closed`), not when the verb after it
      // is the first (`Yoon, 63, a former prosecutor who …, had not made`).
      if isSubjectPhrase(first..<piece.tokens.upperBound) {
        if passedClause { return passedPredicate ? firstOfAppositives(ending: index, in: segments) : nil }
        continue
      }
      // What `that` reports in the past perfect is passed over for its reporter (`continuesReporter`).
      let opening = tagged.sentences[Int(sentence)].tokens.lowerBound
      if tagged.isWord(piece.tokens.lowerBound, "that"), let finite = piece.tokens.first(where: { tagged.isFiniteVerb($0) }),
        let reporter = (opening..<piece.tokens.lowerBound).last(where: { tagged.upos($0) == .verb }),
        continuesReporter(reporter, reported: finite, subject: first..<finite, continuation: verb)
      {
        continue
      }
      return subject(of: first..<piece.tokens.upperBound, sharing: verb)
    }
    return nil
  }

  /// Whether the list ends inside `tokens`, a predicate that goes on after `and` or `but` with a
  /// finite verb of its own, no comma between (`employs 41,000 people | and reported record
  /// sales`).
  private func endsListInside(_ tokens: Range<Int>) -> Bool {
    // Verbs of their own, no auxiliaries they share (`would end in June and be moved`).
    guard tagged.upos(tokens.lowerBound) == .verb else { return false }
    return tokens.dropFirst().contains { index in
      guard tagged.isWord(index, "and") || tagged.isWord(index, "but"), !tagged.has(index - 1, .comma) else { return false }
      var verb = index + 1
      while verb < tokens.upperBound, tagged.upos(verb) == .adv { verb += 1 }
      return verb < tokens.upperBound && tagged.isFiniteVerb(verb) && tagged.upos(verb) == .verb
    }
  }

  /// Whether `tokens` is a phrase set off before a comma that opens with a preposition and holds
  /// no finite verb: `in the first free election,`.
  private func isSetOffPhrase(_ tokens: Range<Int>) -> Bool {
    tagged.upos(tokens.lowerBound) == .adp && tagged.has(tokens.upperBound, .comma) && !tokens.contains { tagged.isFiniteVerb($0) }
  }

  /// The first of the noun phrases in apposition that ends with `segments[last]` (`ScreamMyName` in
  /// `ScreamMyName, a deep web user, …`; an age between is passed over).
  private func firstOfAppositives(ending last: Int, in segments: [Segment]) -> Range<Int> {
    var first = last
    var index = last - 1
    while index >= 0, tagged.sentenceOf[segments[index].tokens.lowerBound] == tagged.sentenceOf[segments[last].tokens.lowerBound],
      segments[index].role == .main
    {
      let tokens = segments[index].tokens
      if tokens.count == 1, tagged.upos(tokens.lowerBound) == .num {
        index -= 1
        continue
      }
      guard isSubjectPhrase(tokens) else { break }
      first = index
      index -= 1
    }
    return segments[first].tokens
  }

  /// The subject of the clause `tokens` opens with, or of the clause its verb takes as its
  /// object (`heard he moved`, `said that the firm cut`), with the auxiliaries that clause's verb
  /// shares with `continuation`; a continuation that itself takes a clause, or that a modal of
  /// the reported clause could not govern, goes on from the first verb (`said the rain would
  /// reach …, and warned that …`, `said the bridge would reopen …, and closed the road`).
  private func subject(of tokens: Range<Int>, sharing continuation: Int) -> Range<Int>? {
    guard let main = tokens.first(where: { tagged.isFiniteVerb($0) }), main > tokens.lowerBound else { return nil }
    // An adverb before the verb is its predicate's (`The bank first raised …`), not shared.
    var end = main
    while end > tokens.lowerBound + 1, tagged.upos(end - 1) == .adv { end -= 1 }
    let isSubject = isTitledSubjectPhrase(tokens.lowerBound..<end) || isNameList(tokens.lowerBound..<end)
    // A speaker named in apposition (`The treasurer, Nia Roberts, said`) leads no list of its
    // own, but what it reports may.
    guard isSubject || isApposition(tokens.lowerBound..<end) else { return nil }
    if let reported = reportedSubject(after: main, in: tokens, sharing: continuation) { return reported }
    guard isSubject else { return nil }
    let shared = sharedAuxiliaries(after: main, in: tokens, with: continuation)
    return tokens.lowerBound..<(shared == main ? end : shared)
  }

  /// Whether `range` is a subject noun phrase, perhaps opened by a capitalized title word the
  /// tagger read as an adjective: `Chief executive Ada Voss`.
  private func isTitledSubjectPhrase(_ range: Range<Int>) -> Bool {
    var opening = range.lowerBound
    while opening < range.upperBound - 1, tagged.upos(opening) == .adj, tagged.isCapitalizedWord(opening) { opening += 1 }
    return isSubjectPhrase(opening..<range.upperBound)
  }

  /// Whether `range` is a list of names joined by commas and a last `and` or `or`, perhaps with a
  /// comma written after it: `Ian Vale, Colin Marsh and Derek Shaw,`.
  private func isNameList(_ range: Range<Int>) -> Bool {
    range.contains { tagged.has($0, .comma) } && range.contains { tagged.isWord($0, "and") || tagged.isWord($0, "or") }
      && range.allSatisfy { tagged.isCapitalizedWord($0) || tagged.upos($0) == .cconj || tagged.has($0, .comma) }
  }

  /// Whether `range` is noun phrases in apposition set off by commas, perhaps with an age: `The
  /// treasurer, Nia Roberts,`, `Ada Voss, 54,`.
  private func isApposition(_ range: Range<Int>) -> Bool {
    var parts: [Range<Int>] = []
    var start = range.lowerBound
    for index in range where tagged.has(index, .comma) {
      parts.append(start..<index)
      start = index + 1
    }
    if start < range.upperBound { parts.append(start..<range.upperBound) }
    return parts.count > 1 && parts.allSatisfy { part in
      part.count == 1 && tagged.upos(part.lowerBound) == .num || isTitledSubjectPhrase(part)
    }
  }

  /// The subject of the clause that the verb at `main` reports (`said | demand recovered in
  /// May`, `heard that | the firm moved money`), with the auxiliaries its verb shares with
  /// `continuation`, when the list goes on from that clause: nil when `main` takes no clause,
  /// the continuation takes one itself, a modal of the reported clause could not govern it
  /// (`said the bridge would reopen …, and closed the road`) or its past perfect does not
  /// (`found the dam had cracked, and closed the road`).
  private func reportedSubject(after main: Int, in tokens: Range<Int>, sharing continuation: Int) -> Range<Int>? {
    guard takesClause(main), !takesClause(continuation),
      let reported = ((main + 1)..<tokens.upperBound).first(where: { verb in
        guard tagged.isFiniteVerb(verb) else { return false }
        let start = phraseStart(before: verb, lowest: main + 1)
        return start < verb && (start == main + 1 || tagged.isWord(start - 1, "that"))
          && isSubjectPhrase(start..<verb)
      }),
      !isModal(reported) || tagged.isWrittenAsLemma(continuation)
    else { return nil }
    let start = phraseStart(before: reported, lowest: main + 1)
    guard !continuesReporter(main, reported: reported, subject: start..<reported, continuation: continuation) else { return nil }
    return start..<sharedAuxiliaries(after: reported, in: tokens, with: continuation)
  }

  /// Whether the verb at `index` may take a clause as its object: a speech or cognition verb, or
  /// one of hearing, seeing and finding out (`The court heard he moved money`).
  private func takesClause(_ index: Int) -> Bool {
    guard tagged.upos(index) == .verb else { return false }
    if tagged.has(index, [.speechVerb, .cognitionVerb]) { return true }
    return ["hear", "learn", "see", "find", "show", "know"].contains(tagged.lemma(index))
  }

  /// Where the auxiliaries that the verb group at `start` shares with the verb at `continuation`
  /// end (`start` when it shares none): a perfect or passive goes on in a past participle (`had
  /// devastated …, and sustained`, `will be closed …, and sold`), a modal in a base form (`would
  /// be tempted …, and be`); a negation or `do` is not shared, nor a passive `be` with an active
  /// verb that takes an object (`was started by …, and launched the store`).
  private func sharedAuxiliaries(after start: Int, in tokens: Range<Int>, with continuation: Int) -> Int {
    // A continuation with a modal of its own shares none: `could reopen …, and may hire`.
    if isModal(continuation) { return start }
    var end = start
    var verb = start
    while verb < tokens.upperBound, [.aux, .adv].contains(tagged.upos(verb)) {
      if tagged.upos(verb) == .aux { end = verb + 1 }
      verb += 1
    }
    guard end > start, verb < tokens.upperBound, tagged.upos(verb) == .verb,
      !(start..<end).contains(where: { tagged.lemma($0) == "do" || tagged.upos($0) == .adv })
    else {
      return start
    }
    // A present told in its own person shares none: `is backdated …, and runs until 2028`.
    if tagged.isThirdPersonPresent(continuation) { return start }
    if tagged.isWrittenAsLemma(continuation) {
      var modals = start
      while modals < end, !["be", "have"].contains(tagged.lemma(modals)) { modals += 1 }
      return modals
    }
    // A modal alone goes on only in a base form: `would reach …, and warned` shares nothing.
    guard tagged.upos(continuation) == .verb, (start..<end).contains(where: { ["be", "have"].contains(tagged.lemma($0)) })
    else { return start }
    let takesObject = [.det, .noun, .propn, .pron, .num].contains(tagged.upos(continuation + 1))
    guard tagged.lemma(end - 1) == "be" else { return end }
    return takesObject || tellsChangeOfItsOwn(continuation) ? start : end
  }

  /// Whether the token at `index` is a modal (`would`, `can`): what goes on from it is a base form.
  private func isModal(_ index: Int) -> Bool {
    tagged.upos(index) == .aux && !["be", "have", "do"].contains(tagged.lemma(index))
  }

  /// Where the noun phrase ending right before `verb` starts, not before `lowest`.
  private func phraseStart(before verb: Int, lowest: Int) -> Int {
    var start = verb
    while start > lowest, isPhraseWord(start - 1) { start -= 1 }
    while start < verb, [.adp, .part, .cconj].contains(tagged.upos(start)) { start += 1 }
    return start
  }

  /// Whether `range` is a noun phrase that can be a subject: a name, a pronoun, or a determiner,
  /// quantifier, noun or count (`Two men`, `most of the cuts`) with what may follow it in a noun
  /// phrase (a possessive too: `the date of his hearing`), ending in a noun, a name or a number.
  private func isSubjectPhrase(_ range: Range<Int>) -> Bool {
    guard !range.isEmpty, range.count <= 10, let last = range.last,
      [.det, .noun, .propn, .pron].contains(tagged.upos(range.lowerBound)) || tagged.isNounReadAsVerb(range.lowerBound)
        || tagged.has(range.lowerBound, .quantifier) && tagged.isLowercaseWord(range.lowerBound)
        || tagged.upos(range.lowerBound) == .num && range.count > 1 && tagged.timeOf[range.lowerBound] < 0
        || tagged.isOpeningNounReadAsVerb(range.lowerBound),
      !tagged.has(range.lowerBound, [.relative, .question])
    else {
      return false
    }
    if range.count == 1 { return tagged.upos(last) != .det }
    return [.noun, .propn, .num].contains(tagged.upos(last))
      && range.dropFirst().allSatisfy { isPhraseWord($0) && (tagged.upos($0) != .pron || tagged.has($0, .determiner)) }
  }

  /// Whether the token may stand inside a noun phrase: `the world’s most-sold MP3 player`.
  private func isPhraseWord(_ index: Int) -> Bool {
    if tagged.has(index, [.closeSingle, .straightSingle, .hyphen]) { return true }
    if tagged.upos(index) == .part { return tagged.isWord(index, "s") }
    if tagged.isNounReadAsVerb(index) { return true }
    return tagged.timeOf[index] < 0 && [.det, .noun, .propn, .adj, .num, .adp, .cconj, .pron].contains(tagged.upos(index))
  }

  /// Whether something follows the verb at `verb` besides adverbs and particles: an object, a
  /// complement or a time (`closed two branches`, not a bare `saw`), and not a question (`can I`).
  private func hasComplement(after verb: Int, in tokens: Range<Int>) -> Bool {
    if tagged.upos(verb) == .aux, tagged.upos(verb + 1) == .pron { return false }
    return ((verb + 1)..<tokens.upperBound).contains {
      ![.adv, .punct, .adp, .part, .sconj, .cconj].contains(tagged.upos($0))
    }
  }

  /// The first word of `tokens` past conjunctions, `that` and adverbs.
  private func firstWord(of tokens: Range<Int>) -> Int? {
    tokens.first { index in
      ![.cconj, .sconj, .adv].contains(tagged.upos(index)) && !tagged.has(index, .comma)
    }
  }
}
