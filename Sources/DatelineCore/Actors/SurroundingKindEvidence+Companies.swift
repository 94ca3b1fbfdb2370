/// What a company's life says of a name: it refers to itself as `it` (`Skyva said it had
/// cancelled 420 flights`, `Halvard announced on Friday that it will …`), it was founded, listed,
/// bought or sold (`Bramwell was founded in 1893`, `bought by Colborne`), and a place is where
/// trains and flights run to or from (`trains to Penzance`).
extension SurroundingKindEvidence {
  /// `said its`, `said it had`, `announced on Friday that it will`, `said three of its`: the
  /// speaker's own `it` or `its`, past `that` and a time, is a thing's, not a person's. An `it`
  /// before a form of `be` stands for no one (`said it was unfair`, `said it would be hard`). The
  /// name speaks: no preposition comes before it (`Campaigners in Tarnby said it …`).
  func isThingPronounAfterSpeech(_ start: Int, after: Int) -> Bool {
    guard tagged.isLowercaseWord(after), tagged.has(after, .speechVerb),
      start == 0 || !tagged.has(start - 1, [.preposition, .locativePreposition])
    else { return false }
    var index = after + 1
    let limit = min(tagged.tokens.count, after + 8)
    while index < limit {
      // A part of what it owns: `said three of its vessels`, `said 40 of its staff`.
      if tagged.isWord(index + 1, "of"), tagged.isWord(index + 2, "its") {
        return tagged.tokens[index].kind == .number || [.num, .det, .adj, .noun].contains(tagged.upos(index))
      }
      guard tagged.isLowercaseWord(index) || tagged.timeOf[index] >= 0 else { return false }
      if tagged.isWord(index, "its") { return true }
      if tagged.isWord(index, "it") { return isClauseVerb(index + 1) && !isBeAfter(index + 1) }
      let isTime = tagged.timeOf[index] >= 0 || tagged.has(index, .preposition) && tagged.timeOf[index + 1] >= 0
      guard isTime || tagged.isWord(index, "that") else { return false }
      index += 1
    }
    return false
  }

  /// A verb or an auxiliary at `index`, past an adverb: `it` is a clause's subject (`it had
  /// already cancelled`), not what the speech verb's object is called (`called it overdue`).
  private func isClauseVerb(_ index: Int) -> Bool {
    let verb = tagged.upos(index) == .adv ? index + 1 : index
    return [.verb, .aux].contains(tagged.upos(verb))
  }

  /// A form of `be` at `index`, after a modal or `have` or not: `is`, `was`, `would be`, `has been`.
  private func isBeAfter(_ index: Int) -> Bool {
    tagged.lemma(index) == "be" || tagged.upos(index) == .aux && tagged.lemma(index + 1) == "be"
  }

  /// `Bramwell was founded`, `Brenmoor, founded in 1954,`, `Tarvik was listed`, `Orbion was
  /// bought`: what is founded, listed, bought or taken private is an institution.
  func isFoundedAfter(_ after: Int) -> Bool {
    guard tagged.has(after, .comma) || tagged.isWord(after, "was") || tagged.isWord(after, "is") else { return false }
    return tagged.isLowercaseWord(after + 1) && Self.companyPassives.contains(after + 1, in: tagged)
  }

  /// `Tarrin Maclaren, which runs ferries`, `Brenmoor, which makes kettles`, `Corvant, which also
  /// supplies …`: what runs a service or makes goods, in a clause of `which` after the name (past
  /// an adverb), is a company.
  func isCompanyClauseAfter(_ after: Int) -> Bool {
    guard tagged.has(after, .comma), tagged.isWord(after + 1, "which") else { return false }
    let verb = tagged.isLowercaseWord(after + 2) && tagged.upos(after + 2) == .adv ? after + 3 : after + 2
    return tagged.isLowercaseWord(verb) && Self.businessVerbs.contains(verb, in: tagged)
  }

  /// `Cadence raised its full-year revenue forecast`, `Halvard will report its quarterly
  /// results`: a name whose verb (past an auxiliary or an adverb) acts on its own revenue,
  /// profit or results, after `its` and common words, is a company's.
  func isOwnBusinessAfterVerb(_ after: Int) -> Bool {
    var verb = after
    while verb < after + 3, tagged.isLowercaseWord(verb), tagged.upos(verb) == .aux || tagged.upos(verb) == .adv { verb += 1 }
    guard tagged.isLowercaseWord(verb), tagged.upos(verb) == .verb, tagged.isWord(verb + 1, "its") else { return false }
    var word = verb + 2
    while word < verb + 8 {
      if tagged.isLowercaseWord(word), Self.businessResults.contains(word, in: tagged) { return true }
      guard tagged.isLowercaseWord(word) && [.adj, .noun, .num].contains(tagged.upos(word)) || tagged.has(word, .hyphen) else {
        return false
      }
      word += 1
    }
    return false
  }

