/// What the words around a name say about its kind when neither the lexicons nor the name's own
/// words do. A person: a name shaped like one before `of` and an institution (`Helena Varga of
/// Tarnby University`). Any kind: that of the plural noun a list of names gives examples of
/// (`retailers such as Tarvo`). An organization: `it` or `its` after the name's speech verb (`Ridgeback said its
/// offer was fair`), who bought a company (`bought by Colborne`), what shares or a stake are held in (`shares in Halvard`), where analysts work
/// (`Analysts at Peel Hunt said`, `an accountant at Greystone Homes`), whose spokesperson speaks (`a Halvard spokesman`) or
/// staff work (`Halvard engineers`), whose verb acts on its own revenue or results (`Cadence raised its
/// revenue forecast`), where a
/// person named in full works (`Priya Raman of Morningstar`), what was founded, listed or bought
/// (`Brenmoor, founded in 1954,`), what has customers, revenue or a factory (`Brenmoor's customers`) and whose
/// posts are a company's (`Orbion's chief executive`, `… its chief executive said`), a rival or
/// a peer after a nationality or `its` (`Danish rival Telefix`). A place: whose posts and bodies
/// are a state's (`Veland's foreign minister`), the end of a route to or from a place (`from
/// Oster to the capital`), where an accident happened (`a collision at Brekke`) or an
/// institution lies (`the Court of Appeal in Lisvik`). A person:
/// who worked at a place or was born (`Rob Lane worked at the mill`). A place: a landform's
/// noun after it (`the
/// Tarran estuary`), a
/// name with `-based` after it (`Tarn-based`), or after a direction and `of` (`north of
/// Flagstaff`), `off` (`a quake off Hinatuan`), a word of setting (`rural Aberdeenshire`), a noun
/// for a division and `of` (`the districts of Samfya and Nchelenge`), `near` (`near Clifden`), in
/// a list of places after a preposition (`Schools in Cumbria and Aberdeenshire`, `trains
/// between Exeter and Penzance`, `a warning for Dunmara, Kelvey and Orrin`; not `in Nasdaq
/// trading`), where a service runs to (`trains to Tarnby`), or where a noun's people or things
/// are (`schools across Westmoor`, `teachers in Westmoor`).
struct SurroundingKindEvidence {
  let tagged: TaggedText

  /// The votes for the kind of `candidate`, whose text ends before token `after` (past a
  /// possessive).
  func votes(for candidate: NameCandidate, after: Int) -> KindVotes {
    var votes = KindVotes()
    let start = candidate.tokens.lowerBound
    if !candidate.isPossessive, isThingPronounAfterSpeech(start, after: after) || isBuyer(start) { votes.add(.organization, 4) }
    if isHoldingIn(start) || isAnalystsWorkplace(start) || isWorkplaceOfAgent(candidate.tokens)
      || !candidate.isPossessive && (isSpokespersonAfter(after) || isEmployerOf(candidate.tokens, after: after))
      || isAffiliation(candidate.tokens) && !isStateOfHead(candidate.tokens) || isCompanyOfPost(candidate.tokens)
    {
      votes.add(.organization, 6)
    }
    if tagged.place(candidate.tokens) == nil, candidate.isPossessive ? isBusinessAfter(after) : isFoundedAfter(after) || isOwnBusinessAfterVerb(after) {
      votes.add(.organization, 4)
    }
    if candidate.isPossessive, tagged.place(candidate.tokens) == nil, isCompanyPostAfter(after) {
      votes.add(.organization, 6)
    }
    if candidate.isPossessive ? isStatePostAfter(after) : isStateOfHead(candidate.tokens) { votes.add(.place, 6) }
    if !candidate.isPossessive, isCompanyPostOfItsLater(after), tagged.place(candidate.tokens) == nil {
      votes.add(.organization, 6)
    }
    if !candidate.isPossessive, isMemberOfInstitution(candidate.tokens, after: after) || isPersonsLifeAfter(after)
      || isDeathAfter(start, after: after)
    {
      votes.add(.person, 4)
    }
    if !candidate.isPossessive, !candidate.isModifier, isLandformAfter(after) { votes.add(.place, 6) }
    // Where the name lies outweighs a workplace (`harbour master at Portkeil, on … coast`).
    if !candidate.isPossessive, !candidate.isModifier, isLocatedAfterComma(after) { votes.add(.place, 8) }
    // Before a common noun (`the Tarnby-based firm`), and not a common word, an acronym nor a
    // people: `Promise-based`, `FPGA-based` tell what a thing is built on, and `Māori-based
    // Ringatū` whose faith it keeps.
    if candidate.isModifier, tagged.isWord(after + 1, "based"), tagged.isLowercaseWord(after + 2),
      [nil, .propn].contains(tagged.usualTag(start)), !tagged.tokens[start].flags.contains(.allUpper),
      !tagged.has(start, .demonymStart)
    {
      votes.add(.place, 3)
    }
    guard !candidate.isPossessive, !candidate.isModifier else { return votes }
    if isAfterDirection(start) || isAfterPlaceNounOf(start) || isAfterNear(start, after: after)
      || isSiteOfFacility(start, after: after) || isEndOfRoute(start, after: after) || isSiteOfAccident(start, after: after)
    {
      votes.add(.place, 4)
    }
    // Where something is based outweighs a company's posts later in the sentence (`a firm based
    // in Kessling, and its chief executive …`).
    if isSeatAfterParticiple(start, after: after) { votes.add(.place, 8) }
    if !tagged.isPossessiveDeterminer(start - 1), isCompanyClauseAfter(after) { votes.add(.organization, 4) }
    if isAfterSetting(start, after: after) { votes.add(.place, 3) }
    // Less than a place the gazetteer holds there (`KindEvidence`): what it says of a place can be
    // outweighed by what the name does elsewhere.
    if tagged.place(candidate.tokens) == nil, isInArea(start, after: after) || isSeatOfInstitution(start, after: after) {
      votes.add(.place, 2)
    }
    if isBusinessRelation(start) { votes.add(.organization, 5) }
    // A name the gazetteer holds is a place in such a list, past the first item a locative
    // preposition weighs for (`KindEvidence`), or after a preposition that is not locative.
    if !isModifierOfNoun(after), isInListOfPlaces(candidate.tokens) {
      votes.add(.place, tagged.place(candidate.tokens) == nil ? 2 : 3)
    }
    if isDestination(start) { votes.add(.place, 4) }
    if let kind = exampleKind(of: candidate.tokens) { votes.add(kind, 4) }
    return votes
  }

