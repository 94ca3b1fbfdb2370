/// Bare reports told after what they report (`…, negotiators said`): where what was said
/// starts, and how the summary tells the two together.
extension EventSummarizer {
  /// The summary of a bare report told after what it reports (`…, negotiators said`): what was
  /// said from where `reportedStart` finds it, with the report at the end; led by the report when
  /// that would run past a summary's length (`Negotiators said talks on … collapsed …`), what
  /// was said then told without a subordinate clause trailing after it (`adjunctEnd`) and without a
  /// participle's phrase after its subject, and shortened as a clause is (`shortened`). Nil when
  /// the report reads better as written.
  func bareReportBody(report: Range<Int>, position: Int, in segments: [Segment]) -> String? {
    guard let reported = reportedStart(before: position, in: segments, report: report) else { return nil }
    if let joined = splitQuotationBody(first: reported, report: report) { return joined }
    // A quotation that opened in an earlier sentence is told from its opening mark, so that the
    // summary reads as what was said (`“We tried letters. Now we try tractors,” said Rui Matos`),
    // or with an ellipsis after that mark when the whole is too long for a summary.
    if let opening = quotationOpening(before: reported) {
      guard tagged.byteRange(opening..<report.upperBound).count > Self.maximumLength else {
        return told(opening..<report.upperBound, leading: 0)
      }
      return tagged.string(tokens: opening..<(opening + 1)) + "…" + tagged.string(tokens: reported..<report.upperBound)
    }
    guard tagged.byteRange(reported..<report.upperBound).count > Self.maximumLength, !leansOnEarlierWords(reported)
    else {
      return told(reported..<report.upperBound, leading: 0)
    }
    var first = reported
    while first < report.lowerBound, tagged.has(first, [.comma, .dash, .hyphen]) { first += 1 }
    var content = report.lowerBound
    while content > first, tagged.has(content - 1, [.comma, .dash, .hyphen]) { content -= 1 }
    content = adjunctEnd(of: first..<content, leading: tagged.byteRange(report).count + 1)
    // What was said is told after the report that now leads without a participle's phrase after
    // its subject (`astronomers using the Halden telescope have found`), then shortened as a
    // clause is.
    let lead = tagged.string(tokens: report)
    var said = tagged.string(tokens: first..<content)
    if let (participle, verb) = subjectParticiple(in: first..<content) {
      let subject = tagged.string(tokens: first..<participle)
      said = subject + " " + told(verb..<content, leading: lead.utf8.count + subject.utf8.count + 2)
    }
    return lead + " " + afterLead(said, opening: first)
  }

  /// `said`, whose first word is at `first`, told after a report that now leads it: in lower case
  /// unless it opens with a name or `I` (`the union said officers …`, `… said Norvale had …`).
  func afterLead(_ said: String, opening first: Int) -> String {
    let opensWithName = tagged.upos(first) == .propn || tagged.isWord(first, "I") || opensName(at: first)
    return opensWithName ? said : said.prefix(1).lowercased() + said.dropFirst()
  }

  /// The participle in `-ing` right after the noun phrase opening `range` and the finite verb
  /// that ends its phrase (`astronomers | using the Halden telescope | have found`); nil when a
  /// punctuation mark, a time or another verb stands between, or the phrase runs past `asideReach`.
  private func subjectParticiple(in range: Range<Int>) -> (participle: Int, verb: Int)? {
    guard let participle = range.first(where: { [.verb, .aux].contains(tagged.upos($0)) }), participle > range.lowerBound,
      tagged.upos(participle) == .verb, tagged.endsWith(participle, "ing"), tagged.isLowercaseWord(participle),
      [.noun, .propn].contains(tagged.upos(participle - 1)),
      let verb = ((participle + 1)..<min(range.upperBound, participle + Self.asideReach)).first(where: {
        [.verb, .aux].contains(tagged.upos($0))
      }),
      tagged.isFiniteVerb(verb),
      !(participle..<verb).contains(where: { tagged.timeOf[$0] >= 0 || tagged.tokens[$0].kind == .punctuation })
    else { return nil }
    return (participle, verb)
  }

