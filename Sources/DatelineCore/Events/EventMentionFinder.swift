/// Finds the event mentions of one sentence, segment by segment: a verb that carries an event,
/// a clause with a date, a noun phrase with its own date, and definite references to events told
/// before. Dates of opening adverbials (`In May 2020,`) go to the clause after them.
struct EventMentionFinder {
  let tagged: TaggedText
  let actors: DocumentActors
  let scan: QuoteScan
  let pronouns: PronounResolver

  /// The mentions of `sentence`, in text order. `recentGroup` is the group last found as the
  /// subject of an event (with its sentence); it is updated here.
  func mentions(in sentence: Sentence, recentGroup: inout (sentence: Int, actor: Int)?) -> [EventMention] {
    let index = Int(tagged.sentenceOf[sentence.tokens.lowerBound])
    if let recent = recentGroup, index - recent.sentence > 1 { recentGroup = nil }
    guard tellsOfEvents(sentence) else { return [] }
    let segments = SegmentSplitter(tagged: tagged).segments(of: sentence)
    let reader = TriggerReader(tagged: tagged)
    let anchors = EventAnchorFinder(tagged: tagged)
    let clauseActors = EventActors(tagged: tagged, actors: actors, pronouns: pronouns, quotes: scan)
    let summarizer = EventSummarizer(tagged: tagged, actors: actors)
    var found: [EventMention] = []
    var carried: (time: Int, from: Int)?
    for (position, segment) in segments.enumerated() {
      let range = segment.tokens
      let quoted = scan.isQuoted(range.lowerBound)
      var objects: [Int] = []
      let verb = eventVerb(in: range, reader: reader, objects: &objects)
      var consumed: [Int] = []
      for noun in range where isFreeNoun(noun, objects) {
        let plural = reader.isPlural(noun)
        let kind = tagged.infos[noun].eventKind ?? .other
        if let time = reader.nounPhraseDate(of: noun), tagged.times[time].value.interval != nil {
          consumed.append(time)
          found.append(EventMention(origin: .datedNoun, kind: kind, date: .expression(time), tokens: phrase(of: noun),
                                    trigger: noun, isPlural: plural, summary: nil, actors: []))
        } else if reader.isDefinite(noun) {
          found.append(EventMention(origin: .reference, kind: kind, date: nil, tokens: phrase(of: noun),
                                    trigger: noun, isPlural: plural, summary: nil, actors: []))
        }
      }
      var date = anchors.times(in: range).first.map(EventMention.DateSource.anchored)
      let time = times(in: range).first { !consumed.contains($0) }
      if date == nil, let time { date = .expression(time) }
      var evidence = range
      if segment.role == .leading, verb == nil {
        if let time { carried = (time, range.lowerBound) }
        continue
      }
      if date == nil, let pending = carried, segment.role == .main {
        date = .expression(pending.time)
        evidence = pending.from..<range.upperBound
      }
      if segment.role == .main { carried = nil }
      guard verb != nil || date != nil, !(quoted && date == nil) else { continue }
      let subject = clauseActors.subject(of: position, in: segments, sentence: sentence, recentGroup: recentGroup?.actor)
      if let actor = subject?.actor, [.group, .organization].contains(actors.actors[actor].kind) {
        recentGroup = (index, actor)
      }
      let subjectSegment = subject?.tokens.flatMap { tokens in segments.firstIndex { $0.tokens.contains(tokens.lowerBound) } }
      let between = subjectSegment.map { $0 < position ? segments[($0 + 1)..<position].map(\.tokens) : [] } ?? []
      let participles = segments[(position + 1)...].prefix { $0.role == .participle || isName($0) }.map(\.tokens)
      let guess = nearestKind(to: range, in: sentence)
      let kind = verb?.kind ?? guess.kind
      let origin: EventMention.Origin = verb != nil ? .verb : guess.isSolid || isAbout(segment, guess) ? .datedSolid : .dated
      found.append(
        EventMention(
          origin: origin, kind: kind, date: date, tokens: evidence,
          trigger: verb?.token ?? range.lowerBound, isPlural: verb?.isPlural ?? false,
          summary: summarizer.summary(of: segment, in: segments, position: position, subject: subject?.tokens),
          actors: clauseActors.actors(
            in: range, extra: between + participles, subject: subject?.actor, recentGroup: recentGroup?.actor)))
    }
    return found.sorted { $0.trigger < $1.trigger }
  }

