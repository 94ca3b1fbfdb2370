/// What the words around a name say about its kind when neither the lexicons nor the name's own
/// words do. A person: a name shaped like one before `of` and an institution (`Helena Varga of
/// Tarnby University`). Any kind: that of the plural noun a list of names gives examples of
/// (`retailers such as Tarvo`). An organization: `it` or `its` after the name's speech verb (`Ridgeback said its
/// offer was fair`), who bought a company (`bought by Colborne`), what shares or a stake are held in (`shares in Halvard`), where analysts work
/// (`Analysts at Peel Hunt said`, `an accountant at Greystone Homes`), whose spokesperson speaks (`a Halvard spokesman`) or
/// staff work (`Halvard engineers`), where a
/// person named in full works (`Priya Raman of Morningstar`), what was founded, listed or bought
/// (`Brenmoor, founded in 1954,`), what has customers, revenue or a factory (`Brenmoor's customers`) and whose
/// posts are a company's (`Orbion's chief executive`, `… its chief executive said`). A person:
/// who worked at a place or was born (`Rob Lane worked at the mill`). A place: a landform's
/// noun after it (`the
/// Tarran estuary`), a
/// name with `-based` after it (`Tarn-based`), or after a direction and `of` (`north of
/// Flagstaff`), `off` (`a quake off Hinatuan`), a word of setting (`rural Aberdeenshire`), a noun
/// for a division and `of` (`the districts of Samfya and Nchelenge`), `near` (`near Clifden`), in
/// a list of places after a preposition (`Schools in Cumbria and Aberdeenshire`, `trains
/// between Exeter and Penzance`, `a warning for Dunmara, Kelvey and Orrin`; not `in Nasdaq
/// trading`), or where a service runs to (`trains to Tarnby`).
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
      || isAffiliation(candidate.tokens)
    {
      votes.add(.organization, 6)
    }
    if tagged.place(candidate.tokens) == nil, candidate.isPossessive ? isBusinessAfter(after) : isFoundedAfter(after) {
      votes.add(.organization, 4)
    }
    if candidate.isPossessive, tagged.place(candidate.tokens) == nil, isCompanyPostAfter(after) {
      votes.add(.organization, 6)
    }
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
      || isSiteOfFacility(start, after: after)
    {
      votes.add(.place, 4)
    }
    if !tagged.isPossessiveDeterminer(start - 1), isCompanyClauseAfter(after) { votes.add(.organization, 4) }
    if isAfterSetting(start, after: after) { votes.add(.place, 3) }
    // A name the gazetteer holds is a place in such a list, past the first item a locative
    // preposition weighs for (`KindEvidence`), or after a preposition that is not locative.
    if !isModifierOfNoun(after), isInListOfPlaces(candidate.tokens) {
      votes.add(.place, tagged.place(candidate.tokens) == nil ? 2 : 3)
    }
    if isDestination(start) { votes.add(.place, 4) }
    if let kind = exampleKind(of: candidate.tokens) { votes.add(kind, 4) }
    return votes
  }

  /// Whether the name is one of a list after a preposition that the gazetteer holds a name of,
  /// this one or another: `in Cumbria and Aberdeenshire`, `across Laos, Tarnovia and Vietnam`,
  /// `for Galway, Kelvey and Orrin`. The items of a list share their kind, and the preposition
  /// makes it a list of places. The first item of a list the gazetteer holds is weighed on its
  /// own after a locative preposition (`KindEvidence`).
  private func isInListOfPlaces(_ range: Range<Int>) -> Bool {
    var first = range.lowerBound
    let limit = max(0, range.lowerBound - 12)
    while first > limit, isListToken(first - 1) { first -= 1 }
    guard first > 0, tagged.isLowercaseWord(first - 1), Self.placePrepositions.contains(first - 1, in: tagged),
      tagged.place(range) == nil || first != range.lowerBound || !tagged.has(first - 1, .locativePreposition)
    else {
      return false
    }
    var end = range.upperBound
    while end < min(tagged.tokens.count, range.upperBound + 12), isListToken(end) { end += 1 }
    let items = first..<end
    // A list joins its last item with `and`; a comma alone may close a clause (`in the United
    // States, Virgin will …`).
    guard items.contains(where: { tagged.isWord($0, "and") }) else { return false }
    var index = first
    while index < end {
      guard tagged.isCapitalizedWord(index) else {
        index += 1
        continue
      }
      var itemEnd = index + 1
      while itemEnd < end, tagged.isCapitalizedWord(itemEnd) || tagged.has(itemEnd, .hyphen) { itemEnd += 1 }
      // A whole item, not a place opening a longer name (`Asia-Pacific Economic Cooperation`).
      if tagged.place(index..<itemEnd) != nil, !range.contains(index) || range == index..<itemEnd { return true }
      index = itemEnd
    }
    return false
  }

  /// A comma, `and`, `the` or a capitalized word: what a list of names is made of.
  private func isListToken(_ index: Int) -> Bool {
    tagged.has(index, .comma) || tagged.isCapitalizedWord(index)
      || tagged.isLowercaseWord(index) && (tagged.isWord(index, "and") || tagged.isWord(index, "the"))
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

  /// `Brenmoor's customers`, `Brenmoor's annual revenue`: what a business has, after the
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

  /// `Portkeil, near Wick`, `Portkeil, on Scotland's north-east coast`: a comma and where the
  /// name lies, `near` a capitalized name or `on`, `off` or `along` a landform a few words on (not
  /// `Portkeil, on Monday`).
  private func isLocatedAfterComma(_ after: Int) -> Bool {
    guard tagged.has(after, .comma), tagged.isLowercaseWord(after + 1) else { return false }
    if tagged.isWord(after + 1, "near") { return tagged.isCapitalizedWord(after + 2) }
    guard tagged.isWord(after + 1, "on") || tagged.isWord(after + 1, "off") || tagged.isWord(after + 1, "along") else {
      return false
    }
    var index = after + 2
    while index < min(tagged.tokens.count, after + 8), !tagged.has(index, [.comma, .period, .terminal, .semicolon]) {
      if tagged.isLowercaseWord(index), Self.landforms.contains(index, in: tagged) { return true }
      index += 1
    }
    return false
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

  /// `north of`, `southeast of` right before the name.
  private func isAfterDirection(_ start: Int) -> Bool {
    if start >= 1, tagged.isWord(start - 1, "off"), tagged.isLowercaseWord(start - 1) { return true }
    return start >= 2 && tagged.isWord(start - 1, "of") && tagged.isLowercaseWord(start - 2)
      && Self.directions.contains(start - 2, in: tagged)
  }

  /// `the province of Luapula`, `the districts of Samfya and Nchelenge`, `counties Galway, Mayo
  /// and Clare`, `the mayor of Varnholm`: a noun for a division of a country in lower case, with
  /// or without `of`, or the post of a town's head and `of`, before the name or a list of names
  /// joined by `and` it is one of; not `the state of Linux`, where `state` is no division.
  private func isAfterPlaceNounOf(_ start: Int) -> Bool {
    var of = start - 1
    if tagged.has(of, .comma) || tagged.isWord(of, "and"), isInListWithAnd(start) {
      while of >= 1, tagged.isCapitalizedWord(of) || tagged.has(of, .comma) || tagged.isWord(of, "and"), start - of < 12 {
        of -= 1
      }
    }
    guard of >= 0, tagged.isLowercaseWord(of) else { return false }
    if Self.divisions.contains(of, in: tagged) { return tagged.isCapitalizedWord(of + 1) }
    return of >= 1 && tagged.isWord(of, "of") && tagged.isLowercaseWord(of - 1)
      && (Self.divisions.contains(of - 1, in: tagged) || Self.placeHeads.contains(of - 1, in: tagged))
  }

  /// Whether the name at `start` is one of a list of capitalized names joined by `and`, which
  /// may come before it or after it (`Galway, Mayo and Clare`).
  private func isInListWithAnd(_ start: Int) -> Bool {
    if tagged.isWord(start - 1, "and") { return true }
    var index = start
    while index < min(tagged.tokens.count, start + 12), tagged.isCapitalizedWord(index) || tagged.has(index, .comma) {
      index += 1
    }
    return tagged.isWord(index, "and") && tagged.isCapitalizedWord(index + 1)
  }

  /// `landfall near Clifden`, `a plant near Castlewood`: `near` right before a name no noun
  /// follows.
  private func isAfterNear(_ start: Int, after: Int) -> Bool {
    start >= 1 && tagged.isWord(start - 1, "near") && tagged.isLowercaseWord(start - 1) && !isModifierOfNoun(after)
  }

  /// `the launch site at Kessaroy`, `a factory in Tarnby`, `the camp near Orlo`: where a site or
  /// building lies, one name that no noun follows.
  private func isSiteOfFacility(_ start: Int, after: Int) -> Bool {
    guard start >= 2, tagged.isLowercaseWord(start - 1),
      tagged.isWord(start - 1, "at") || tagged.isWord(start - 1, "in") || tagged.isWord(start - 1, "near")
    else { return false }
    return tagged.isLowercaseWord(start - 2) && Self.facilities.contains(start - 2, in: tagged) && !isModifierOfNoun(after)
      && !tagged.has(start, .givenName)
  }

  /// `rural Aberdeenshire`, `northern Mindanao`: a word for a part or a setting of a place, in
  /// lower case, before a name no noun follows.
  private func isAfterSetting(_ start: Int, after: Int) -> Bool {
    start >= 1 && tagged.isLowercaseWord(start - 1) && Self.settings.contains(start - 1, in: tagged)
      && !isModifierOfNoun(after)
  }

  /// Whether a lower-case noun right after the name makes the name its modifier: `Nasdaq
  /// trading`, `Cumbria schools`.
  private func isModifierOfNoun(_ after: Int) -> Bool {
    tagged.isLowercaseWord(after) && tagged.upos(after) == .noun
  }

  private static let divisions = WordList([
    "town", "towns", "city", "cities", "village", "villages", "district", "districts", "province", "provinces",
    "region", "regions", "county", "counties", "municipality", "municipalities", "island", "islands", "community",
    "communities", "suburb", "suburbs", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "port",
    "ports", "harbour", "harbor", "isle", "parish", "parishes", "hamlet", "borough",
  ])
  private static let facilities = WordList([
    "site", "sites", "base", "bases", "plant", "plants", "factory", "factories", "camp", "camps", "port", "harbour",
    "harbor", "airport", "airfield", "station", "refinery", "mine", "depot", "warehouse", "prison", "school",
    "hospital", "farm", "village", "hotel", "beach", "facility", "terminal",
  ])
  private static let placeHeads = WordList(["mayor", "mayors", "mayoress", "burgomaster"])
  private static let businessNouns = WordList([
    "customers", "revenue", "revenues", "profit", "profits", "turnover", "sales", "shareholders", "headquarters",
    "subsidiary", "factory", "factories", "stores",
  ])
  private static let companyPosts = WordList(["chairman", "chairwoman", "founder", "founders", "board"])
  private static let chiefPosts = WordList(["executive", "financial", "operating", "technology", "technical"])
  /// Nouns for landforms and waters, which name a place before or after a name.
  static let landforms = WordList([
    "estuary", "bay", "lake", "loch", "lagoon", "gulf", "coast", "coastline", "creek", "canyon", "gorge", "fjord",
    "plateau", "glacier", "volcano", "reef", "firth", "inlet", "basin", "archipelago", "headland", "marshes",
    "wetlands", "rivers", "lakes", "strait", "straits", "bight",
  ])
  private static let holdingNouns = WordList(["shares", "stake", "stakes", "holding", "holdings", "investment"])
  private static let researchers = WordList(["analysts", "economists", "strategists", "researchers", "analyst"])
  private static let spokespersonWords = WordList(["spokesperson", "spokesman", "spokeswoman"])
  private static let placePrepositions = WordList([
    "in", "near", "outside", "across", "around", "throughout", "at", "between", "for", "to", "from",
  ])
  private static let settings = WordList([
    "northern", "southern", "eastern", "western", "central", "rural", "coastal", "downtown", "suburban",
  ])
  private static let directions = WordList([
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
  ])
}
