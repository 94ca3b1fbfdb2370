/// Writes an event's one-line summary from its clause: the clause as written, with a subject
/// brought in from earlier in the sentence when the clause starts with its verb, a relative
/// clause led by what it is about, a bare report (`officials said`) led by what was said, and
/// openers such as `meanwhile` or `that` dropped.
struct EventSummarizer {
  let tagged: TaggedText
  let actors: DocumentActors

  /// Summaries longer than this are cut at a word and end in `…`.
  static let maximumLength = 160

  /// The summary of `segment`, whose inherited subject (if any) is named by `subject` or, for a
  /// later predicate of a list, is the noun phrase `coordinated` (`coordinatedSubject`), and
  /// whether it names who or what the clause is about: a clause that starts with its verb and
  /// finds no subject (`dubbed a retina display`, `have been purchased`) is a fragment.
  func summary(
    of segment: Segment, in segments: [Segment], position: Int, subject: Range<Int>?, coordinated: Range<Int>?
  ) -> (text: String, hasSubject: Bool) {
    // The second part of a quotation its report cuts in two is told with the first.
    if let whole = continuedQuotation(of: segment, at: position, in: segments) { return (Self.finished(whole), true) }
    var start = segment.tokens.lowerBound
    var end = reportEnd(of: segment, at: position, in: segments) ?? complementEnd(of: segment, at: position, in: segments)
    let joinedTail = joinedReportTail(of: segment, at: position, in: segments, end: &end)
    var lead: String?
    // A relative clause with a subject of its own (`the post that Ada wrote`) describes its noun
    // and tells no event unless it is dated; one without (`the movement that began …`) is led by
    // its noun. `that` after a verb (`said that Ada left`) opens what was said: the clause itself.
    var describesNoun = false
    if segment.role == .relative {
      if tagged.has(start, .preposition) {
        start += 2
      } else {
        if tagged.isWord(start, "that") || tagged.isWord(start, "which") || tagged.isWord(start, "who")
          || tagged.isWord(start, "whom"),
          followsNoun(start)
        {
          if opensWithSubject(start + 1) {
            // One that runs on into the main clause's verb is inside its subject: the sentence is
            // told whole (`The pairing that rivals have offered since 2021 is still missing`).
            if position > 0, !segments[position - 1].tokens.contains(where: { tagged.isFiniteVerb($0) }),
              tagged.runsIntoMainVerb((start + 1)..<segment.tokens.upperBound),
              let noun = antecedent(before: segment.tokens.lowerBound, previous: segments[position - 1])
            {
              lead = noun + " " + tagged.string(tokens: start..<(start + 1))
            } else {
              // Told alone, it is its own clause with its noun as the object: `which the
              // mayor presented in March` → `The mayor presented the budget in March`. One set
              // off by a comma tells something new of its noun, an event; one without only
              // picks the noun out (`the plan that Ada wrote`).
              let previous = position > 0 ? segments[position - 1] : nil
              if let told = objectRelativeSummary(relative: start, end: end, previous: previous) {
                return (Self.finished(told), tagged.has(start - 1, .comma))
              }
              describesNoun = true
            }
          } else if !tagged.isWord(start, "whom") {
            lead = relativeAntecedent(
              of: segment, previous: position > 0 ? segments[position - 1] : nil,
              next: position + 1 < segments.count ? segments[position + 1] : nil)
          }
        } else if tagged.isWord(start, "whose"), followsNoun(start),
          let noun = antecedent(before: start, previous: position > 0 ? segments[position - 1] : nil)
        {
          // `whose` tells of what its noun owns (`a facility whose crew was murdered` → `A
          // facility's crew was murdered`); inside the subject, with no comma, it only picks
          // the noun out (`A man whose name was not released was arrested`).
          lead = possessive(noun, endingAt: start - (tagged.has(start - 1, .comma) ? 2 : 1))
          describesNoun = !tagged.has(start - 1, .comma) && position > 0
            && !segments[position - 1].tokens.contains(where: { tagged.isFiniteVerb($0) })
        }
        start += 1
      }
    }
    // A clause after a quotation starts with its closing mark and comma (`…,” Orton told`); one
    // after a dateline with its dash (`LONDON (Reuters) - …`).
    while start < end, tagged.has(start, [.closeDouble, .closeSingle, .straightDouble, .comma, .dash, .hyphen]) {
      start += 1
    }
    // An opening adverb or conjunction is left out, but not the first word of a compound
    // (`First-team coach Sandra Olsen`), nor a negation, which turns the clause round (`trips
    // that never took place`).
    while start < end, tagged.has(start, [.adverb, .conjunction]), !tagged.has(start, .negation), tagged.timeOf[start] < 0,
      tagged.isLowercaseWord(start) || start == segment.tokens.lowerBound,
      !tagged.has(start, [.personPronoun, .groupPronoun]),
      !(tagged.has(start + 1, .hyphen) && tagged.isGlued(start + 1))
    {
      start += 1
    }
    // An attribution's `to` goes with its `according`, left out above: `according to a report
    // published on Monday` tells of the report.
    if start < end, start > segment.tokens.lowerBound, tagged.isWord(start, "to"), tagged.isWord(start - 1, "according") {
      start += 1
    }
    // An absolute phrase tells a circumstance of the clause it hangs on (`, with gusts of up to
    // 180km/h recorded at Cape Finisterre`): without its `with`, and no event unless dated.
    let isAbsolute = start == segment.tokens.lowerBound && isAbsolutePhrase(start..<end)
    if isAbsolute { start += 1 }
    // A subordinate clause reads as the clause it is (`When Jobs first introduced the phone` →
    // `Jobs first introduced the phone`); prepositions such as `after` keep their place unless a
    // clause follows them (`since he assumed office`, `after hackers stole`).
    // An opening `as` and a clause set off before its main clause may open one too (`opensOwnClause`).
    if start + 1 < end, tagged.has(start, .subordinator),
      !tagged.has(start, .preposition) || tagged.opensClauseAfterPreposition(start) || opensOwnClause(segment, at: start, end: end),
      namesSubject((start + 1)..<end),
      !runsIntoMainClause((start + 1)..<end)
    {
      start += 1
    }
    // A subject a few words before the clause is kept with those words, as written (`Samus,
    // after a long fight, discovered …`); one further off is brought in front of the clause. A
    // later predicate of a list has the subject of the first, brought in front when the words
    // between tell another time (`The lender cut 300 jobs in May, | closed two branches in June
    // | and sold its insurance arm in July`): a summary tells one dated event.
    var from = start
    if lead == nil, position > 0, let phrase = describedNounPhrase(of: start, after: segments[position - 1]) {
      from = phrase.lowerBound
    }
    // A participle of speech set off after its clause tells what the clause's subject said:
    // `, saying it would save 50 million` → `The airline said it would save 50 million`.
    if lead == nil, from == start,
      let speaking = speakingParticipleLead(of: segment, position: position, in: segments, subject: subject)
    {
      lead = speaking
      start += 1
      from = start
    }
    // A noun phrase after a preposition with a past participle after it tells what happened to
    // it: `In a video posted by the club on Monday` → `A video was posted by the club on Monday`.
    if lead == nil, from == start, !isAbsolute, let reduced = reducedRelativeLead(start..<end) {
      lead = reduced.lead
      start = reduced.participle
      from = start
    }
    if lead == nil, from == start, start < end, startsWithVerb(start), let phrase = coordinated {
      // Words between that tell another time or another predicate (`cut 300 jobs, | closed`)
      // are left out: the subject is brought in front.
      let tellsOther = (phrase.upperBound..<start).contains { tagged.timeOf[$0] >= 0 || tagged.upos($0) == .verb }
      if isNear(phrase, start, end: end) && !tellsOther { from = phrase.lowerBound } else {
        lead = told(phrase, leading: 0)
      }
    }
    // A report set off between the subject and its verb leads the clause it tells: `Officers, |
    // Mia Kvist said, | had been told` → `Mia Kvist said officers had been told`.
    if lead == nil, from == start, let reported = interposedReportLead(of: position, in: segments) {
      lead = reported
    }
    if lead == nil, from == start, let subject, subject.upperBound <= segment.tokens.lowerBound {
      // The name's determiner goes with it: `The Norwegian, 48, was appointed`, `The Ing invaded
      // the planet | and killed` → `The Ing killed`.
      let opensWithDeterminer = subject.lowerBound > 0 && tagged.upos(subject.lowerBound - 1) == .det
        && tagged.sentenceOf[subject.lowerBound - 1] == tagged.sentenceOf[subject.lowerBound]
      // A name that modifies a noun after it leads with that noun: `The Energy Control project, …,
      // had already` → `The Energy Control project had already`, not `The Energy Control`.
      var head = subject.upperBound
      while head < start, head < subject.upperBound + 2, tagged.upos(head) == .noun, tagged.isLowercaseWord(head) { head += 1 }
      let named = (opensWithDeterminer ? subject.lowerBound - 1 : subject.lowerBound)..<head
      // A name in apposition is kept with the noun phrase it names (`Its chief executive,
      // Martin Oyelaran, said`), or brought in front without its commas; so are two joined
      // (`Two developers who paid him, Roy Staines and Kevin Dorr, were`).
      let joined = withJoinedName(subject, ofAnyKind: true)
      if isAppositive(joined, clause: start) {
        if let apposition = appositionStart(of: joined), isNear(apposition..<joined.upperBound, start, end: end) {
          from = apposition
        } else {
          lead = tagged.string(tokens: titledStart(of: joined)..<joined.upperBound)
        }
      } else if isNear(subject, start, end: end), !setsOffOtherTime(subject.upperBound..<start),
        !followsOtherPredicate(subject.upperBound..<start, clause: segment.tokens) {
        // The noun whose phrase the name ends goes with it: `Shares in Corvel Systems, which …,
        // fell` tells of the shares.
        if let head = headedPhrase(of: subject), isNear(head, start, end: end) {
          from = head.lowerBound
        } else {
          from = named.lowerBound
        }
      } else {
        lead = tagged.string(tokens: headedPhrase(of: subject) ?? headPhrase(of: withJoinedName(named)))
      }
    }
    if lead == nil, from == start, start < end, startsWithVerb(start),
      let phrase = nounPhrases(before: position, in: segments)
    {
      // Words set off between that tell another time are left out: a summary tells one dated
      // event (`The bridge, opened in 1932, | will close in May` → `The bridge will close …`).
      let tellsOther = (phrase.all.upperBound..<start).contains { tagged.timeOf[$0] >= 0 }
      if isNear(phrase.all, start, end: end) && !tellsOther { from = phrase.all.lowerBound } else {
        lead = tagged.string(tokens: phrase.first)
      }
    }
    if lead == nil, from == start, start < end, startsWithVerb(start),
      let phrase = reportedSubject(before: position, in: segments)
    {
      lead = tagged.string(tokens: phrase)
    }
    // A passive infinitive after a noun tells what is planned for it: `the Zap operating system,
    // to be released in mid-2011` (an active one mostly tells a purpose: `, to paint pictures`).
    if lead == nil, from == start, position > 0, tagged.isWord(start, "to"), tagged.isWord(start + 1, "be"),
      tagged.upos(start + 2) == .verb,
      let phrase = trailingNounPhraseWithOf(of: withoutTrailingTime(segments[position - 1].tokens))
    {
      lead = tagged.string(tokens: phrase)
    }
    // A past participle opening the sentence tells what happened to the main clause's subject:
    // `Born in Utrecht in 1933, she studied …` → `She was born in Utrecht in 1933`. It stays a
    // fragment for what makes an event (`Based on this design, we …` tells none unless dated).
    var opensWithParticiple = false
    if lead == nil, from == start, start == segment.tokens.lowerBound,
      let phrase = participleOpenerSubject(of: segment, position: position, in: segments)
    {
      lead = participleOpenerLead(phrase)
      opensWithParticiple = true
    }
    if lead == nil, let participleLead = setOffParticipleLead(from: from, segment: segment, in: segments, position: position) {
      lead = participleLead
      from = segment.tokens.lowerBound
      opensWithParticiple = true
    }
    // A clause cut inside brackets closes them when its end is their closing bracket (`three
    // elders (one from each village)`), else ends before them (`a task state (Claimed`).
    if let open = unclosedBracket(in: from..<end), open > start {
      end = tagged.has(end, .closeParen) && unclosedBracket(in: from..<(end + 1)) == nil ? end + 1 : open
    }
    if let second = secondThat(of: segment, before: end) { end = second }
    guard start < end else { return (Self.finished(lead ?? tagged.string(tokens: segment.tokens)), lead != nil) }
    var body: String
    // A name in apposition after the clause's last noun is told with it (`…, Teresa Gallo`), so
    // the clause is kept whole before it.
    // One before a finite verb is that clause's subject (`who was treated during the strike, |
    // Rosa Kemp, | said`).
    let apposed = position + 1 < segments.count && tagged.upos(end - 1) == .noun && tagged.isLowercaseWord(end - 1)
      && !(position + 2 < segments.count && tagged.isFiniteVerb(segments[position + 2].tokens.lowerBound)
        && tagged.has(segments[position + 1].tokens.lowerBound - 1, .comma))
      ? appositiveName(segments[position + 1]) : nil
    if let tail = joinedTail ?? (end == segment.tokens.upperBound ? reportTail(of: segment, at: position, in: segments) : nil) {
      body = tagged.string(tokens: from..<end) + " " + tagged.string(tokens: tail)
    } else if end == segment.tokens.upperBound,
      let content = contentAfterThat(of: segment, at: position, in: segments)
        ?? contentAfterOpeningPhrase(of: segment, at: position, in: segments)
    {
      let head = tagged.string(tokens: from..<end)
      body = head + " " + told(content, leading: (lead.map { $0.utf8.count + 1 } ?? 0) + head.utf8.count + 1)
    } else if end == segment.tokens.upperBound, let quotation = quotationAfterThat(of: segment) {
      body = tagged.string(tokens: from..<end) + " " + tagged.string(tokens: quotation)
    } else if apposed != nil {
      body = tagged.string(tokens: from..<end)
    } else {
      body = told(from..<end, leading: lead.map { $0.utf8.count + 1 } ?? 0)
    }
    if isAbsolute, from == start, let clause = absoluteClause(start..<end, hangingOn: position > 0 ? segments[position - 1].tokens : nil) {
      body = clause
    }
    if opensWithParticiple, let byte = body.utf8.first, byte >= 0x41 && byte <= 0x5A {
      body = String(decoding: [byte + 0x20] + body.utf8.dropFirst(), as: UTF8.self)
    }
    var hasSubject = !isAbsolute && (lead != nil && !opensWithParticiple || from < start || namesSubject(start..<end))
    // A speaker kept with the words before the clause (`the union (NUM) | said`) is part of
    // the report.
    let reportPosition = from == start ? position : segments.firstIndex { $0.tokens.contains(from) } ?? position
    if lead == nil, tagged.has(end + 1, [.openDouble, .straightDouble]),
      tagged.has(end, .colon) || tagged.has(end, .comma) && !followsQuotation(start),
      let sentenceEnd = openedQuotationEnd(after: end),
      let report = isBareReport(start..<end) ? from : setOffReportStart(in: start..<end), !startsWithVerb(report)
    {
      // A report that opens a quotation after a colon or a comma is told with the quotation's
      // first sentence, without a phrase set off before it: `Edwards said: “Brightwave knew about
      // the weakness and did nothing.` After a comma, one that follows a quotation (which it may
      // cut in two) is told as the report alone. One too long to keep whole leaves out what is
      // set off inside the report, and the quotation is cut where it runs past `maximumLength`:
      // the report alone (`Mara Lind, the council's spokeswoman, said`) tells nothing.
      body = reportWithQuotation(report: report, mark: end, quotationEnd: sentenceEnd)
      hasSubject = true
    } else if lead == nil, reportPosition > 0, segment.role == .main, isBareReport(from..<end),
      let told = bareReportBody(report: from..<end, position: reportPosition, in: segments)
    {
      body = told
      hasSubject = true
    }
    if let name = apposed, position + 2 >= segments.count || appositiveName(segments[position + 2]) == nil {
      body += ", " + name
    }
    return (Self.finished(lead.map { $0 + " " + body } ?? body), hasSubject && !describesNoun)
  }
}
