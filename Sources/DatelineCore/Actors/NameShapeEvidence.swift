/// What the shape of a name and the words around it say about its kind, when no title or kind
/// noun does. A person: an age in apposition (`Derek Lane, 58,`), or a surname written alone later
/// (`Marta Lindqvist` … `Lindqvist`). An organization: a company's
/// legal form after a comma (`U.S. Games Systems, Inc.`); partners joined by an ampersand
/// (`Procter & Gamble`); a country or region after common nouns or an acronym
/// (`Natural Resources Wales`, `NHS England`); in a sports story, a place or a word the tagger
/// does not know before a club word (`Harwick City`, `Kestrel United`); an unknown acronym that
/// speaks after `the` (`the ECB said`); what a spokesperson speaks for (`a spokesperson for
/// Arden`), where a post is held (`an analyst at Jefferies`), who employs an analyst (`Jefferies
/// analyst Philippe Houchois`), whose data is cited (`LSEG data`) and whom someone named acts for
/// (`Naomi Fairley, for Pennine Water,`). A place: a name ending in
/// `Road` or `Avenue`, opening with `River`, `Mount` or `Cape`, served by a member (`MP for Witney`), or
/// a place with a word of direction before or after it (`Kisumu East`).
struct NameShapeEvidence {
  let tagged: TaggedText
  /// Whether the document tells of a match or a club: then `… City` and `… United` are teams.
  let isSportStory: Bool
  /// The names of the document, among which a word alone may be a person's surname.
  private let candidates: [NameCandidate]
  /// The hashes of the names of one word, which may be a person's surname written alone.
  private let singleWords: Set<UInt32>
  /// Whether the document's words tell of sport (`SportWords.isSportStory`), read once, when a
  /// name first needs it: asked again for every name, it read the whole document each time.
  let sportWords: SportStoryAnswer

  /// Reads `tagged`, whose names are `candidates`: the story is read for sport only when one of
  /// them ends in a club word.
  init(tagged: TaggedText, candidates: [NameCandidate]) {
    self.tagged = tagged
    let hasClubName = candidates.contains { candidate in
      candidate.tokens.count >= 1 && Self.isClubWord(candidate.tokens.upperBound - 1, tagged)
    }
    sportWords = SportStoryAnswer(tagged: tagged)
    isSportStory = hasClubName && sportWords.value
    self.candidates = candidates
    var singleWords = Set<UInt32>()
    // Not after a determiner: `the Pro` stands for `MacBook Pro`, as no person's surname does.
    for candidate in candidates where candidate.tokens.count == 1 {
      let word = candidate.tokens.lowerBound
      if tagged.upos(word - 1) != .det { singleWords.insert(tagged.tokens[word].hash) }
    }
    self.singleWords = singleWords
  }

  /// Whether the one word of `range` is the last word of a name that looks like a person's
  /// (`Spitzer` of `Eliot Spitzer`): alone, it names that person, whatever a spokesperson or an
  /// analyst is said to work for. Asked only when such a cue is found, which is rare.
  func isSurname(_ range: Range<Int>) -> Bool {
    guard range.count == 1 else { return false }
    let hash = tagged.tokens[range.lowerBound].hash
    return candidates.contains { candidate in
      let tokens = candidate.tokens
      return (2...3).contains(tokens.count) && tagged.tokens[tokens.upperBound - 1].hash == hash
        && Self.isPersonLikeName(tokens, tagged)
    }
  }

  /// Whether a longer name of the document ends with the words of `range`: `Marine Le Pen` for
  /// `Le Pen`.
  func candidatesEnding(with range: Range<Int>) -> Bool {
    candidates.contains { candidate in
      let tokens = candidate.tokens
      guard tokens.count > range.count else { return false }
      return zip(tokens.suffix(range.count), range).allSatisfy { tagged.tokens[$0].hash == tagged.tokens[$1].hash }
    }
  }

  /// Whether a longer name of the document, not shaped like a person's, opens with the words of
  /// `range`: `Stonegate Homes` for `Stonegate`, whose short form it may be.
  func opensLongerName(_ range: Range<Int>) -> Bool {
    candidates.contains { candidate in
      let tokens = candidate.tokens
      guard tokens.count > range.count, !Self.isPersonLikeName(tokens, tagged) else { return false }
      return zip(tokens.prefix(range.count), range).allSatisfy { tagged.tokens[$0].hash == tagged.tokens[$1].hash }
    }
  }

