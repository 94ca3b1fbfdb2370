/// The shape of a clause: whether it names its subject, opens with one, or runs on into the
/// main clause's verb.
extension EventSummarizer {
  /// Whether a subordinate clause set off by no comma runs into the main clause in `range`: a
  /// second finite verb after a name or noun, with only names and nouns between (`After the case
  /// closed Apple Computer CEO Steve Jobs extended …`).
  func runsIntoMainClause(_ range: Range<Int>) -> Bool {
    guard let first = range.first(where: { tagged.isFiniteVerb($0) && !tagged.isCompoundModifier($0) && !isPremodifier($0) })
    else { return false }
    var word = first + 1
    while word < range.upperBound, [.propn, .noun, .det, .adj, .num].contains(tagged.upos(word)) { word += 1 }
    return word > first + 1 && word < range.upperBound && tagged.isFiniteVerb(word)
      && [.propn, .noun].contains(tagged.upos(word - 1))
  }

  /// Whether the preposition at `start`, which opens `segment` and may be a subordinator, opens
  /// a clause that ends at `end`: an `as` before a noun phrase and its verb (`, as ballots from the
  /// valleys were added`), unless that is a noun and its participle; or any of them before a
  /// subject pronoun and its verb when the segment is set off before its main clause (`As I
  /// walked home, …`, `Before you leave, …`), and no other pronoun and finite verb follow in it
  /// (`After I reported the bugs they decided …` runs into its main clause).
  func opensOwnClause(_ segment: Segment, at start: Int, end: Int) -> Bool {
    guard start == segment.tokens.lowerBound else { return false }
    if tagged.isWord(start, "as"), tagged.opensClauseAfterPreposition(start, anyPreposition: true),
      reducedRelativeLead(start..<end) == nil
    {
      return true
    }
    return segment.role == .leading && tagged.upos(start + 1) == .pron && [.verb, .aux].contains(tagged.upos(start + 2))
      && !((start + 3)..<end).contains { tagged.upos($0) == .pron && tagged.isFiniteVerb($0 + 1) }
  }

  /// Whether the relative word at `index` follows a noun phrase (past a comma), not a verb: a
  /// word after a determiner or a noun is a noun even when the tagger read it as an adjective
  /// (`The fine, which …`, `the wheat harvest, which …`), and so is the last word of a name
  /// (`Tessel Medical, which …`).
  func followsNoun(_ index: Int) -> Bool {
    var previous = index - 1
    if tagged.has(previous, .comma) { previous -= 1 }
    if tagged.upos(previous) == .adj {
      if tagged.isCapitalizedWord(previous), actors.mentions(in: max(0, previous - 8)..<(previous + 1)).last?.tokens.upperBound == previous + 1 {
        return true
      }
      // An adjective after a determiner stands for a noun, also one that closes a compound (`the
      // 24-year-old, who scored …`).
      var first = previous
      while first >= 2, tagged.has(first - 1, .hyphen), tagged.isGlued(first - 1), tagged.isGlued(first) { first -= 2 }
      if tagged.upos(first - 1) == .det || tagged.isNounReadAsAdjective(previous) { return true }
    }
    return [.noun, .propn, .num, .pron].contains(tagged.upos(previous))
  }

  /// Whether the words at `index`, past adverbs, open with a subject of their own: a pronoun, a
  /// name, a noun or a determiner (`he delivered`, `the court read`), a noun the tagger read as
  /// a verb (`which regulators blocked`), or a noun after adjectives (`which chief executive
  /// Ada Voss blamed`).
  func opensWithSubject(_ index: Int) -> Bool {
    var first = index
    while tagged.upos(first) == .adv || tagged.isIntensifier(first) { first += 1 }
    // A noun right before a determiner is a verb the tagger took for a noun: `that limits the`.
    if tagged.upos(first) == .noun, tagged.upos(first + 1) == .det { return false }
    if tagged.isNounReadAsVerb(first) { return true }
    if tagged.upos(first) == .adj {
      while tagged.upos(first) == .adj { first += 1 }
      return [.propn, .noun].contains(tagged.upos(first)) && !tagged.isFiniteVerb(first)
    }
    return [.pron, .propn, .noun, .det, .num].contains(tagged.upos(first))
  }

  /// Whether the words in `range` name something the clause can be about before its first verb:
  /// a noun, name, pronoun or number (`after the case closed Jobs wrote`), not a verb first
  /// (`used in its tablet`, `to be released`, `are now two models`).
  func namesSubject(_ range: Range<Int>) -> Bool {
    for index in range {
      switch tagged.upos(index) {
      // A reflexive pronoun only stresses the word before it: `who herself reached`.
      case .pron where tagged.isIntensifier(index): continue
      case .noun, .propn, .pron, .num: return true
      // A noun the tagger read as a verb: `demand recovered`.
      case .verb where tagged.isNounReadAsVerb(index): return true
      // A participle after a determiner is an adjective: `the announced closure`.
      case .verb where index > range.lowerBound && tagged.upos(index - 1) == .det: continue
      case .verb where index + 1 < range.upperBound && isPremodifier(index): continue
      case .verb where opensTitle(index, in: range): continue
      case .verb, .aux, .part: return false
      default: continue
      }
    }
    return false
  }

  /// Whether the verb at `index` is a past participle before the noun it describes, after a
  /// number, determiner or adjective (`four masked men`), or one in `-ing` opening a subordinate
  /// clause whose noun a verb with an object follows (a noun the tagger read for one too: `when
  /// rising costs hit profits`); not a verb before its object (`when visiting friends,`, `as well
  /// as making phone calls.`).
  private func isPremodifier(_ index: Int) -> Bool {
    guard tagged.upos(index + 1) == .noun, tagged.isLowercaseWord(index) else { return false }
    guard tagged.endsWith(index, "ing") else { return [.num, .det, .adj].contains(tagged.upos(index - 1)) }
    return tagged.has(index - 1, .subordinator) && tagged.isLowercaseWord(index + 2)
      && (tagged.isFiniteVerb(index + 2) || tagged.upos(index + 2) == .noun)
      && tagged.isLowercaseWord(index + 3) && tagged.sentenceOf[index + 3] == tagged.sentenceOf[index]
  }

  /// Whether a capitalized participle opens a title, a few capitalized words before its title
  /// word: `Acting Assistant Attorney General`, `Outgoing President`.
  func opensTitle(_ index: Int, in range: Range<Int>) -> Bool {
    guard tagged.isCapitalizedWord(index) else { return false }
    for next in (index + 1)..<min(range.upperBound, index + 4) {
      guard tagged.isCapitalizedWord(next) else { return false }
      if tagged.has(next, [.titleStart, .officeStart]) { return true }
    }
    return false
  }
}
