/// What the words around one name say about it.
struct NameContext: Sendable {
  /// The votes for its kind.
  var votes = KindVotes()
  /// A title or role noun right before it (`prime minister, Mustafa …`).
  var titleBefore: TitleContext.Found?
  /// A title or role noun heading an appositive after it (`Kyle Orton, an … analyst`).
  var titleAfter: TitleContext.Found?
}

/// What the words around one name say about its kind: titles and role nouns (a person), kind
/// nouns as its head, right before or after it or in apposition (`… Institute`, `provider …`,
/// `… militia`, `alliance, Sayirun`),
/// given names, `, who`, a `his`/`her` soon after, and for names in the place gazetteer, a
/// locative preposition before or a speech verb next to them. A name with a model number (`iPhone 4`,
/// `Airbus A380`) is never a person and likely a product, as is a word in camel case (`iPod`).
struct KindEvidence {
  let tagged: TaggedText
  /// What the shapes of the names say.
  let shapes: NameShapeEvidence
  /// The nationalities the document makes of its places (`Norvanian` of `Norvania`).
  let demonyms: DocumentDemonyms

  /// The evidence of `tagged`, whose names are `candidates` and whose unlisted nationalities are
  /// `demonyms`.
  init(tagged: TaggedText, candidates: [NameCandidate], demonyms: DocumentDemonyms) {
    self.tagged = tagged
    self.demonyms = demonyms
    shapes = NameShapeEvidence(tagged: tagged, candidates: candidates)
  }

  /// The context of `candidate`, with the votes it gives.
  func context(for candidate: NameCandidate) -> NameContext {
    var context = NameContext()
    let range = candidate.tokens
    let titles = TitleContext(tagged: tagged)
    let after = candidate.isPossessive ? range.upperBound + 2 : range.upperBound
    context.titleBefore = titles.before(range.lowerBound)
    context.titleAfter = titles.after(after)
    context.votes = votes(for: candidate, after: after, context: context, titles: titles)
    return context
  }