  /// Two or three words that are names by the tagger's usual tags, with no kind noun or company
  /// word and no place: `Eliot Spitzer`, not `Tallis Capital` nor `New York`.
  static func isPersonLikeName(_ range: Range<Int>, _ tagged: TaggedText) -> Bool {
    guard (2...3).contains(range.count), tagged.place(range) == nil else { return false }
    return range.allSatisfy { isPersonNameWord($0, tagged) }
  }

  /// Whether the word at `index` may be part of a person's name: capitalized, a name by the
  /// tagger's usual tag (or unknown to it), no kind noun or company word, not in capitals.
  static func isPersonNameWord(_ index: Int, _ tagged: TaggedText) -> Bool {
    tagged.isCapitalizedWord(index) && [nil, .propn].contains(tagged.usualTag(index))
      && !tagged.has(index, [.kindNoun, .companyHead]) && !tagged.tokens[index].flags.contains(.allUpper)
  }

  /// The votes for the kind of `candidate`, whose text ends before token `after` (past a
  /// possessive).
  func votes(for candidate: NameCandidate, after: Int) -> KindVotes {
    var votes = KindVotes()
    let range = candidate.tokens
    if !candidate.isPossessive, isAgeApposition(after) { votes.add(.person, 6) }
    if !candidate.isPossessive, Self.isPostNominal(range.upperBound, tagged), range.count >= 2 { votes.add(.person, 6) }
    if isSurnameWrittenAlone(range) { votes.add(.person, 4) }
    if hasHyphenatedGivenName(range) { votes.add(.person, 6) }
    if tagged.has(after, .comma), Self.isCompanySuffix(after + 1, tagged), tagged.isCapitalizedWord(after + 1) {
      votes.add(.organization, 8)
    }
    if isInstitutionOfPlace(range) || isPartnersName(range) || isLegalFormName(range) { votes.add(.organization, 8) }
    if isForeignArticleName(range), isPublisher(range, after: after) { votes.add(.organization, 4) }
    if !tagged.has(after, .speechVerb), !(tagged.isLowercaseWord(after) && tagged.upos(after) == .noun), isSaintsPlace(range) {
      votes.add(.place, 4)
    }
    if isSportStory, isClubName(range) || range.count == 1 && Self.isClubWord(range.lowerBound, tagged)
      || range.count >= 2 && Self.clubOpeningWords.contains(range.lowerBound, in: tagged)
    {
      votes.add(.organization, 12)
    }
    // A person named in full may sell a club too: `bought Marston Albion from Pike`.
    if isSportStory, !tagged.has(range.lowerBound, .givenName), SportWords(tagged: tagged).isClubOfTransfer(range.lowerBound),
      !isSurname(range)
    {
      votes.add(.organization, 8)
    }
    if isOpponentInResult(candidate) { votes.add(.organization, 8) }
    // No person is `the Smith`: a word the gazetteer does not hold that speaks after `the` is
    // a body (`the Garda said`), as an acronym is (`the ECB said`).
    if range.count == 1, tagged.isWord(range.lowerBound - 1, "the"), tagged.has(after, .speechVerb),
      isUnknownAcronym(range.lowerBound) || isBodyWord(range.lowerBound)
    {
      votes.add(.organization, 4)
    }
    if isSpokespersonFor(range.lowerBound) || isWorkplace(range.lowerBound) || isEmployerOfAnalyst(after)
      || isPartyActedFor(range, after: after)
      || !candidate.isPossessive && isSourceOfData(range, after: after), !isSurname(range)
    {
      votes.add(.organization, 6)
    }
    if range.count >= 2, isThoroughfareWord(range.upperBound - 1), !tagged.has(range.lowerBound, .givenName) {
      votes.add(.place, 6)
    }
    if range.count >= 2, isWaterOrMountainWord(range.lowerBound) { votes.add(.place, 6) }
    if isConstituency(range) || isPartOfPlace(range) { votes.add(.place, 6) }
    return votes
  }

