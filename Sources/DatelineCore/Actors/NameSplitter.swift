/// Cuts one run of capitalized words into name candidates: strips leading function words
/// (`The`, `Such`), splits off titles (`Supreme Leader Ayatollah | Ali Khamenei`,
/// `Apple | CEO | Steve Jobs`), a leading acronym before a longer name (`IRGC | Quds Force`, but
/// not a country's before its institution: `UK Health Security Agency`) and
/// leading nationality adjectives before a name of its own (`Norwegian | Magnus Carlsen`).
struct NameSplitter {
  let tagged: TaggedText
  /// The titles the document shows without the lexicon's help (`Taoiseach`).
  let roleWords: DefiniteRoleWords
  /// The nationalities the document makes of its places (`Norvanian`).
  let demonyms: DocumentDemonyms

  /// Appends the candidates of the run `run` to `found`.
  func split(_ run: Range<Int>, modifier: Bool, into found: inout [NameCandidate]) {
    var lower = run.lowerBound
    var end = run.upperBound
    while lower < end, isStrippable(lower) || lower + 1 < end && isOpeningAdverb(lower) || isOpeningAdjective(lower, end: end),
      !(lower + 2 == end && tagged.isWord(lower + 1, "?")),
      !opensNameInRunningText(lower, run: run)
    {
      lower += 1
    }
    guard lower < end, !isShoutedPhrase(lower..<end) else { return }
    // `Simon Price KC`, `Jane Holt MP`: letters after a person's name are no part of it.
    while NameShapeEvidence.isPostNominal(end - 1, tagged), wordCount(lower..<(end - 1)) >= 2,
      tagged.isCapitalizedWord(end - 2), !tagged.tokens[end - 2].flags.contains(.allUpper),
      !tagged.has(end - 2, [.kindNoun, .companyHead])
    {
      end -= 1
    }
    // `the Duke of Sussex`: the title names its holder, and the place is part of the name.
    if isTitleOfPlace(lower..<end) {
      emit(lower..<end, runStart: run.lowerBound, modifier: modifier, into: &found)
      return
    }
    // `The Taoiseach said`: a role, whose holder the role resolver finds.
    if end - lower == 1, roleWords.isRoleAfterThe(lower, in: tagged) { return }
    if let person = personAfterTitleComplement(lower..<end) {
      if !TitleWords(tagged: tagged).areTitleWords(lower..<person) {
        emit(lower..<person, runStart: run.lowerBound, modifier: false, into: &found)
      }
      lower = person
    }
    if tagged.tokens[lower].flags.contains(.allUpper), wordCount(lower + 1..<end) >= 2, !isWholeTitle(lower..<(lower + 1)),
      !(NameFinder.isNationAcronym(lower, tagged) && hasInstitutionHead(lower..<end)),
      !(tagged.has(lower + 1, .hyphen) && tagged.isGlued(lower + 1))
    {
      emit(lower..<(lower + 1), runStart: run.lowerBound, modifier: false, into: &found)
      lower += 1
    } else if let initials = initialsAlias(at: lower, end: end),
      wordCount(initials.upperBound..<end) >= 2 || isSurnameOfEarlierPerson(initials.upperBound..<end, in: found)
    {
      emit(initials, runStart: run.lowerBound, modifier: false, into: &found)
      lower = initials.upperBound
    }
    var position = lower
    while position < end {
      if let title = titleRange(at: position, end: end, nameStart: lower) ?? unlistedTitle(at: position, in: lower..<end)
        ?? documentTitle(at: position, in: lower..<end)
      {
        if title.range.upperBound == end, isSurname(title.range, after: lower..<position) {
          emit(lower..<end, runStart: run.lowerBound, modifier: modifier, into: &found)
          return
        }
        var affiliation = stripDemonyms(lower..<title.range.lowerBound)
        if let person = leadingPerson(of: affiliation) {
          emit(person, runStart: run.lowerBound, modifier: false, into: &found)
          affiliation = person.upperBound..<affiliation.upperBound
        }
        if !affiliation.isEmpty, !TitleWords(tagged: tagged).areTitleWords(affiliation) {
          emit(affiliation, runStart: run.lowerBound, modifier: false, into: &found)
        }
        guard title.range.upperBound < end else { return }
        lower = title.range.upperBound
        if endsInTitle(lower..<end) {
          split(lower..<end, modifier: modifier, into: &found)
          return
        }
        var candidate = NameCandidate(tokens: lower..<end)
        candidate.title = title.range
        candidate.titleKind = title.kind
        emit(candidate, runStart: run.lowerBound, modifier: modifier, into: &found)
        return
      }
      position += 1
    }
    let name = stripDemonyms(lower..<end)
    guard !name.isEmpty, !isWholeTitle(name) else {
      if isDemonymReference(lower..<end) {
        var candidate = NameCandidate(tokens: lower..<end)
        candidate.isDemonymReference = true
        emit(candidate, runStart: run.lowerBound, modifier: false, into: &found)
      }
      return
    }
    emit(name, runStart: run.lowerBound, modifier: modifier, into: &found)
  }