  private func votes(for candidate: NameCandidate, after: Int, context: NameContext, titles: TitleContext) -> KindVotes
  {
    var votes = KindVotes()
    let range = candidate.tokens
    guard let firstWord = range.first(where: isWord), let lastWord = range.last(where: isWord) else { return votes }
    let wordCount = range.reduce(0) { $0 + (isWord($1) ? 1 : 0) }
    if candidate.title != nil { votes.add(.person, 10) }
    if tagged.has(firstWord, .givenName) { votes.add(.person, wordCount >= 2 ? 6 : 3) }
    let modelNumber = range.contains { tagged.tokens[$0].kind == .number && !NameFinder.isOrdinal($0, tagged) }
    // A known maker's name before a model number names the model, not the maker (`Airbus A380`).
    if wordCount >= 2, !modelNumber, tagged.has(firstWord, .knownStart),
      let known = tagged.match(tagged.lexicon.knownActors, at: firstWord, limit: firstWord + 1)?.value,
      known == .organization || known == .group
    {
      votes.add(known, 4)
    }
    // A head before `of` names the kind from the front, not the last word: `Office of Rail and
    // Road`, `Group of Seven`, `Government of the Cook Islands`, `American Academy of Sciences`.
    // So does such a head after other words (`Royal College of Nursing`), or before a place
    // (`Imperial College London`), and one before the aim it has after `to` (`Committee to
    // Protect Journalists`).
    let head = wordAfterNationalities(firstWord, end: lastWord)
    let innerHead = wordBeforeConnector(from: head, end: lastWord)
    if lastWord != head, tagged.has(head, .kindNoun),
      tagged.has(head, .takesOf) && tagged.has(head + 1, .connector) || tagged.isWord(head + 1, "of")
        || tagged.isWord(head + 1, "to") && tagged.isLowercaseWord(head + 1),
      let kind = tagged.infos[head].actorKind
    {
      votes.add(kind, 8)
    } else if lastWord != head, tagged.isWord(head + 1, "of"), NameFinder.landforms.contains(head, in: tagged) {
      // A landform's noun before `of` names a place: `Bay of Bengal`, `Strait of Hormuz`.
      votes.add(.place, 8)
    } else if lastWord != head, isTitleOfPlace(head) {
      votes.add(.person, 10)
    } else if let inner = innerHead ?? headBeforePlace(from: head, end: lastWord),
      let kind = tagged.infos[inner].actorKind
    {
      votes.add(kind, 8)
    } else if wordCount >= 2, tagged.has(lastWord, .companyHead), tagged.isCapitalizedWord(lastWord) {
      // Less than a head noun: what the words around it say (`…, a militant group`) can outweigh it.
      votes.add(.organization, 5)
    } else if tagged.has(lastWord, .kindNoun), let kind = tagged.infos[lastWord].actorKind {
      votes.add(kind, wordCount >= 2 ? 8 : 4)
    } else if wordCount >= 2, tagged.isCapitalizedWord(lastWord),
      SurroundingKindEvidence.landforms.contains(lastWord, in: tagged)
    {
      // A landform closing a name names it: `Gatun Lake`, `Ruth Glacier`.
      votes.add(.place, 8)
    }
    // A product noun after a name is what the named maker makes (`Norvik software`), unless it
    // says what the name is (`Brent crude`): then it outweighs a place the gazetteer holds.
    // A place the gazetteer holds after an owner's possessive locates the owner's branch (`the
    // FBI's Boston office`), while a benchmark noun still says what the name is (`Germany's DAX index`).
    if !candidate.isPossessive, !candidate.isModifier, tagged.isLowercaseWord(after), tagged.has(after, .kindNoun),
      let kind = tagged.infos[after].actorKind, kind != .product || tagged.has(after, .kindAfterName),
      kind == .product || !(range.lowerBound >= 3 && tagged.isPossessive(after: range.lowerBound - 2) && tagged.place(range) != nil)
    {
      // A body that serves a place, in lower case after a name, serves the place the name is
      // (`Harlow Vale council`, `Tarnby police`); any body after a country, region or city the
      // gazetteer holds is one based there (`the Ohio bank said`).
      let isBodyOfPlace = Self.placeBodies.contains(after, in: tagged)
        || kind != .product && [.country, .region, .city].contains(tagged.place(range))
      votes.add(isBodyOfPlace ? .place : kind, kind == .product ? 8 : 6)
    } else if !candidate.isPossessive, !candidate.isModifier,
      isNamedProduct(range, after: after) || isOwnedLine(range, after: after)
    {
      votes.add(.product, 4)
    }
    votes.add(nounBeforeVotes(range, after: after))
    // More than `, who` after it, which a party's members take (`the Liberals, who came second`).
    if isPartyOfMembers(lastWord) { votes.add(.group, wordCount >= 2 ? 8 : 6) }
    // A kind noun of an organization or group opening the sentence, split off the name as a
    // descriptor: `Carmaker Norbridge`.
    if opensSentenceOfName(range.lowerBound), tagged.has(range.lowerBound - 1, .kindNoun),
      !tagged.isGlued(range.lowerBound), let kind = tagged.infos[range.lowerBound - 1].actorKind,
      kind == .organization || kind == .group
    {
      votes.add(kind, 6)
    }
    // A trade's noun opening the sentence, split off a name of one word, names a firm's trade:
    // `Developer Norwind`, `Housebuilder Oakmere`.
    if wordCount == 1, opensSentenceOfName(range.lowerBound), SentenceDescriptors.isFirmsTradeNoun(range.lowerBound - 1, tagged) {
      votes.add(.organization, 6)
    }
    // A doer's noun opening the sentence, split off a person's name: `Meteorologist Dana Price`.
    if wordCount == 2, opensSentenceOfName(range.lowerBound), !tagged.has(range.lowerBound - 1, .kindNoun),
      !tagged.has(lastWord, [.kindNoun, .companyHead]), NameShapeEvidence.isPersonNameWord(firstWord, tagged),
      SentenceDescriptors.isDoerNoun(range.lowerBound - 1, tagged)
    {
      votes.add(.person, 6)
    }
    if tagged.has(after, .comma), tagged.isWord(after + 1, "who") { votes.add(.person, 5) }
    if context.titleBefore != nil { votes.add(.person, 8) }
    if context.titleAfter != nil { votes.add(.person, 8) }
    if let kind = titles.appositiveKind(start: range.lowerBound, end: after) { votes.add(kind, 6) }
    if let kind = kindNounApposition(range, after: after) { votes.add(kind, 6) }
    if personPronounFollows(after), !isInOpeningPhrase(range.lowerBound) { votes.add(.person, 2) }
    if let place = tagged.place(range) {
      votes.add(placeVotes(place, candidate: candidate, after: after))
    } else if demonyms.isPlace(range, in: tagged) {
      // A name the text makes a nationality of (`Norvania`, `the Norvanian government`).
      votes.add(.place, 8)
    } else if !candidate.isPossessive, !candidate.isModifier, !tagged.isSentenceInitial(range.lowerBound),
      let end = countryAfterComma(after),
      tagged.has(end, [.comma, .period, .terminal, .semicolon, .closeParen]) || end >= tagged.tokens.count
    {
      // A town the gazetteer does not hold, set off by its country inside a sentence: `… hit
      // Balnagard, Scotland, …` (less than a given name: `Ewan Ross, Scotland,` in a team sheet;
      // not a publisher opening a reference: `Penguin, New Zealand.`).
      votes.add(.place, 4)
    } else if !candidate.isPossessive, isSetOffAfterInstitution(range, after: after) {
      // A word set off after an institution's name says where it is: `the University of
      // Lindale, Brackton, said`.
      votes.add(.place, 6)
    }
    if modelNumber {
      votes.clear(.person)
      // A road's number names the road, a place (`U.S. Highway 89`, `Interstate 40`, `the M62`).
      if range.contains(where: { $0 > range.lowerBound && NameShapeEvidence.isRoadWord($0 - 1, tagged) })
        || shapes.isRoadCode(range)
      {
        votes.add(.place, 8)
      } else {
        votes.add(.product, 4)
      }
    }
    if tagged.isCamelCase(firstWord) { votes.add(.product, 3) }
    votes.add(shapes.votes(for: candidate, after: after))
    votes.add(PersonCues(tagged: tagged).votes(for: candidate, after: after))
    votes.add(SurroundingKindEvidence(tagged: tagged).votes(for: candidate, after: after))
    return votes
  }