  /// A name shaped like a person's whose last word the document also writes alone: news calls a
  /// person by the surname once named in full (`Marta Lindqvist` … `Lindqvist said`), while an
  /// institution or a product is shortened to its first words (`Harwick Foods` … `Harwick`), and
  /// a place's last word alone is a place (`Reel Chicago` … `Chicago`, `East Polynesia`).
  private func isSurnameWrittenAlone(_ range: Range<Int>) -> Bool {
    let first = range.lowerBound
    let last = range.upperBound - 1
    guard range.count >= 2, singleWords.contains(tagged.tokens[last].hash),
      !singleWords.contains(tagged.tokens[first].hash), !Self.isAreaWord(first, tagged)
    else { return false }
    return Self.isPersonLikeName(range, tagged) && tagged.place(last..<range.upperBound) == nil
  }

  /// `Procter & Gamble`, `Marks & Spencer`, `AT&T`, `Industrial Light & Magic`: names joined by an
  /// ampersand are the partners in a firm's name, one word after it. Not with a number, which
  /// makes it an index's (`S&P 500`), nor people named in full on either side (`Marlon Tay &
  /// Regina Holt`, `Sam Yagan & …`): a pair of people.
  private func isPartnersName(_ range: Range<Int>) -> Bool {
    guard let ampersand = range.first(where: { $0 > range.lowerBound && tagged.has($0, .ampersand) }),
      ampersand + 2 == range.upperBound, tagged.isCapitalizedWord(ampersand + 1),
      !tagged.has(range.lowerBound, .givenName)
    else { return false }
    return !range.contains { tagged.tokens[$0].kind == .number }
  }

  /// `, 58,` or `, 48 and`: an age between commas right after the name.
  private func isAgeApposition(_ after: Int) -> Bool {
    guard tagged.has(after, .comma), after + 2 < tagged.tokens.count, tagged.tokens[after + 1].kind == .number,
      tagged.tokens[after + 1].length <= 3, tagged.has(after + 2, .comma) || tagged.isWord(after + 2, "and")
    else { return false }
    // Not the first digits of a larger number: `Samoan, 51,336 lived …`.
    let next = after + 3
    if next < tagged.tokens.count, tagged.tokens[next].kind == .number, tagged.isGlued(next) { return false }
    let token = tagged.tokens[after + 1]
    let text = tagged.analysis.text
    var age = 0
    for offset in Int(token.start)..<Int(token.end) {
      let digit = Int(text[offset]) - 0x30
      guard (0...9).contains(digit) else { return false }
      age = age * 10 + digit
    }
    return (1...120).contains(age)
  }

  /// A name whose last words are a country or region the gazetteer holds (a city's or town's name
  /// is often a common word or a ship's: `Bay`, `Saga`, `Space Shuttle Columbia`), after words
  /// that are common nouns
  /// by their usual tag or acronyms: `Natural Resources Wales`, `Police Scotland`, `NHS England`;
  /// not a place with a word of direction or size before it (`Central London`, `Greater
  /// Manchester`), nor one the gazetteer holds whole (`New South Wales`).
  private func isInstitutionOfPlace(_ range: Range<Int>) -> Bool {
    // The first word opens every lead: when it cannot, no place need be looked up.
    guard range.count >= 2, isLeadWord(range.lowerBound), tagged.place(range) == nil else { return false }
    for split in (range.lowerBound + 1)..<range.upperBound {
      guard let place = tagged.place(split..<range.upperBound), place == .country || place == .region else { continue }
      let lead = range.lowerBound..<split
      guard lead.allSatisfy({ isLeadWord($0) && !Self.isAreaWord($0, tagged) }) else { return false }
      return lead.contains { index in
        tagged.tokens[index].flags.contains(.allUpper) || tagged.usualTag(index) == .noun
      }
    }
    return false
  }

  /// A word that no given name, nationality or title opens: by its flags, it may come before the
  /// place in an institution's name (a word of direction or size is checked apart, by its letters).
  private func isLeadWord(_ index: Int) -> Bool {
    tagged.tokens[index].kind == .word && !tagged.has(index, [.givenName, .demonymStart, .titleStart])
  }

  /// `an analyst at Jefferies`, `global head of macro at ING`: where someone holds a post, told by
  /// `at` after a title or role noun a few lower-case words before it.
  private func isWorkplace(_ start: Int) -> Bool {
    guard start >= 2, tagged.isWord(start - 1, "at") else { return false }
    var index = start - 2
    while index >= max(0, start - 6), tagged.isLowercaseWord(index) {
      if tagged.has(index, .titleStart), let match = tagged.match(tagged.lexicon.titles, at: index, limit: start - 1),
        index + match.length == start - 1 || tagged.isWord(index + match.length, "of")
      {
        return true
      }
      index -= 1
    }
    return false
  }