  /// Where what a bare report tells starts: the segment before it; the start of the sentence when
  /// that segment is the end of a quotation cut by a comma (`Such an attack “does not proceed
  /// if Tehran does not want it to,” said Orton`) or opens with a verb, going on after a relative
  /// clause or adding a participle (`The novelist, whose books sold well, has died, her publisher
  /// said`; `She died at home, surrounded by her family, her agent said`). Nil when a quotation too
  /// long for a summary is told by a speaker named first (`“…,” Orton told Arab News`, not `he
  /// said`): the report reads better as written than a quotation cut in the middle. A segment
  /// that cannot stand alone (`after the parties failed to agree`, `on who should control the
  /// ministry`), as a phrase with no verb of a clause cannot (`the highest ever recorded`), is
  /// told from the sentence's start when that fits in a summary, else from the
  /// nearest segment before it that opens a clause (not a participle or a relative clause), and
  /// then led by the report.
  private func reportedStart(before position: Int, in segments: [Segment], report: Range<Int>) -> Int? {
    let previous = segments[position - 1].tokens.lowerBound
    let sentence = tagged.sentences[Int(tagged.sentenceOf[previous])].tokens.lowerBound
    let fits = tagged.byteRange(sentence..<report.upperBound).count <= Self.maximumLength
    if (previous..<report.lowerBound).contains(where: { tagged.has($0, [.closeDouble, .straightDouble]) }) {
      if fits { return sentence }
      let namesSpeaker = report.prefix { tagged.upos($0) != .verb }.contains { [.propn, .noun].contains(tagged.upos($0)) }
      return namesSpeaker ? nil : previous
    }
    guard sentence < previous, !startsWithVerb(previous) else { return sentence }
    // A phrase with no verb set off after a clause tells more of it (`Temperatures reached 41C on
    // Tuesday, | the highest ever recorded, | the agency said`): it says nothing alone.
    // So does a relative clause (`…at the plant, | which Harl Agrochem runs, | officials said`).
    guard leansOnEarlierWords(previous) || segments[position - 1].role == .relative
      || !holdsClauseVerb(segments[position - 1].tokens)
    else { return previous }
    if fits { return sentence }
    var earlier = position - 1
    // A participle set off before it opens no clause either: `…, pricing shares at the top of
    // its range, | and is set to debut on Thursday, | two sources said`.
    while earlier > 0, segments[earlier].tokens.lowerBound > sentence,
      leansOnEarlierWords(segments[earlier].tokens.lowerBound) || [.participle, .relative].contains(segments[earlier].role)
        || startsWithVerb(segments[earlier].tokens.lowerBound)
        || !holdsClauseVerb(segments[earlier].tokens)
    {
      earlier -= 1
    }
    return segments[earlier].tokens.lowerBound
  }

  /// Whether `tokens` hold a verb that makes them a clause: a finite verb, but not a participle
  /// after an adjective or a determiner, past adverbs (`the highest ever recorded in the country`,
  /// `the most ever measured`).
  private func holdsClauseVerb(_ tokens: Range<Int>) -> Bool {
    tokens.contains { index in
      guard tagged.isFiniteVerb(index) else { return false }
      var before = index - 1
      while before > tokens.lowerBound, tagged.upos(before) == .adv { before -= 1 }
      return !(tagged.upos(index) == .verb && before >= tokens.lowerBound && [.adj, .det].contains(tagged.upos(before)))
    }
  }

