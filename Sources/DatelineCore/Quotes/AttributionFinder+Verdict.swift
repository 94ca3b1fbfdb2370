extension AttributionFinder {
  /// How many words an object may have between a verb of judging and its quoted complement:
  /// `blamed the sharp fall in sales on “…”`.
  private static let objectReach = 8

  /// The attribution of a quotation that is the verdict a verb of judging gives, when no speech
  /// verb comes after that verb: `which chief executive Nadia Okoro blamed on “…”`, `The mayor
  /// dismissed the report as “…”`, `put the shortfall down to “…”`, `branded the plan “…”`. The
  /// verb tells its subject's own judgment, so the words quoted as that judgment are the
  /// subject's, as a speech verb's object is. The quotation must be the verb's complement: after
  /// the verb, its object (if any) and the preposition the verb takes, and opening in lower case
  /// (a title opens with a capital). A quotation after a verb of doing is a label or a title, no
  /// one's verdict (`arrested a man for “disorderly behaviour”`, `read from “the house on the
  /// hill”`); after a passive verb, its subject is who is judged (`was blamed on “…”`). The
  /// speaker is the verb's subject, when it names someone who can speak (not a place or a
  /// product).
  func verdict(of region: QuotedRegion, from start: Int, after speechVerb: Int?) -> Attribution? {
    guard tagged.isLowercaseWord(region.open + 1), let verb = judgingVerb(before: region.open, from: start),
      verb > speechVerb ?? -1, !tagged.isPassiveParticiple(verb),
      let speaker = phrase.subject(before: verb, from: start)
    else { return nil }
    let first: Int
    switch speaker {
    case .mention(let index):
      let mention = actors.mentions[index]
      guard ![.place, .product].contains(actors.actors[mention.actor].kind) else { return nil }
      // `The carrier blamed …` names the carrier told of before: the cue starts at the verb.
      first = (start..<verb).contains(mention.tokens.lowerBound) ? mention.tokens.lowerBound : verb
    case .pronoun(let token): first = token
    case .role(let tokens, _): first = tokens.lowerBound
    case .unnamed: return nil
    }
    return Attribution(speaker: speaker, cue: min(first, verb)..<region.open)
  }

  /// The verb of judging whose complement the quotation opening at `open` is, at or after `start`:
  /// read back over the preposition the verb takes (with `down` or `up` before it: `put … down
  /// to`), then over an object noun phrase.
  private func judgingVerb(before open: Int, from start: Int) -> Int? {
    var index = open - 1
    var particle = false
    if index > start, Self.complementPrepositions.contains(index, in: tagged), tagged.isLowercaseWord(index) {
      index -= 1
      if Self.particles.contains(index, in: tagged), tagged.isLowercaseWord(index) {
        particle = true
        index -= 1
      }
    }
    let limit = max(start, index - Self.objectReach)
    while index > limit, isObjectWord(index) { index -= 1 }
    guard index >= start, tagged.isLowercaseWord(index), tagged.upos(index) == .verb, !quotes.isQuoted(index) else {
      return nil
    }
    let lemmas = tagged.lemmaForms(index)
    if lemmas.contains(where: Self.particleVerbs.contains) { return particle ? index : nil }
    return lemmas.contains(where: Self.judgingVerbs.contains) ? index : nil
  }

  /// Whether token `index` may stand in the object between a verb and its complement: a
  /// determiner, adjective, noun, name, number, pronoun or adverb (`blamed it squarely on`), or
  /// the mark of a possessive; never inside a quotation.
  private func isObjectWord(_ index: Int) -> Bool {
    guard !quotes.isQuoted(index) else { return false }
    if tagged.isPossessive(after: index) || tagged.isPossessive(after: index - 1) { return true }
    guard tagged.tokens[index].kind == .word || tagged.tokens[index].kind == .number else { return false }
    return [.det, .adj, .noun, .propn, .num, .pron, .adv].contains(tagged.upos(index))
  }

  /// Verbs (lemmas) that give their subject's verdict on their object: its cause (`blame`,
  /// `attribute`, `credit`), its worth (`dismiss`, `hail`, `condemn`, `praise`) or a name for it
  /// (`brand`, `label`, `dub`, `liken`).
  private static let judgingVerbs = WordList([
    "blame", "attribute", "credit", "dismiss", "reject", "brand", "label", "dub", "term", "hail", "tout", "liken",
    "compare", "condemn", "denounce", "decry", "deride", "slam", "criticise", "criticize", "praise", "welcome",
    "characterise", "characterize", "portray", "depict",
  ])

  /// Verbs that judge only with a particle before their preposition: `put … down to`, `chalk …
  /// up to`.
  private static let particleVerbs = WordList(["put", "chalk"])

  private static let particles = WordList(["down", "up"])

  /// The prepositions that introduce a verdict's complement: `on`, `as`, `to`, `for`, `with`.
  private static let complementPrepositions = WordList(["on", "as", "to", "for", "with"])
}
