/// The cues of a place in the words around a name: where it lies (`Portkeil, near Wick`), a
/// direction, a division or a setting before it (`north of Flagstaff`, `the village of Orbe`,
/// `rural Aberdeenshire`), `near` or a site before it, and a list of places after a preposition.
extension SurroundingKindEvidence {
  /// Whether the name is one of a list after a preposition that the gazetteer holds a name of,
  /// this one or another: `in Cumbria and Aberdeenshire`, `across Laos, Tarnovia and Vietnam`,
  /// `for Galway, Kelvey and Orrin`. The items of a list share their kind, and the preposition
  /// makes it a list of places. The first item of a list the gazetteer holds is weighed on its
  /// own after a locative preposition (`KindEvidence`).
  func isInListOfPlaces(_ range: Range<Int>) -> Bool {
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

  /// `Portkeil, near Wick`, `Portkeil, on Scotland's north-east coast`: a comma and where the
  /// name lies, `near` a capitalized name or `on`, `off` or `along` a landform a few words on (not
  /// `Portkeil, on Monday`).
  func isLocatedAfterComma(_ after: Int) -> Bool {
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

  /// `north of`, `southeast of` right before the name.
  func isAfterDirection(_ start: Int) -> Bool {
    if start >= 1, tagged.isWord(start - 1, "off"), tagged.isLowercaseWord(start - 1) { return true }
    return start >= 2 && tagged.isWord(start - 1, "of") && tagged.isLowercaseWord(start - 2)
      && Self.directions.contains(start - 2, in: tagged)
  }

  /// `the province of Luapula`, `the districts of Samfya and Nchelenge`, `counties Galway, Mayo
  /// and Clare`, `the mayor of Varnholm`: a noun for a division of a country in lower case, with
  /// or without `of`, or the post of a town's head and `of`, before the name or a list of names
  /// joined by `and` it is one of; not `the state of Linux`, where `state` is no division.
  func isAfterPlaceNounOf(_ start: Int) -> Bool {
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
  func isAfterNear(_ start: Int, after: Int) -> Bool {
    start >= 1 && tagged.isWord(start - 1, "near") && tagged.isLowercaseWord(start - 1) && !isModifierOfNoun(after)
  }

  /// `the launch site at Kessaroy`, `a factory in Tarnby`, `the camp near Orlo`, `his home in
  /// Brekke`: where a site, building or home lies, one name that no noun follows; so is where an
  /// event's noun happened, after `in` or `near` (`a press conference in Kastrup`, `a rally near
  /// Orlo`; not `a meeting at Halvard`, who may hold it).
  func isSiteOfFacility(_ start: Int, after: Int) -> Bool {
    guard start >= 2, tagged.isLowercaseWord(start - 1), tagged.isLowercaseWord(start - 2),
      tagged.isWord(start - 1, "at") || tagged.isWord(start - 1, "in") || tagged.isWord(start - 1, "near"),
      !isModifierOfNoun(after), !tagged.has(start, .givenName)
    else { return false }
    if Self.facilities.contains(start - 2, in: tagged) { return true }
    return !tagged.isWord(start - 1, "at") && tagged.has(start - 2, .triggerNoun) && tagged.upos(start - 2) == .noun
  }

  /// `a firm based in Kessling`, `headquartered in Orlen`: where something is based or lies, one
  /// name that no noun follows after the participle and `in` or `at`.
  func isSeatAfterParticiple(_ start: Int, after: Int) -> Bool {
    guard start >= 2, tagged.isLowercaseWord(start - 1), tagged.isWord(start - 1, "in") || tagged.isWord(start - 1, "at")
    else { return false }
    return tagged.isLowercaseWord(start - 2) && Self.seatParticiples.contains(start - 2, in: tagged)
      && !isModifierOfNoun(after) && !tagged.has(start, .givenName)
  }

  /// `rural Aberdeenshire`, `northern Mindanao`: a word for a part or a setting of a place, in
  /// lower case, before a name no noun follows.
  func isAfterSetting(_ start: Int, after: Int) -> Bool {
    start >= 1 && tagged.isLowercaseWord(start - 1) && Self.settings.contains(start - 1, in: tagged)
      && !isModifierOfNoun(after)
  }

  /// `Teachers in Westmoor`, `schools across Westmoor`, `a row throughout Eastvale`: a name
  /// right after a noun's `across` or `throughout`, or after `in` when the noun names people or
  /// their homes (past a word of setting), is where the noun's people or things are; not where
  /// something is written or kept (`tasks in Gecko`, `requests in JavaScript`). A name of words
  /// the tagger takes for names or does not know (or one word after `in` and such a noun), in no
  /// capitals and no camel case, that opens on
  /// no given name or nationality, with nothing glued to it (`Node.js`), no possessive and no noun
  /// or number after it.
  func isInArea(_ start: Int, after: Int) -> Bool {
    var preposition = start - 1
    if preposition >= 1, tagged.isLowercaseWord(preposition), Self.settings.contains(preposition, in: tagged) {
      preposition -= 1
    }
    let noun = preposition - 1
    guard noun >= 0, tagged.isLowercaseWord(preposition), isNounOfArea(noun) else { return false }
    let isHome = tagged.isWord(preposition, "in") && isNounOfPeople(noun)
    guard Self.areaPrepositions.contains(preposition, in: tagged) || isHome, !tagged.has(start, [.givenName, .demonymStart])
    else { return false }
    // Where people live or hold posts may be spelled like a common noun (`officials in Cork`,
    // `residents in Bath`) when one word, capitalized inside the sentence, names it.
    let isCapitalizedHome = isHome && after == start + 1 && tagged.isCapitalizedWord(start) && !tagged.isSentenceInitial(start)
    for index in start..<after where tagged.tokens[index].kind == .word {
      guard isCapitalizedHome || [nil, .propn].contains(tagged.usualTag(index)), !tagged.tokens[index].flags.contains(.allUpper),
        !tagged.isCamelCase(index)
      else { return false }
    }
    guard after < tagged.tokens.count else { return true }
    // A word or a suffix glued to the name makes it another's (`Node.js`); punctuation does not.
    let isSuffixed = tagged.has(after, [.period, .hyphen]) && isGluedWord(after + 1)
    if tagged.isGlued(after), tagged.tokens[after].kind == .word || isSuffixed { return false }
    return !isModifierOfNoun(after) && tagged.tokens[after].kind != .number
      && !tagged.has(after, [.straightSingle, .closeSingle])
  }

  /// A common noun in lower case, or one opening the sentence (`Nurses across Tarnby`), or the
  /// plural of a title's acronym (`MPs in Velmore`), that is not where something is written or kept.
  private func isNounOfArea(_ index: Int) -> Bool {
    guard !Self.writings.contains(index, in: tagged) else { return false }
    if isPluralOfTitleAcronym(index) { return true }
    if tagged.isLowercaseWord(index) { return tagged.upos(index) == .noun }
    return tagged.isSentenceInitial(index) && tagged.isCapitalizedWord(index) && ActorTagger.isCommonNounForm(index, tagged)
  }

  /// `MPs`, `MEPs`: the plural of a title the lexicon holds as an acronym.
  private func isPluralOfTitleAcronym(_ index: Int) -> Bool {
    guard tagged.isCapitalizedWord(index), tagged.tokens[index].length >= 3, tagged.endsWith(index, "s") else {
      return false
    }
    let word = tagged.string(tokens: index..<(index + 1)).dropLast()
    return word.allSatisfy(\.isUppercase) && tagged.lexicon.titles.value(forPhrase: word.lowercased()) != nil
  }

  /// A noun of people or of their homes: `teachers`, `residents`, `schools`; or of the holders of
  /// a post or role the titles lexicon lists (`Lawmakers in Tessaria`, `officials in Velmore`).
  private func isNounOfPeople(_ index: Int) -> Bool {
    let lemma = tagged.lemma(index).lowercased()
    return Self.inhabitants.contains(index, in: tagged) || PersonWords.occupations.contains(Substring(lemma))
      || isPluralOfTitleAcronym(index)
      || tagged.isPluralNoun(index) && tagged.lexicon.titles.value(forPhrase: lemma) != nil
  }

  private func isGluedWord(_ index: Int) -> Bool {
    index < tagged.tokens.count && tagged.isGlued(index) && tagged.tokens[index].kind == .word
  }

  /// Whether a lower-case noun right after the name makes the name its modifier: `Nasdaq
  /// trading`, `Cumbria schools`.
  func isModifierOfNoun(_ after: Int) -> Bool {
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
    "hospital", "farm", "village", "hotel", "beach", "facility", "terminal", "address", "home", "house", "flat",
    "apartment", "shop", "shops", "store", "stores", "office", "offices", "headquarters", "parliament",
  ])

  private static let seatParticiples = WordList(["based", "headquartered", "located", "situated"])

  private static let placeHeads = WordList(["mayor", "mayors", "mayoress", "burgomaster"])

  private static let placePrepositions = WordList([
    "in", "near", "outside", "across", "around", "throughout", "at", "between", "for", "to", "from",
  ])

  private static let settings = WordList([
    "northern", "southern", "eastern", "western", "central", "rural", "coastal", "downtown", "suburban",
    "neighbouring", "neighboring",
  ])

  private static let areaPrepositions = WordList(["across", "throughout"])

  private static let inhabitants = WordList([
    "people", "residents", "locals", "families", "parents", "voters", "households", "tenants", "commuters",
    "homes", "schools", "hospitals", "businesses", "communities",
  ])

  /// Where something is written, told or kept rather than where it is.
  private static let writings = WordList([
    "report", "reports", "article", "articles", "interview", "interviews", "column", "editorial", "piece", "story",
    "stories", "letter", "paper", "study", "post", "posts", "blog", "essay", "review", "feature", "entry", "chapter",
    "section", "episode", "version", "update", "support", "code", "function", "functions", "file", "files",
  ])

  private static let directions = WordList([
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
  ])
}