  /// What the words around a name the gazetteer holds say: a name after a locative preposition
  /// (`in Tarnów`, `Analysts in Tromsø said`) or before its country (`Tarnów, Poland`) is the place;
  /// a city or town whose name speaks (`Jackson said`, `said Lincoln`) is a person of that name,
  /// unless it opens a longer name of the text that it stands for (`Stonegate Homes` … `Stonegate
  /// said`).
  private func placeVotes(_ place: PlaceGazetteer.Kind, candidate: NameCandidate, after: Int) -> KindVotes {
    var votes = KindVotes()
    let start = candidate.tokens.lowerBound
    if start > 0, tagged.has(start - 1, .locativePreposition) || !candidate.isPossessive && countryAfterComma(after) != nil {
      votes.add(.place, 3)
    } else if place == .city || place == .town, !shapes.opensLongerName(candidate.tokens),
      (!candidate.isPossessive && tagged.has(after, .speechVerb)) || (start > 0 && tagged.has(start - 1, .speechVerb))
    {
      votes.add(.person, 5)
    }
    return votes
  }

  /// The end of a country or region the gazetteer holds after a comma at `after`, which locates
  /// the name before: `Tavira, Portugal`, `Kourou, French Guiana`; nil when none follows.
  private func countryAfterComma(_ after: Int) -> Int? {
    guard tagged.has(after, .comma), tagged.isCapitalizedWord(after + 1) else { return nil }
    for length in 1...3 where !tagged.isCapitalizedWord(after + 1 + length) {
      guard let place = tagged.place((after + 1)..<(after + 1 + length)), place == .country || place == .region else {
        return nil
      }
      return after + 1 + length
    }
    return nil
  }