  /// `shares in Halvard`, `a stake in Halvard`, `shares of Halvard`.
  private func isHoldingIn(_ start: Int) -> Bool {
    start >= 2 && (tagged.isWord(start - 1, "in") || tagged.isWord(start - 1, "of"))
      && Self.holdingNouns.contains(start - 2, in: tagged)
  }

  /// `Analysts at Peel Hunt`, `economists at Halvard`: the plural research roles the title
  /// lexicon does not list, opening the sentence or not.
  private func isAnalystsWorkplace(_ start: Int) -> Bool {
    start >= 2 && tagged.isWord(start - 1, "at") && Self.researchers.contains(start - 2, in: tagged)
  }

  /// `a former accountant at Greystone Homes`, `an engineer at Tarrant Kell`: a noun for a person
  /// who does something, before `at` and a name the gazetteer does not hold, tells where the
  /// person works.
  private func isWorkplaceOfAgent(_ range: Range<Int>) -> Bool {
    let start = range.lowerBound
    guard start >= 2, tagged.isWord(start - 1, "at"), tagged.isLowercaseWord(start - 2), tagged.upos(start - 2) == .noun,
      tagged.place(range) == nil
    else { return false }
    let endings: [StaticString] = ["ant", "er", "or", "ist", "ee"]
    return endings.contains { tagged.endsWith(start - 2, $0) }
  }

  /// `Brenmoor's customers`, `Brenmoor's annual revenue`, `Northlight's shares`: what a business has, after the
  /// name's possessive (and an adjective).
  private func isBusinessAfter(_ after: Int) -> Bool {
    let noun = tagged.isLowercaseWord(after) && tagged.upos(after) == .adj ? after + 1 : after
    return tagged.isLowercaseWord(noun) && Self.businessNouns.contains(noun, in: tagged)
  }

  /// `Orbion's chief executive`, `Brenmoor's managing director`, `Orbion's vice president for
  /// spaceflight`, `Orbion's head of product`: a post that a company has, after the name's possessive. Not a post of a
  /// person's staff (`the senator's chief of staff`).
  func isCompanyPostAfter(_ after: Int) -> Bool {
    guard tagged.isLowercaseWord(after) else { return false }
    if Self.companyPosts.contains(after, in: tagged) { return true }
    if tagged.isWord(after, "chief") { return Self.chiefPosts.contains(after + 1, in: tagged) }
    if tagged.isWord(after, "managing") { return tagged.isWord(after + 1, "director") }
    if tagged.isWord(after, "head") && tagged.isWord(after + 1, "of") { return tagged.isLowercaseWord(after + 2) }
    return tagged.isWord(after, "vice") && tagged.isWord(after + 1, "president")
      && (tagged.isWord(after + 2, "for") || tagged.isWord(after + 2, "of"))
  }

  /// `the Tarran estuary`, `the Kessing valley`: a landform's noun in lower case after the name
  /// says it names the landform (or its place), as the kind nouns `river` or `island` do.
  private func isLandformAfter(_ after: Int) -> Bool {
    tagged.isLowercaseWord(after) && !tagged.has(after, .kindNoun) && Self.landforms.contains(after, in: tagged)
  }

  /// `Halvard spokesman`, `a Halvard spokesperson said`.
  private func isSpokespersonAfter(_ after: Int) -> Bool {
    tagged.isLowercaseWord(after) && Self.spokespersonWords.contains(after, in: tagged)
  }