  /// `Jefferies analyst Philippe Houchois`: a name before a role noun of research and a person's
  /// name employs them.
  private func isEmployerOfAnalyst(_ after: Int) -> Bool {
    tagged.isLowercaseWord(after) && tagged.isCapitalizedWord(after + 1)
      && Self.researchRoles.contains(after, in: tagged)
  }

  /// `LSEG data`, `ONS figures`: whose numbers a story cites, when its words are names, not
  /// common words (`Ethnicity figures`, `Midwestern statistics`).
  private func isSourceOfData(_ range: Range<Int>, after: Int) -> Bool {
    guard tagged.isLowercaseWord(after), Self.dataNouns.contains(after, in: tagged) else { return false }
    return range.allSatisfy { [nil, .propn].contains(tagged.usualTag($0)) }
  }

  /// `a spokesperson for Arden`: who has a spokesperson is an institution.
  private func isSpokespersonFor(_ start: Int) -> Bool {
    guard start >= 2, tagged.isWord(start - 1, "for") else { return false }
    return Self.spokespersonWords.contains(start - 2, in: tagged)
  }

  /// `Naomi Fairley, for Pennine Water, told the court`: whom someone just named acts for, set
  /// off by commas, is an institution when its name is neither a place nor shaped like a person's.
  private func isPartyActedFor(_ range: Range<Int>, after: Int) -> Bool {
    let start = range.lowerBound
    guard start >= 3, tagged.isWord(start - 1, "for"), tagged.isLowercaseWord(start - 1), tagged.has(start - 2, .comma),
      tagged.isCapitalizedWord(start - 3), !tagged.has(start - 3, .calendar), tagged.has(after, .comma),
      tagged.place(range) == nil
    else { return false }
    return !Self.isPersonLikeName(range, tagged)
  }

  /// An acronym of two to five capitals that no lexicon knows: the subject of a speech verb after
  /// `the` (`the ECB said`) is an institution.
  private func isUnknownAcronym(_ index: Int) -> Bool {
    let token = tagged.tokens[index]
    return token.kind == .word && token.flags.contains(.allUpper) && (2...5).contains(token.length)
      && tagged.place(index..<(index + 1)) == nil && !TitleWords(tagged: tagged).isKnownName(index)
      && !tagged.has(index, [.givenName, .titleStart, .calendar])
  }

  /// A capitalized word that no gazetteer, given name, title, nationality or calendar holds.
  private func isBodyWord(_ index: Int) -> Bool {
    tagged.isCapitalizedWord(index) && tagged.place(index..<(index + 1)) == nil
      && !tagged.has(index, [.givenName, .titleStart, .calendar, .demonymStart])
  }

  /// The letters of degrees, honours, ranks at the bar and seats in a legislature written after
  /// a person's name.
  private static let postNominals = WordList([
    "md", "rn", "dds", "dvm", "mph", "mba", "obe", "mbe", "cbe", "kc", "qc", "phd", "mp", "mep", "msp", "mla", "frs",
  ])

  /// Whether token `index` is a post-nominal in capitals: `KC` in `Simon Price KC`, `MP`, `OBE`.
  static func isPostNominal(_ index: Int, _ tagged: TaggedText) -> Bool {
    index >= 0 && index < tagged.tokens.count && tagged.tokens[index].flags.contains(.allUpper)
      && postNominals.contains(index, in: tagged)
  }

  /// Roles of research that an employer's name comes before.
  private static let researchRoles = WordList(["analyst", "analysts", "economist", "strategist", "researcher"])

  /// Nouns of the numbers a story cites.
  private static let dataNouns = WordList(["data", "figures", "statistics", "estimates"])

  /// Those who speak for an institution.
  private static let spokespersonWords = WordList(["spokesperson", "spokesman", "spokeswoman"])

  /// Companies' legal forms.
  private static let companySuffixes = WordList(["inc", "ltd", "llc", "plc", "corp", "gmbh", "llp"])

  /// `Inc`, `Ltd`, `LLC`, `PLC`, `Corp`, `GmbH`: a legal form written after a company's name.
  static func isCompanySuffix(_ index: Int, _ tagged: TaggedText) -> Bool {
    return Self.companySuffixes.contains(index, in: tagged)
  }
}