  /// The opening mark of a quotation that `start`, the start of a sentence, stands inside of:
  /// the nearest quotation mark before it in its paragraph (within `quotationReach` tokens), when
  /// that opens a quotation (a curly opening mark, or a straight one with an even number of
  /// straight marks before it in the paragraph).
  private func quotationOpening(before start: Int) -> Int? {
    let paragraph = tagged.sentences[Int(tagged.sentenceOf[start])].paragraph
    let lowest = max(0, start - Self.quotationReach)
    func inParagraph(_ index: Int) -> Bool {
      index >= lowest && tagged.sentences[Int(tagged.sentenceOf[index])].paragraph == paragraph
    }
    var index = start - 1
    while inParagraph(index), !tagged.has(index, [.openDouble, .closeDouble, .straightDouble]) { index -= 1 }
    guard inParagraph(index), !tagged.has(index, .closeDouble) else { return nil }
    guard tagged.has(index, .straightDouble) else { return index }
    var earlier = index - 1
    var marks = 0
    while inParagraph(earlier) {
      if tagged.has(earlier, .straightDouble) { marks += 1 }
      earlier -= 1
    }
    // Cut off by the reach inside the paragraph, the count of marks says nothing.
    let cutOff = earlier >= 0 && tagged.sentences[Int(tagged.sentenceOf[earlier])].paragraph == paragraph
    return cutOff || !marks.isMultiple(of: 2) ? nil : index
  }

  /// How far back, in tokens, the opening of a quotation is looked for.
  private static let quotationReach = 600

  /// Whether the segment starting at `first` opens with a preposition, a subordinator, a
  /// conjunction or an adverb before a preposition and so cannot stand alone as a summary (`after
  /// the parties failed to agree`, `on who should control the ministry`, `and cover school fees`,
  /// `down from 51% in May`). A capitalized preposition before a number opens a subject's
  /// amount (`About 300 dock workers walked out`), not a phrase.
  private func leansOnEarlierWords(_ first: Int) -> Bool {
    if tagged.has(first, .preposition), !tagged.isLowercaseWord(first), tagged.upos(first + 1) == .num { return false }
    return tagged.has(first, [.preposition, .subordinator, .conjunction])
      || tagged.upos(first) == .adv && tagged.has(first + 1, .preposition)
  }

  /// Verbs that report what a study or an inquiry found, told after it as speech is: `Females
  /// bred less, the team found`.
  private static let findingVerbs: Set<String> = [
    "find", "conclude", "show", "estimate", "calculate", "discover", "decide", "judge", "determine",
  ]

  /// The speech or finding verb of report `range` (`showed` in `figures published last week
  /// showed`), past a participle that tells of its speaker; nil when it has none.
  func reportVerb(in range: Range<Int>) -> Int? {
    guard let verb = range.first(where: { tagged.upos($0) == .verb && !isParticipleAfterSpeaker($0, in: range) }),
      tagged.has(verb, .speechVerb) || Self.findingVerbs.contains(tagged.lemma(verb))
    else { return nil }
    return verb
  }

