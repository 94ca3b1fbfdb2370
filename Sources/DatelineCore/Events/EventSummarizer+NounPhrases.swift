extension EventSummarizer {
  /// The noun phrase `range` ends with (`Apple’s forthcoming Zap operating system`, `its Zap
  /// operating system`), nil when it ends otherwise.
  func trailingNounPhrase(of range: Range<Int>) -> Range<Int>? {
    guard let last = range.last, [.noun, .propn].contains(tagged.upos(last)) else { return nil }
    var start = last
    while start > range.lowerBound {
      let previous = start - 1
      let isParticiple = tagged.upos(previous) == .verb && [.noun, .propn].contains(tagged.upos(start))
      // A compound modifier: `free-software community`.
      let isCompound = tagged.has(previous, .hyphen) && tagged.isGlued(previous) && tagged.isGlued(start)
      guard [.noun, .propn, .adj, .num, .det, .part].contains(tagged.upos(previous)) || isParticiple || isCompound
        || tagged.has(previous, [.closeSingle, .straightSingle]) || isPossessivePronoun(previous)
      else { break }
      start = previous
      if isPossessivePronoun(previous) { break }
    }
    return start..<(last + 1)
  }

  func isPossessivePronoun(_ index: Int) -> Bool {
    tagged.upos(index) == .pron && tagged.isPossessiveDeterminer(index)
  }

  /// The nearest earlier segment of the main clause that is a bare noun phrase, past
  /// prepositional phrases, participles and what stands in brackets (`Phil Connors (Bill
  /// Murray) is forced …`): the subject of a clause that starts with its verb,
  /// `The last strike` in `The last strike, in 2019, lasted weeks` and `The airline` in `The
  /// airline, owned by Halcyon, told staff`; with the noun phrases in apposition before it, all of
  /// them as written and the first alone.
  func nounPhrases(before position: Int, in segments: [Segment]) -> (all: Range<Int>, first: Range<Int>)? {
    for (index, candidate) in segments[..<position].enumerated().reversed() where candidate.role == .main {
      let tokens = candidate.tokens
      if tagged.isBracketed(tokens) { continue }
      // A participle set off after the phrase may open with adverbs: `, first proposed in 2023,`.
      var head = tokens.lowerBound
      while head < tokens.upperBound, tagged.upos(head) == .adv { head += 1 }
      let first = tagged.upos(head)
      if first == .adp || first == .verb || isEllipticalClause(tokens) { continue }
      // A count of nouns is a noun phrase (`Eleven stores`); a number alone is an age.
      let isCount = tagged.upos(tokens.lowerBound) == .num && tagged.upos(tokens.upperBound - 1) == .noun
      guard tagged.isBareNounPhrase(tokens, orNumber: isCount) else { return nil }
      // Noun phrases in apposition right before it name the same subject: `Ofwat, the water
      // regulator, welcomed`.
      var opening = index
      while opening > 0, [.main, .leading].contains(segments[opening - 1].role),
        tagged.isBareNounPhrase(segments[opening - 1].tokens)
      {
        opening -= 1
      }
      return (segments[opening].tokens.lowerBound..<tokens.upperBound, segments[opening].tokens)
    }
    return nil
  }

  /// Whether `tokens` is a subordinate clause with no subject and no verb of its own, set off
  /// between a subject and its verb: `A runoff, if needed, would be held`, `, once approved,`.
  private func isEllipticalClause(_ tokens: Range<Int>) -> Bool {
    tokens.count <= 3 && tagged.has(tokens.lowerBound, .subordinator) && !tagged.has(tokens.lowerBound, .preposition)
      && [.verb, .adj].contains(tagged.upos(tokens.lowerBound + 1))
  }

  /// The name a segment consists of, when it is nothing but a name in apposition:
  /// `…of Iraq’s prime minister, Mustafa Al-Kadhimi, injuring …`. Only a clause that ends in a
  /// common noun takes it, and not from a list of names (`Headers, Request, Response`).
  func appositiveName(_ segment: Segment) -> String? {
    guard let mention = actors.mentions(in: segment.tokens).first, mention.tokens == segment.tokens else { return nil }
    return tagged.string(tokens: mention.tokens)
  }
}