  /// A nationality in the singular alone after `the` before a comma, a period, a speech verb or an
  /// auxiliary, standing for a person: `the Norwegian, 48,`, `the Norwegian said`, `the Norwegian
  /// was appointed`; not `the Norwegian government`,
  /// `the Iraqi state`, `the British and Irish immigrants`, nor a people (`the Europeans`).
  private func isDemonymReference(_ range: Range<Int>) -> Bool {
    guard range.count == 1, tagged.isWord(range.lowerBound - 1, "the"), !tagged.endsWith(range.lowerBound, "s")
    else { return false }
    let next = range.upperBound
    if tagged.has(next, [.comma, .period, .terminal]) { return true }
    return tagged.isLowercaseWord(next) && (tagged.has(next, .speechVerb) || tagged.upos(next) == .aux)
      && [.verb, .aux].contains(tagged.usualTag(next))
  }

  /// A given name and the word after it at the front of an affiliation of two words more
  /// (`Steve Jobs | Apple Computer` before `CEO`): a person's name run into the organization a
  /// title names, as when a caption runs into the text.
  private func leadingPerson(of affiliation: Range<Int>) -> Range<Int>? {
    let start = affiliation.lowerBound
    guard affiliation.count >= 4, tagged.has(start, .givenName), tagged.tokens[start + 1].kind == .word,
      !tagged.has(start + 1, .givenName), wordCount(start + 2..<affiliation.upperBound) >= 2
    else { return nil }
    return start..<(start + 2)
  }

  private func emit(_ tokens: Range<Int>, runStart: Int, modifier: Bool, into found: inout [NameCandidate]) {
    emit(NameCandidate(tokens: tokens), runStart: runStart, modifier: modifier, into: &found)
  }

  private func emit(_ candidate: NameCandidate, runStart: Int, modifier: Bool, into found: inout [NameCandidate]) {
    guard wordCount(candidate.tokens) > 0 else { return }
    // What is left after a title cut out of a run is no name when it opens on a joining word
    // (`and Cabinet` from `Department of the Prime Minister and Cabinet`).
    let first = candidate.tokens.lowerBound
    if tagged.isLowercaseWord(first), tagged.has(first, [.conjunction, .connector, .determiner]) { return }
    // One letter alone names nothing: an initial (`Bradner, S.`), a variable or a grade (`O(n)`);
    // nor does a unit or a common thing split off a name it opened (`TV` of `TV Presenter Ana Holt`).
    if candidate.title == nil, candidate.tokens.count == 1, tagged.tokens[first].kind == .word,
      tagged.tokens[first].length == 1 || tagged.has(first, .calendar)
    {
      return
    }
    var candidate = candidate
    candidate.isModifier = modifier
    candidate.isPossessive = tagged.isPossessive(after: candidate.tokens.upperBound)
    candidate.isInitialSingleWord =
      candidate.tokens.lowerBound == runStart && candidate.title == nil
      && tagged.isSentenceInitial(runStart) && wordCount(candidate.tokens) == 1
      && !candidate.tokens.contains { tagged.tokens[$0].kind == .number }
      && !(isMarkedName(candidate.tokens) && isNameBeforeVerb(candidate.tokens))
    found.append(candidate)
  }

  /// Whether the name ends in a `!` or `?` of its own (`Yahoo!`).
  private func isMarkedName(_ range: Range<Int>) -> Bool {
    tagged.isWord(range.upperBound - 1, "!") || tagged.isWord(range.upperBound - 1, "?")
  }

  /// Whether a word the tagger reads as a name (or a function word) opens the name, and a verb of
  /// speech or another finite verb follows it: `Yahoo! reported`, `Which? said` are names even at the start of a
  /// sentence, not `Deranged? deranged is it?`.
  private func isNameBeforeVerb(_ range: Range<Int>) -> Bool {
    let first = range.lowerBound
    guard tagged.upos(first) == .propn || tagged.has(first, .functionWord) else { return false }
    return tagged.has(range.upperBound, .speechVerb) || tagged.isFiniteVerb(range.upperBound)
  }

  /// A run written in capitals with a preposition or subordinator of four letters or more inside
  /// (`EMBARGOED UNTIL`, `UPDATED FROM`): a line of notice shouted in capitals, not a name; short
  /// connectors (`BANK OF AMERICA`) and acronyms are left alone.
  private func isShoutedPhrase(_ range: Range<Int>) -> Bool {
    range.contains { index in
      let token = tagged.tokens[index]
      return token.kind == .word && token.flags.contains(.allUpper) && token.length >= 4
        && tagged.has(index, [.preposition, .subordinator, .conjunction]) && !tagged.has(index, .connector)
    }
  }

  /// A capitalized function word at the front of a run: `The`, `Such`, `If` (not `US`, not `Al`),
  /// or an adjective that only describes the actor named after it: `Rival`, `Troubled`.
  private func isStrippable(_ index: Int) -> Bool {
    tagged.has(index, [.functionWord, .descriptor]) && !tagged.tokens[index].flags.contains(.allUpper)
      && !tagged.has(index, .particle) && tagged.tokens[index].kind == .word && !tagged.isModelCode(index)
  }

