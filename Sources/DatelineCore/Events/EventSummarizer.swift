/// Writes an event's one-line summary from its clause: the clause as written, with a subject
/// brought in from earlier in the sentence when the clause starts with its verb, a relative
/// clause led by what it is about, a bare report (`officials said`) led by what was said, and
/// openers such as `meanwhile` or `that` dropped.
struct EventSummarizer {
  let tagged: TaggedText
  let actors: DocumentActors

  /// Summaries longer than this are cut at a word and end in `…`.
  static let maximumLength = 160

  /// The summary of `segment`, whose inherited subject (if any) is named by `subject`.
  func summary(of segment: Segment, in segments: [Segment], position: Int, subject: Range<Int>?) -> String {
    var start = segment.tokens.lowerBound
    let end = segment.tokens.upperBound
    var lead: String?
    if segment.role == .relative {
      if tagged.has(start, .preposition) {
        start += 2
      } else {
        if tagged.isWord(start, "that") || tagged.isWord(start, "which") || tagged.isWord(start, "who") {
          lead = antecedent(before: segment.tokens.lowerBound, previous: position > 0 ? segments[position - 1] : nil)
        }
        start += 1
      }
    }
    // A clause after a quotation starts with its closing mark and comma (`…,” Orton told`).
    while start < end, tagged.has(start, [.closeDouble, .closeSingle, .straightDouble, .comma]) {
      start += 1
    }
    while start < end, tagged.has(start, [.adverb, .conjunction]),
      tagged.isLowercaseWord(start) || start == segment.tokens.lowerBound,
      !tagged.has(start, [.personPronoun, .groupPronoun])
    {
      start += 1
    }
    if lead == nil, let subject, subject.upperBound <= segment.tokens.lowerBound {
      lead = tagged.string(tokens: subject)
    }
    if lead == nil, start < end, startsWithVerb(start) {
      lead = nounPhraseSegment(before: position, in: segments).map { tagged.string(tokens: $0.tokens) }
    }
    guard start < end else { return Self.finished(lead ?? tagged.string(tokens: segment.tokens)) }
    var body = tagged.string(tokens: start..<end)
    if lead == nil, position > 0, segment.role == .main, isBareReport(start..<end) {
      body = tagged.string(tokens: segments[position - 1].tokens.lowerBound..<end)
    }
    if position + 1 < segments.count, let name = appositiveName(segments[position + 1]) { body += ", " + name }
    return Self.finished(lead.map { $0 + " " + body } ?? body)
  }

  /// Whether the clause at `index` starts with its verb (after adverbs): `lasted weeks`.
  private func startsWithVerb(_ index: Int) -> Bool {
    var first = index
    while tagged.upos(first) == .adv { first += 1 }
    return tagged.upos(first) == .verb || tagged.upos(first) == .aux
  }

  /// The nearest earlier segment of the main clause that is a bare noun phrase, past
  /// prepositional phrases: the subject of a clause that starts with its verb, `The last strike`
  /// in `The last strike, in 2019, lasted weeks`.
  private func nounPhraseSegment(before position: Int, in segments: [Segment]) -> Segment? {
    for candidate in segments[..<position].reversed() where candidate.role == .main {
      let tokens = candidate.tokens
      let first = tagged.upos(tokens.lowerBound)
      if first == .adp { continue }
      guard [.det, .propn, .noun, .pron].contains(first),
        !tokens.contains(where: { tagged.upos($0) == .verb || tagged.upos($0) == .aux })
      else { return nil }
      return candidate
    }
    return nil
  }

  /// Whether a clause is nothing but a report whose words stand before it: a speaker and a
  /// speech verb (`officials said`, `said Jobs`).
  private func isBareReport(_ range: Range<Int>) -> Bool {
    guard let verb = range.first(where: { tagged.upos($0) == .verb }), tagged.has(verb, .speechVerb) else {
      return false
    }
    return range.allSatisfy { $0 == verb || [.propn, .noun, .pron, .det, .punct].contains(tagged.upos($0)) }
  }

  /// The name a segment consists of, when it is nothing but a name in apposition:
  /// `…of Iraq’s prime minister, Mustafa Al-Kadhimi, injuring …`.
  private func appositiveName(_ segment: Segment) -> String? {
    guard let mention = actors.mentions(in: segment.tokens).first, mention.tokens == segment.tokens else { return nil }
    return tagged.string(tokens: mention.tokens)
  }

  /// The noun phrase a relative clause at `start` is about: `the popular grassroots protest
  /// movement` in `… of the popular grassroots protest movement that began …`.
  private func antecedent(before start: Int, previous: Segment?) -> String? {
    var index = start - 1
    if tagged.has(index, .comma) { index -= 1 }
    guard index >= 0, tagged.sentenceOf[index] == tagged.sentenceOf[start], tagged.tokens[index].kind != .punctuation
    else {
      return nil
    }
    if let mention = actors.mentions(in: max(0, index - 8)..<(index + 1)).last(where: {
      $0.tokens.upperBound == index + 1
    }) {
      return tagged.string(tokens: mention.tokens)
    }
    let lowest = previous?.tokens.lowerBound ?? max(0, index - 8)
    var first = index
    while first > lowest, tagged.tokens[first - 1].kind == .word,
      !tagged.has(first - 1, [.preposition, .auxiliary, .conjunction]),
      !tagged.has(first, .determiner)
    {
      first -= 1
    }
    // A possessive `’s` is not where a phrase starts: `Iraq’s young protesters`.
    if first >= 2, first > lowest, tagged.isWord(first, "s"), tagged.isGlued(first), tagged.isGlued(first - 1),
      tagged.has(first - 1, [.closeSingle, .straightSingle]), tagged.tokens[first - 2].kind == .word
    {
      first -= 2
    }
    return first <= index ? tagged.string(tokens: first..<(index + 1)) : nil
  }

  /// The text with its first letter capitalized, spaced punctuation joined, cut to
  /// `maximumLength`.
  static func finished(_ text: String) -> String {
    var result = SpacedPunctuation.joined(text)
    if let byte = result.utf8.first, byte >= 0x61 && byte <= 0x7A {
      var bytes = Array(result.utf8)
      bytes[0] = byte - 0x20
      result = String(decoding: bytes, as: UTF8.self)
    } else if let byte = result.utf8.first, byte >= 0x80, let first = result.first, first.isLowercase {
      result = first.uppercased() + result.dropFirst()
    }
    guard result.utf8.count > maximumLength, result.count > maximumLength else { return result }
    let cut = result.prefix(maximumLength - 1)
    let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
    return String(word) + "…"
  }
}
