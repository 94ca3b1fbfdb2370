/// A report set after what it tells (`Harlow Rail closed its depot on Monday, officials said`):
/// one event, the happening as its source tells it.
extension EventMentionFinder {
  /// Whether `statement`, the mention of a bare report that is the main clause `segment` and
  /// ends its sentence, is folded into the mention of the clause told before it that starts
  /// first (`found`: a main clause, not a relative clause inside it), which then is the one
  /// event of the two: of its own kind and date (the report's when it has none: `…, officials
  /// said on Tuesday`), its speaker among its actors unless a group (`officials`, `residents`:
  /// they would join unrelated happenings), told with the report's summary when that tells it
  /// (holds its word of the happening: `…, officials said`). Apart, the sentence gave the same
  /// happening twice, the second time as a statement dated by the story. A report of a time of
  /// its own stays apart (`…, the council said on Thursday`), as do a quotation before it (`“…,”
  /// said Orton`: the statement tells it), a clause a semicolon or dash sets apart, and a report
  /// set inside its sentence (`…, Kaplan says, is always consistent`). The mention keeps its
  /// own words, which the report's quote holds: the quote backs the event. A finding told so is
  /// such a report (`…, figures showed`), and a time inside its speaker's phrase (`figures
  /// published last week showed`) tells when the source came out, not when the report was
  /// made: it neither keeps the report apart nor dates the happening. A relative clause set
  /// inside what was told (`Pike, who led the council from 2012 until 2019, spent …`) is no
  /// clause the report tells: it stays an event of its own and of its own date, and the happening
  /// is told without it, with its report (`Pike spent the money on a villa, the court heard`): a
  /// summary tells one dated event.
  func foldsTrailingReport(
    _ statement: EventMention, segment: Segment, segments: [Segment], into found: inout [EventMention]
  ) -> Bool {
    guard segment.role == .main, statement.origin == .verb, segment.tokens.contains(statement.trigger),
      statement.kind == .statement && tagged.isFiniteVerb(statement.trigger)
        || summarizer.reportVerb(in: segment.tokens).map(tagged.isFiniteVerb) == true
    else { return false }
    let sentence = tagged.sentences[Int(tagged.sentenceOf[segment.tokens.lowerBound])].tokens
    let told = sentence.lowerBound..<segment.tokens.lowerBound
    guard !told.isEmpty, (segment.tokens.upperBound..<sentence.upperBound).allSatisfy({ tagged.tokens[$0].kind != .word }),
      !told.contains(where: { tagged.isQuotationMark($0) || scan.isQuoted($0) }),
      let target = found.indices.filter({ index in
        told.contains(found[index].trigger) && found[index].kind != .statement
          && ![.datedNoun, .reference].contains(found[index].origin)
          && !isInRelativeClause(found[index].trigger, segments: segments)
      }).min(by: { found[$0].tokens.lowerBound < found[$1].tokens.lowerBound }),
      !(found[target].trigger..<segment.tokens.lowerBound).contains(where: { isClauseBreak($0) }),
      summarizer.isBareReport(segment.tokens)
    else { return false }
    let reportDate = statement.date.flatMap { isOfSpeakerPhrase($0, in: segment.tokens) ? nil : $0 }
    if let own = reportDate, let told = found[target].date, own != told { return false }
    var event = found[target]
    let holdsDatedRelative = segments.contains { part in
      part.role == .relative && told.contains(part.tokens.lowerBound) && part.tokens.contains { tagged.timeOf[$0] >= 0 }
    }
    if holdsDatedRelative, let own = event.summary {
      event.summary = own + ", " + tagged.string(tokens: segment.tokens)
    } else if let summary = statement.summary,
      summary.split(whereSeparator: { !$0.isLetter }).contains(Substring(tagged.string(tokens: event.trigger..<(event.trigger + 1))))
    {
      event.summary = summary
    }
    for actor in statement.actors where !event.actors.contains(actor) && actors.actors[actor].kind != .group {
      event.actors.append(actor)
    }
    if event.date == nil { event.date = reportDate }
    found[target] = event
    return true
  }

  /// Whether `date` is a time told before the verb of report `range`, in its speaker's phrase.
  private func isOfSpeakerPhrase(_ date: EventMention.DateSource, in range: Range<Int>) -> Bool {
    guard case .expression(let time) = date, let verb = summarizer.reportVerb(in: range) else { return false }
    let tokens = tagged.tokens(ofTime: time)
    return range.contains(tokens.lowerBound) && tokens.upperBound <= verb
  }

  /// Whether token `index` lies in a relative clause among `segments` (in text order).
  private func isInRelativeClause(_ index: Int, segments: [Segment]) -> Bool {
    var low = 0
    var high = segments.count
    while low < high {
      let middle = (low + high) / 2
      if segments[middle].tokens.upperBound <= index { low = middle + 1 } else { high = middle }
    }
    return low < segments.count && segments[low].tokens.contains(index) && segments[low].role == .relative
  }

  /// Whether token `index` is a semicolon, colon or dash that sets a clause apart; not the colon
  /// of a clock time or a score (`at 4:40 a.m.`, `won 3:1`).
  private func isClauseBreak(_ index: Int) -> Bool {
    tagged.has(index, [.semicolon, .colon, .dash]) && tagged.timeOf[index] < 0 && tagged.upos(index) != .num
  }
}