  /// Whether the one word of `range` is a word the tagger does not know as a common one, set off
  /// by commas right after the name of an institution whose head is an organization's kind noun
  /// (`the University of Lindale, Brackton,`, `Kessel College, Marrow,`), and no given name.
  private func isSetOffAfterInstitution(_ range: Range<Int>, after: Int) -> Bool {
    let start = range.lowerBound
    guard range.count == 1, start >= 2, tagged.has(start - 1, .comma), tagged.has(after, .comma),
      [nil, .propn].contains(tagged.usualTag(start)), !tagged.has(start, [.givenName, .titleStart])
    else { return false }
    var index = start - 2
    while index >= max(0, start - 8), tagged.isCapitalizedWord(index) || tagged.isWord(index, "of") {
      if tagged.isCapitalizedWord(index), tagged.has(index, .kindNoun), tagged.infos[index].actorKind == .organization {
        return true
      }
      index -= 1
    }
    return false
  }

  /// The first word from `start` after the nationalities that open a name (`Academy` in
  /// `American Academy of Sciences`), not past `end`.
  private func wordAfterNationalities(_ start: Int, end: Int) -> Int {
    var index = start
    while index < end, tagged.has(index, .demonymStart),
      let match = tagged.match(tagged.lexicon.demonyms, at: index, limit: end)
    {
      index += match.length
    }
    return index
  }

  /// The capitalized word after `start` that a connector follows inside a name ending at `end`,
  /// when it is a kind noun that takes one (`College` in `Royal College of Nursing`, `Board` in
  /// `Mining and Energy Board of Tarnovia`).
  private func wordBeforeConnector(from start: Int, end: Int) -> Int? {
    var index = start + 1
    while index < end, tagged.isCapitalizedWord(index) || tagged.isLowercaseWord(index) && tagged.isWord(index, "and") {
      if tagged.has(index + 1, .connector) {
        return tagged.has(index, .kindNoun) && tagged.has(index, .takesOf) ? index : nil
      }
      index += 1
    }
    return nil
  }

  /// The kind noun of an organization or group followed only by a country, region or city the
  /// gazetteer holds, closing a name ending at `end`: `College` in `Imperial College London`.
  private func headBeforePlace(from start: Int, end: Int) -> Int? {
    var index = start
    while index < end, tagged.isCapitalizedWord(index) {
      if tagged.has(index, .kindNoun), let kind = tagged.infos[index].actorKind, kind == .organization || kind == .group,
        let place = tagged.place((index + 1)..<(end + 1)), place != .town
      {
        return index
      }
      index += 1
    }
    return nil
  }

  /// `Duke of Sussex`, `Lord Mayor of Bergen`: a title the lexicon holds opening a name before
  /// `of` names the one who holds it.
  private func isTitleOfPlace(_ head: Int) -> Bool {
    guard tagged.isCapitalizedWord(head), tagged.has(head, .titleStart),
      let match = tagged.match(tagged.lexicon.titles, at: head, limit: head + 3)
    else { return false }
    return tagged.isWord(head + match.length, "of") && tagged.isLowercaseWord(head + match.length)
  }

  private static let placeBodies = WordList(["council", "councils", "police", "constabulary"])

  private func isWord(_ index: Int) -> Bool {
    tagged.tokens[index].kind == .word
  }

  /// Whether `his`, `her`, `he` or `she` comes within a few words, before any other name; not
  /// after a name that modifies a noun, whose person the pronoun is (`the Championship manager
  /// lost his job`).
  private func personPronounFollows(_ start: Int) -> Bool {
    if tagged.isLowercaseWord(start), tagged.upos(start) == .noun, tagged.usualTag(start) == .noun { return false }
    let limit = min(tagged.tokens.count, start + 6)
    var index = start
    while index < limit {
      if tagged.has(index, [.period, .terminal, .semicolon]) || tagged.isCapitalizedWord(index) { return false }
      if tagged.has(index, .personPronoun) { return true }
      index += 1
    }
    return false
  }
}