  /// `bought by Colborne`, `acquired by Halvard`: who buys a company is most often another.
  func isBuyer(_ start: Int) -> Bool {
    start >= 2 && tagged.isWord(start - 1, "by") && tagged.isLowercaseWord(start - 2)
      && Self.purchaseVerbs.contains(start - 2, in: tagged)
  }

  /// `trains to Penzance`, `flights from Orly`: where a service runs to or from is a place; so is
  /// what people or vehicles move through (`marched through Marlow`, `drove through Tarnby`), and
  /// each end of a service between two (`ferries between Dunmere and Kilbrack`).
  func isDestination(_ start: Int) -> Bool {
    if let between = betweenBefore(start) { return between >= 1 && Self.services.contains(between - 1, in: tagged) }
    guard start >= 2, tagged.isLowercaseWord(start - 2) else { return false }
    if tagged.isWord(start - 1, "through") {
      return tagged.upos(start - 2) == .verb && Self.motions.contains(Substring(tagged.lemma(start - 2).lowercased()))
    }
    guard tagged.isWord(start - 1, "to") || tagged.isWord(start - 1, "from") else { return false }
    return Self.services.contains(start - 2, in: tagged)
  }

  /// The `between` that opens the pair a name at `start` is in: right before it, or before the
  /// name before its `and` (`between Dunmere and Kilbrack`).
  private func betweenBefore(_ start: Int) -> Int? {
    var word = start - 1
    if tagged.isWord(word, "and") {
      word -= 1
      let limit = max(0, start - 6)
      while word > limit, tagged.isCapitalizedWord(word) { word -= 1 }
      guard word < start - 2 else { return nil }
    }
    return tagged.isWord(word, "between") && tagged.isLowercaseWord(word) ? word : nil
  }

  /// `Danish rival Telefix`, `its German peer Varnholt`, `Swedish telecoms rival Orvik`: a
  /// company's rival, peer or unit after a nationality (and a trade's noun) or `its`.
  func isBusinessRelation(_ start: Int) -> Bool {
    let noun = start - 1
    guard noun >= 1, tagged.isLowercaseWord(noun), Self.businessRelations.contains(noun, in: tagged) else { return false }
    var modifier = noun - 1
    if tagged.isLowercaseWord(modifier), tagged.upos(modifier) == .noun, modifier >= 1, isNationality(modifier - 1) {
      modifier -= 1
    }
    return isNationality(modifier) || tagged.isWord(modifier, "its") && tagged.isLowercaseWord(modifier)
  }

  private func isNationality(_ index: Int) -> Bool {
    index >= 0 && tagged.isCapitalizedWord(index) && tagged.has(index, .demonymStart)
      && tagged.match(tagged.lexicon.demonyms, at: index, limit: index + 1) != nil
  }

  private static let businessRelations = WordList([
    "rival", "rivals", "competitor", "competitors", "peer", "peers", "subsidiary", "unit", "suitor", "bidder",
  ])
  private static let companyPassives = WordList([
    "founded", "established", "incorporated", "listed", "floated", "acquired", "bought", "nationalised",
    "nationalized", "privatised", "privatized",
  ])
  private static let businessVerbs = WordList([
    "runs", "operates", "owns", "makes", "sells", "employs", "manufactures", "supplies", "produces", "builds",
    "provides", "publishes", "ran", "operated", "owned", "made", "sold", "employed",
  ])
  /// What a company reports of its business.
  private static let businessResults = WordList([
    "revenue", "revenues", "profit", "profits", "forecast", "forecasts", "results", "earnings", "sales", "dividend",
    "turnover", "guidance",
  ])
  private static let purchaseVerbs = WordList(["bought", "acquired", "purchased"])
  /// Verbs of moving on foot or in a vehicle, by their lemma.
  private static let motions = WordList([
    "march", "walk", "drive", "ride", "travel", "pass", "parade", "sail", "flee", "sweep", "roll", "advance",
  ])
  private static let services = WordList([
    "train", "trains", "flight", "flights", "bus", "buses", "ferry", "ferries", "services", "route", "routes",
  ])
}