  /// `Priya Raman of Morningstar`: what a person's name written in full is `of`, when the
  /// gazetteer does not hold it, is where the person works.
  private func isAffiliation(_ range: Range<Int>) -> Bool {
    let start = range.lowerBound
    guard start >= 3, tagged.isWord(start - 1, "of"), tagged.isLowercaseWord(start - 1), tagged.place(range) == nil
    else { return false }
    return NameShapeEvidence.isPersonLikeName((start - 3)..<(start - 1), tagged)
      || tagged.has(start - 3, .givenName) && NameShapeEvidence.isPersonNameWord(start - 2, tagged)
  }

  /// `President Anya Kovic of Norvia`, `King Osric of Vandal`: what a head of state or
  /// government, titled before the name, is `of` is the state, a place the gazetteer may not hold;
  /// so is what a state's body or a monarch in lower case is `of` (`the coalition government of
  /// Valmark`, `the king of Orvania`), unless the name holds a kind noun or a company's word; a
  /// president in lower case may be a company's (`president of Mozilla Europe`).
  private func isStateOfHead(_ range: Range<Int>) -> Bool {
    let start = range.lowerBound
    guard start >= 3, tagged.isWord(start - 1, "of"), tagged.isLowercaseWord(start - 1) else { return false }
    if tagged.isLowercaseWord(start - 2), Self.stateBodies.contains(start - 2, in: tagged) {
      return !range.contains { tagged.has($0, [.kindNoun, .companyHead]) }
    }
    var title = start - 2
    while title > max(0, start - 5), tagged.isCapitalizedWord(title), !Self.stateHeads.contains(title, in: tagged) {
      title -= 1
    }
    return title < start - 2 && tagged.isCapitalizedWord(title) && Self.stateHeads.contains(title, in: tagged)
  }

  /// `a former chief executive of Halden Mutual`, `the chairman of Brenmoor`: what a company's
  /// post in lower case is `of` is the company, when the gazetteer holds no place of its name.
  private func isCompanyOfPost(_ range: Range<Int>) -> Bool {
    let start = range.lowerBound
    guard start >= 2, tagged.isWord(start - 1, "of"), tagged.isLowercaseWord(start - 2), tagged.place(range) == nil
    else { return false }
    if Self.companyPosts.contains(start - 2, in: tagged) || tagged.isWord(start - 2, "director") { return true }
    return tagged.isWord(start - 3, "chief") && Self.chiefHolders.contains(start - 2, in: tagged)
  }

  /// `Helena Varga of Tarnby University`: a name shaped like a person's before `of` and an
  /// institution's name is a person who works there.
  private func isMemberOfInstitution(_ range: Range<Int>, after: Int) -> Bool {
    guard tagged.isWord(after, "of"), tagged.isLowercaseWord(after), tagged.isCapitalizedWord(after + 1),
      NameShapeEvidence.isPersonLikeName(range, tagged)
    else { return false }
    var last = after + 1
    while last + 1 < min(tagged.tokens.count, after + 6), tagged.isCapitalizedWord(last + 1) { last += 1 }
    guard tagged.has(last, .kindNoun), let kind = tagged.infos[last].actorKind else { return false }
    return kind == .organization || kind == .group
  }

  private static let businessNouns = WordList([
    "customers", "revenue", "revenues", "profit", "profits", "turnover", "sales", "shareholders", "headquarters",
    "subsidiary", "factory", "factories", "stores", "shares", "earnings",
  ])
  private static let companyPosts = WordList(["chairman", "chairwoman", "founder", "founders", "board"])
  private static let chiefPosts = WordList(["executive", "financial", "operating", "technology", "technical"])
  private static let chiefHolders = WordList(["executive", "officer"])
  /// Heads of a state or a government, titled before their names.
  private static let stateHeads = WordList([
    "president", "minister", "king", "queen", "chancellor", "premier", "emir", "sultan", "monarch",
  ])
  /// Bodies and monarchs of a state, whose `of` names the state: `the government of Valmark`.
  private static let stateBodies = WordList([
    "government", "parliament", "army", "navy", "constitution", "citizens", "king", "queen", "emir", "sultan", "monarch",
  ])
  /// Nouns for landforms and waters, which name a place before or after a name.
  static let landforms = WordList([
    "estuary", "bay", "lake", "loch", "lagoon", "gulf", "coast", "coastline", "creek", "canyon", "gorge", "fjord",
    "plateau", "glacier", "volcano", "reef", "firth", "inlet", "basin", "archipelago", "headland", "marshes",
    "wetlands", "rivers", "lakes", "strait", "straits", "bight",
  ])
  private static let holdingNouns = WordList(["shares", "stake", "stakes", "holding", "holdings", "investment"])
  private static let researchers = WordList(["analysts", "economists", "strategists", "researchers", "analyst"])
  private static let spokespersonWords = WordList(["spokesperson", "spokesman", "spokeswoman"])
}