  /// The first event verb of a segment, with its kind (a light verb's object gives the kind).
  private func eventVerb(
    in range: Range<Int>, reader: TriggerReader, objects: inout [Int]
  ) -> (token: Int, kind: Event.Kind, isPlural: Bool)? {
    for index in range where tagged.has(index, [.triggerVerb, .lightVerb]) && reader.isEventVerb(index) {
      if tagged.has(index, .lightVerb), let object = reader.object(ofLightVerb: index, limit: range.upperBound) {
        objects.append(object)
        return (index, tagged.infos[object].eventKind ?? .other, reader.isPlural(object))
      }
      if tagged.has(index, .triggerVerb) { return (index, tagged.infos[index].eventKind ?? .other, false) }
    }
    return nil
  }

  /// Whether a sentence has anything an event mention starts from: an event word or a date.
  private func tellsOfEvents(_ sentence: Sentence) -> Bool {
    let flags: WordFlags = [.triggerVerb, .triggerNoun, .lightVerb]
    for index in sentence.tokens where tagged.timeOf[index] >= 0 || !tagged.infos[index].flags.isDisjoint(with: flags) {
      return true
    }
    return false
  }

  private func isFreeNoun(_ index: Int, _ objects: [Int]) -> Bool {
    tagged.has(index, .triggerNoun) && tagged.isLowercaseWord(index) && tagged.timeOf[index] < 0 && !objects.contains(index)
  }

  /// The noun phrase ending at `noun`: back over its modifiers to its determiner, if any.
  private func phrase(of noun: Int) -> Range<Int> {
    var start = noun
    while start > 0, noun - start < 5 {
      let previous = start - 1
      if tagged.has(previous, .determiner) { return previous..<(noun + 1) }
      let isModifier = (tagged.tokens[previous].kind == .word && !tagged.has(previous, .functionWord))
        || tagged.timeOf[previous] >= 0 || tagged.has(previous, WordFlags.quoteMark)
      guard isModifier, !tagged.isWord(previous, "s") || !tagged.has(previous - 1, [.closeSingle, .straightSingle]) else { break }
      start = previous
    }
    return start..<(noun + 1)
  }

  /// The dated temporal expressions inside `range`.
  private func times(in range: Range<Int>) -> [Int] {
    var result: [Int] = []
    for index in range {
      let time = Int(tagged.timeOf[index])
      guard time >= 0, result.last != time, tagged.times[time].value.interval != nil,
        tagged.times[time].kind == .date || tagged.times[time].kind == .time
      else { continue }
      result.append(time)
    }
    return result
  }

  /// The kind of the event word nearest to `range` (in it, else in the rest of the sentence),
  /// where that word is, and whether it lies inside `range`.
  private func nearestKind(to range: Range<Int>, in sentence: Sentence) -> (kind: Event.Kind, token: Int?, isSolid: Bool) {
    var best: (distance: Int, kind: Event.Kind, token: Int)?
    for index in sentence.tokens {
      guard let kind = tagged.infos[index].eventKind, kind != .other, tagged.isLowercaseWord(index) else { continue }
      let distance = range.contains(index) ? 0 : min(abs(index - range.lowerBound), abs(index - range.upperBound)) + 1
      if distance < best?.distance ?? Int.max { best = (distance, kind, index) }
    }
    guard let best else { return (.other, nil, false) }
    return (best.kind, best.token, best.distance == 0)
  }

  /// Whether a relative clause is about the noun phrase that holds the event word:
  /// `the popular grassroots protest movement that began in October 2019`.
  private func isAbout(_ segment: Segment, _ guess: (kind: Event.Kind, token: Int?, isSolid: Bool)) -> Bool {
    guard segment.role == .relative, let token = guess.token, token < segment.tokens.lowerBound else { return false }
    return (token..<segment.tokens.lowerBound).allSatisfy { tagged.tokens[$0].kind == .word && !tagged.has($0, .preposition) }
  }

  /// Whether a segment is nothing but a name: an apposition (`…, Mustafa Al-Kadhimi, …`).
  private func isName(_ segment: Segment) -> Bool {
    actors.mentions(in: segment.tokens).first?.tokens == segment.tokens
  }
}