  /// Whether a clause is nothing but a report whose words stand before it: a speaker, a speech (or finding)
  /// verb, perhaps its time or channel, and after `told` its listener (`officials said`, `said
  /// Jobs`, `data from the exchange showed`, `the national survey said on Sunday`, `the ministry
  /// said in a statement`, `Orton told Arab News`). An object after any other verb is what was said (`announced new laptops`).
  func isBareReport(_ range: Range<Int>) -> Bool {
    guard let verb = reportVerb(in: range) else { return false }
    let speakerWords: Set<UPOS> = [.propn, .noun, .pron, .det, .adj, .num, .part, .punct]
    let hasSpeaker = (range.lowerBound..<verb).contains { tagged.tokens[$0].kind == .word }
    // A speaker's name may hold `of` and be followed by its short form in brackets: `the
    // National Union of Mineworkers (NUM) said`.
    var inBrackets = false
    var nounSeen = false
    for word in range.lowerBound..<verb {
      if tagged.has(word, .openParen) { inBrackets = true }
      if tagged.has(word, .closeParen) { inBrackets = false }
      // A speaker's noun may have a phrase of its own: `data from LSEG`, `two people with
      // knowledge of the talks`.
      let opensPhrase = tagged.upos(word) == .adp && nounSeen
      let isParticiple = nounSeen && tagged.upos(word) == .verb
      guard inBrackets || speakerWords.contains(tagged.upos(word)) || tagged.isWord(word, "of") || opensPhrase || isParticiple
      else { return false }
      if tagged.upos(word) == .noun || tagged.upos(word) == .propn { nounSeen = true }
    }
    var index = verb + 1
    if !hasSpeaker || tagged.lemma(verb) == "tell" {
      while index < range.upperBound, speakerWords.contains(tagged.upos(index)), tagged.timeOf[index] < 0 { index += 1 }
    }
    // What may follow: times, adverbs and phrases opened by a preposition.
    var inPhrase = false
    for word in index..<range.upperBound where tagged.timeOf[word] < 0 {
      switch tagged.upos(word) {
      case .adp: inPhrase = true
      case .adv, .punct: continue
      case .det, .adj, .num, .noun, .propn, .part, .pron: if !inPhrase { return false }
      default: return false
      }
    }
    return true
  }

  /// Whether the capitalized word at `index` opens a name the actor stage found (`Halvorsen
  /// Motors is recalling …`), which the tagger may read as a modifier at the start of a sentence,
  /// or a nationality (`French air traffic controllers will strike`): its capital stays.
  private func opensName(at index: Int) -> Bool {
    guard tagged.isCapitalizedWord(index), tagged.upos(index) != .det else { return false }
    if tagged.has(index, .demonymStart), tagged.match(tagged.lexicon.demonyms, at: index, limit: min(index + 3, tagged.tokens.count)) != nil {
      return true
    }
    return actors.mentions(in: index..<(index + 1)).contains { $0.tokens.lowerBound == index }
  }

  /// Whether the verb at `index` is a participle that tells of the speaker's noun before it, with
  /// only a time, an adverb or phrases opened by a preposition between it and the next verb
  /// (`figures published last week showed`, `a survey carried out by the bank found`): not
  /// followed by an object of its own, as a verb with a subject is (`police arrested two men`).
  private func isParticipleAfterSpeaker(_ index: Int, in range: Range<Int>) -> Bool {
    guard index > range.lowerBound, [.noun, .propn].contains(tagged.upos(index - 1)), !tagged.has(index, .speechVerb)
    else { return false }
    guard tagged.hasParticipleEnding(index) else { return false }
    var inPhrase = false
    for word in (index + 1)..<range.upperBound {
      if tagged.upos(word) == .verb { return word > index + 1 || inPhrase }
      if tagged.timeOf[word] >= 0 { continue }
      switch tagged.upos(word) {
      case .adp: inPhrase = true
      case .adv, .punct, .part: continue
      case .det, .adj, .num, .noun, .propn: if !inPhrase { return false }
      default: return false
      }
    }
    return false
  }

  /// Whether the words of `range` fit in a summary uncut.
  func fitsWhole(_ range: Range<Int>) -> Bool {
    tagged.byteRange(range).count <= Self.maximumLength
  }

  /// Whether a double quotation mark stands in the sentence before `index`, at most
  /// `cutQuotationReach` tokens back: a report there may cut a quotation in two (`“If I see one,”
  /// Kaplan says, “it upsets me.”`). The reach keeps a sentence of thousands of reports from
  /// being read again for each.
  func followsQuotation(_ index: Int) -> Bool {
    let sentence = tagged.sentences[Int(tagged.sentenceOf[index])].tokens
    return (max(sentence.lowerBound, index - Self.cutQuotationReach)..<index).contains {
      tagged.has($0, [.openDouble, .closeDouble, .straightDouble])
    }
  }

  /// How many tokens before a report `followsQuotation` looks for a quotation mark: more than a
  /// sentence of news holds.
  static let cutQuotationReach = 80
}