  /// A sentence adverb written with a capital only because it opens its sentence (`Traditionally
  /// New Zealanders have excelled`, `Unsurprisingly Harlow Rail raised`): a word in `-ly` of seven
  /// letters or more that the tagger's training text knows as an adverb, or one it does not know
  /// with an adverb's ending (`-ingly`, `-edly`, `-ously`; not `-ally`: `McNally`). Shorter ones
  /// open names (`Daily Mail`, `Only Connect`); one before a participle is part of a heading's
  /// phrase (`Frequently Asked Questions`).
  private func isOpeningAdverb(_ index: Int) -> Bool {
    guard index == tagged.sentences[Int(tagged.sentenceOf[index])].tokens.lowerBound, tagged.endsWith(index, "ly"),
      tagged.tokens[index].range.count >= 7, !tagged.isCamelCase(index), !tagged.endsWith(index + 1, "ed")
    else { return false }
    switch tagged.usualTag(index) {
    case .adv: return true
    case nil: return Self.adverbEndings.contains { tagged.endsWith(index, $0) }
    default: return false
    }
  }

  /// Endings that make an adverb of an adjective or a participle.
  private static let adverbEndings: [StaticString] = ["ingly", "edly", "ously", "ively", "fully", "ably", "ibly", "ically"]

  /// Whether the capitalized preposition at `index` opens the run after a lowercase word: in
  /// running text only a name writes one so (`said Per Olsen`, `according to Per Olsen`).
  private func opensNameInRunningText(_ index: Int, run: Range<Int>) -> Bool {
    index == run.lowerBound && tagged.has(index, .preposition)
      && !tagged.has(index, [.determiner, .pronoun, .conjunction, .subordinator]) && tagged.isLowercaseWord(index - 1)
      && wordCount(run) >= 2
  }

  func wordCount(_ range: Range<Int>) -> Int {
    var count = 0
    for index in range where tagged.tokens[index].kind == .word { count += 1 }
    return count
  }

  /// The run without its leading nationality adjectives, when two words or more remain; empty
  /// when the run is only such adjectives (`Iraqi`, `Iraqi Shiite`). Only a person's name, an
  /// acronym's or a name the lexicons know loses them (`Norwegian | Magnus Carlsen`); before other capitalized
  /// words they open an institution's name (`European Central Bank`, `Cuban American National
  /// Foundation`).
  func stripDemonyms(_ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    while lower < range.upperBound, let length = demonymLength(at: lower, limit: range.upperBound) {
      lower += length
    }
    if lower == range.upperBound { return lower..<lower }
    if lower > range.lowerBound, !isPersonOrKnownName(lower..<range.upperBound) { return range }
    lower = range.lowerBound
    while lower < range.upperBound, let length = demonymLength(at: lower, limit: range.upperBound) {
      let rest = (lower + length)..<range.upperBound
      if wordCount(rest) < 2 && !isOnlyDemonyms(rest) { break }
      lower += length
    }
    return lower..<range.upperBound
  }

  /// The words of the nationality at `index` (`Iraqi`, `North Korean`), or of a region's people
  /// named by a word of direction before a nationality (`West African`, `Central Asian`); nil
  /// when none starts there.
  private func demonymLength(at index: Int, limit: Int) -> Int? {
    if tagged.has(index, .demonymStart), let match = tagged.match(tagged.lexicon.demonyms, at: index, limit: limit) {
      return match.length
    }
    if demonyms.isDemonym(index, in: tagged) { return 1 }
    guard index + 1 < limit, tagged.isCapitalizedWord(index), NameShapeEvidence.isAreaWord(index, tagged),
      tagged.has(index + 1, .demonymStart), let match = tagged.match(tagged.lexicon.demonyms, at: index + 1, limit: limit)
    else { return nil }
    return match.length + 1
  }

  /// A name opening on a given name or an acronym (`Swiss | AG Nordal`), shaped like a person's,
  /// or one the lexicons hold whole.
  private func isPersonOrKnownName(_ range: Range<Int>) -> Bool {
    let start = range.lowerBound
    if tagged.has(start, .givenName) || tagged.tokens[start].flags.contains(.allUpper)
      || NameShapeEvidence.isPersonLikeName(range, tagged)
    {
      return true
    }
    let lexicon = tagged.lexicon
    let end = range.upperBound
    return tagged.match(lexicon.knownActors, at: start, limit: end)?.length == range.count
      || tagged.match(lexicon.aliases, at: start, limit: end)?.length == range.count
      || tagged.match(lexicon.capitals, at: start, limit: end)?.length == range.count
  }

  private func isOnlyDemonyms(_ range: Range<Int>) -> Bool {
    guard let match = tagged.match(tagged.lexicon.demonyms, at: range.lowerBound, limit: range.upperBound) else {
      return false
    }
    return match.length == range.count
  }
}
