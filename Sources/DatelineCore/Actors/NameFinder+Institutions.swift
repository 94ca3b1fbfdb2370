/// The institution names a run of capitalized words may form beyond plain capitalized words:
/// `of` after an institution noun (`Department of Health`, `Group of 20`) and the field after a
/// second connector (`Court of Arbitration for Sport`), a possessive of common
/// words (`People’s Party`), two fields joined by `and` (`the Competition and Markets Authority`),
/// and the title such words may lead to instead (`Trade and Industry Secretary`).
extension NameFinder {
  /// The end of an institution named with the possessive of capitalized common words after the
  /// run `start...last` of common words (nouns and adjectives by their usual tag, or words the
  /// tagger does not know): `People’s Party`, `Information Commissioner’s Office`, `Workers’
  /// Party`, `Murdoch Children’s Research Institute`; nil when a title, an acronym, a known name
  /// or a place owns what follows (`Queen’s Journal`, `FSF’s Board`, `Britain’s Labour Party`),
  /// when no word of the owner is a common one (`Yoon’s People Power Party`), when the owner is an
  /// institution or what follows has a name of its own (`Halvard Group’s Zentrix Bank`: one owns
  /// the other), or when what follows is not common words ending in one for an organization or
  /// group. Known names may stand before the plural of the members an organization is named for
  /// (`Marlow Bay Fishermen’s Association`, `Harlow Teachers’ Union`).
  func possessiveInstitutionEnd(after last: Int, runStart start: Int, limit: Int) -> Int? {
    let apostrophe = last + 1
    guard apostrophe + 1 < limit, tagged.has(apostrophe, [.closeSingle, .straightSingle]), tagged.isGlued(apostrophe)
    else {
      return nil
    }
    var head = apostrophe + 1
    if tagged.isWord(head, "s"), tagged.isGlued(head) {
      head += 1
    } else if !tagged.endsWith(last, "s") {
      return nil
    }
    if let end = saintsInstitutionEnd(owner: start...last, head: head, limit: limit) { return end }
    var end = head
    while isNameWord(end, limit: limit), !isSplitter(end) { end += 1 }
    guard end > head, tagged.has(end - 1, .kindNoun), [.organization, .group].contains(tagged.infos[end - 1].actorKind),
      case let owner = (start...last).drop(while: { tagged.has($0, .functionWord) }), let first = owner.first,
      !tagged.has(first, [.titleStart, .honorific]),
      owner.allSatisfy({
        [.noun, .adj, nil].contains(tagged.usualTag($0)) && !isKnownName($0) && !isAcronym($0)
          || $0 < last && isMembersPlural(last) && !tagged.has($0, .givenName)
      }),
      owner.contains(where: { [.noun, .adj].contains(tagged.usualTag($0)) }) || isMembersPlural(last),
      !tagged.has(last, .kindNoun),
      (head..<(end - 1)).allSatisfy({ [.noun, .adj].contains(tagged.usualTag($0)) })
    else {
      return nil
    }
    return end
  }

  /// Whether the word at `index`, before a possessive, is the plural of a common noun for the
  /// members an organization is named for (`Fishermen`, `Teachers`, `Women`): the names before it
  /// say where they come from (`Marlow Bay Fishermen’s Association`), not who owns the body.
  private func isMembersPlural(_ index: Int) -> Bool {
    guard !isAcronym(index), !isKnownName(index) else { return false }
    if tagged.usualTag(index) == .noun, tagged.isPluralNoun(index) { return true }
    // A plural the tagger has not seen written so, read as a name: its singular names a person
    // (`Fishermen`, `Farmers`), or its possessive is a bare apostrophe (`Tenants’`), seldom a name's.
    if tagged.usualTag(index) == nil, !tagged.has(index, .givenName), tagged.isPluralNoun(index),
      tagged.has(index + 1, [.closeSingle, .straightSingle]), !tagged.isWord(index + 2, "s") || !tagged.isGlued(index + 2)
    {
      return true
    }
    let word = tagged.string(tokens: index..<(index + 1)).lowercased()
    let singular = word.hasSuffix("men") ? word.dropLast(3) + "man" : word.hasSuffix("s") ? String(word.dropLast()) : ""
    return PersonWords.occupations.contains(Substring(singular))
  }

  /// The end of an institution named after a saint: `St Anne's hospital`, `St. Mary's Hospital`,
  /// `Saint Luke's Clinic`. A saint's title and name (`owner`, past a determiner) with its
  /// possessive before a noun for an institution or a place, capitalized or not (after more
  /// capitalized words: `St Anne's Catholic Church`), name the institution, as hospitals, churches
  /// and schools are named after saints: no person is meant.
  private func saintsInstitutionEnd(owner: ClosedRange<Int>, head: Int, limit: Int) -> Int? {
    let owner = owner.drop { tagged.has($0, .functionWord) }
    guard let first = owner.first, owner.count >= 2, NameShapeEvidence.isSaintWord(first, tagged),
      owner.dropFirst().contains(where: { tagged.isCapitalizedWord($0) })
    else { return nil }
    var end = head
    while end < limit, tagged.isCapitalizedWord(end), !tagged.has(end, .kindNoun) { end += 1 }
    guard end < limit, tagged.has(end, .kindNoun), end == head || tagged.isCapitalizedWord(end),
      let kind = tagged.infos[end].actorKind, kind == .organization || kind == .place
    else { return nil }
    return end + 1
  }

  /// Whether the word `last` takes the connector after it inside a name: a kind noun that does
  /// anywhere (`Ministry of …`, `Centre for …`), or any noun for an organization or a group that
  /// heads the run before `of` (`Group of Seven`, `Union of Concerned Scientists`), a place's
  /// that does (`Bay of Bengal`), or any word before an `of` that leads to the title of a law
  /// (`Proceeds of Crime Act`).
  func takesOf(_ last: Int, connector: Int, runStart start: Int) -> Bool {
    if tagged.has(last, .takesOf) { return true }
    if tagged.isWord(connector, "of"),
      leadsToLawTitle(connector + 1) || isPlaceHeadTakingOf(last, runStart: start)
        || isTitleTakingOf(last, runStart: start)
    {
      return true
    }
    guard tagged.has(last, .kindNoun), [.organization, .group].contains(tagged.infos[last].actorKind),
      tagged.isWord(connector, "of")
    else { return false }
    return (start..<last).allSatisfy { isSplitter($0) }
  }

  /// Whether `last` closes a title that `the` opens, only function words before it in the run, and
  /// that takes `of` and the place whose post it is: `the Duke of Sussex`, `The Lord Mayor of
  /// Bergen`.
  private func isTitleTakingOf(_ last: Int, runStart start: Int) -> Bool {
    var first = start
    while first < last, isSplitter(first) { first += 1 }
    return tagged.isWord(first - 1, "the") && tagged.isCapitalizedWord(last) && Self.isTitleOfPlace(first, of: last + 1, tagged)
  }

  /// Whether a title the lexicon holds runs from `first` to the `of` at `of`, and is a rank or the
  /// post of the place the gazetteer holds after it: `Duke of Sussex`, `Mayor of Bergen`, `Queen
  /// of the Netherlands`; not a company's post (`CEO of Hotelied`), nor a title whose holder is
  /// named in apposition after it (`the President of Kenya, William Ruto`).
  static func isTitleOfPlace(_ first: Int, of: Int, _ tagged: TaggedText) -> Bool {
    guard tagged.has(first, .titleStart), tagged.isWord(of, "of"), tagged.isLowercaseWord(of),
      let match = tagged.match(tagged.lexicon.titles, at: first, limit: of), first + match.length == of
    else { return false }
    let start = tagged.isWord(of + 1, "the") && tagged.isLowercaseWord(of + 1) ? of + 2 : of + 1
    var end = start
    while end < min(tagged.tokens.count, start + 4), tagged.isCapitalizedWord(end) { end += 1 }
    // `the President of Kenya, William Ruto,`: the name in apposition is the holder's.
    if tagged.has(end, .comma), tagged.has(end + 1, .givenName) { return false }
    return match.value.kind == .rank || end > start && tagged.place(start..<end) != nil
  }

  /// A number of one to three digits standing for what an institution counts (`Group of 20`), not
  /// a time or part of an amount (`20,000`, `20%`, `20m`).
  func isNumberInName(_ index: Int, limit: Int) -> Bool {
    guard index < limit, tokens[index].kind == .number, tokens[index].length <= 3, tagged.timeOf[index] < 0 else {
      return false
    }
    let next = index + 1
    guard tagged.isGlued(next) else { return true }
    return tagged.has(next, [.period, .comma, .colon, .semicolon, .closeParen, .closeSingle, .closeDouble])
      && !(tagged.isGlued(next + 1) && tokens[next + 1].kind == .number)
  }

  /// Whether the capitalized words from `start` end in a word that names a law or a treaty:
  /// `Crime Act`, `Information Act`, `Rights Bill`.
  private func leadsToLawTitle(_ start: Int) -> Bool {
    var end = start
    while end < tokens.count, tagged.isCapitalizedWord(end), !tagged.has(end, .functionWord) { end += 1 }
    guard end > start else { return false }
    let words: [StaticString] = ["act", "bill", "treaty", "convention", "charter", "accord"]
    return words.contains { tagged.isWord(end - 1, $0) }
  }

  func isAcronym(_ index: Int) -> Bool { tokens[index].length > 1 && tokens[index].flags.contains(.allUpper) }

  /// Whether a run holds an institution's `of` (`Office of Rail`, `Department of Health`,
  /// `Society of Motor Manufacturers`).
  func hasInstitutionOf(_ run: Range<Int>) -> Bool {
    run.contains {
      tagged.has($0, .connector) && $0 > run.lowerBound && takesOf($0 - 1, connector: $0, runStart: run.lowerBound)
    }
  }

  /// The end of the capitalized common words (nouns and adjectives by their usual tag, or words
  /// the tagger and the lexicons do not know) from `start` to the end of a name run, when there
  /// are some and nothing else: `Road` and `Human Services` join the institution before `and`
  /// (`Office of Rail and Road`), a name such as `Hamas` does not.
  func commonWordsEnd(from start: Int, limit: Int) -> Int? {
    var index = start
    while isNameWord(index, limit: limit) {
      let tag = tagged.usualTag(index)
      guard tag == .noun || tag == .adj || tag == nil && !isKnownName(index) else { return nil }
      index += 1
    }
    return index > start ? index : nil
  }

  /// The end of the field an institution serves after its `of` and a second connector `for`,
  /// when the words to the end of the run name nothing of their own: `Sport` in `Court of
  /// Arbitration for Sport` (not a place, a person or an acronym: `Bank of England for Wales`).
  func fieldEnd(from start: Int, limit: Int) -> Int? {
    var index = start
    while isNameWord(index, limit: limit), !isSplitter(index), !isKnownName(index), !isAcronym(index) { index += 1 }
    return index > start && !isNameWord(index, limit: limit) ? index : nil
  }

  /// The end of an institution named after two fields joined by `and`, after `the`: capitalized
  /// words on both sides and a noun for an organization last (`the Competition and Markets
  /// Authority`, `the Securities and Exchange Board of India`). The fields may be words the
  /// tagger mostly reads in names (`Securities`), since the head noun after `the` makes the whole
  /// one body; nil when either side holds a name the lexicons or the gazetteer know or an acronym
  /// (`the Germany and France Commission`), or no organization's noun closes the second side
  /// (`Apple and Google`).
  func institutionAfterAnd(_ and: Int, runStart start: Int, limit: Int) -> Int? {
    var first = tagged.isWord(start, "the") ? start + 1 : start
    guard tagged.isWord(first - 1, "the") else { return nil }
    // A country's short name opens the institution's (`the US Food and Drug Administration`).
    if Self.isNationAcronym(first, tagged) { first += 1 }
    guard first < and, (first..<and).allSatisfy(isFieldWord),
      let end = fieldWordsEnd(from: and + 1, limit: limit), tagged.has(end - 1, .kindNoun),
      tagged.infos[end - 1].actorKind == .organization
    else { return nil }
    return end
  }

  /// The end of a list of fields after an institution's connector, its items parted by commas
  /// and the last joined by `and`, closing the run: `, Food and Rural Affairs` after `Department
  /// for Environment`, `, Labour and Welfare` after `Ministry of Health`. Each item is capitalized
  /// common words (nouns and adjectives by their usual tag) that are no names, no acronyms and
  /// no institution's own head (`the Bank of England, Treasury and Financial Conduct Authority`
  /// lists three bodies); nil otherwise.
  func fieldListEnd(from comma: Int, limit: Int) -> Int? {
    var index = comma
    var joined = false
    while index < limit, tagged.has(index, .comma) || tagged.isLowercaseWord(index) && tagged.isWord(index, "and") {
      guard !joined else { return nil }
      if tagged.isWord(index, "and") { joined = true }
      var end = index + 1
      while isNameWord(end, limit: limit), [.noun, .adj].contains(tagged.usualTag(end)), !isKnownName(end), !isAcronym(end),
        !isSplitter(end), !isInstitutionNoun(end)
      {
        end += 1
      }
      guard end > index + 1 else { return nil }
      index = end
    }
    return joined && !isNameWord(index, limit: limit) ? index : nil
  }

  /// A capitalized word that may name a field inside an institution's name: no function word,
  /// no name the lexicons or the gazetteer know, no acronym.
  private func isFieldWord(_ index: Int) -> Bool {
    tagged.isCapitalizedWord(index) && !isSplitter(index) && !isKnownName(index) && !isAcronym(index)
  }

  /// The end of the field words from `start` to the end of a name run (`Exchange Board` before
  /// `of India`), when there are some.
  private func fieldWordsEnd(from start: Int, limit: Int) -> Int? {
    var index = start
    while isNameWord(index, limit: limit) {
      guard isFieldWord(index) else { return nil }
      index += 1
    }
    return index > start ? index : nil
  }

  /// A noun for an organization or a group: the head of an institution's own name.
  private func isInstitutionNoun(_ index: Int) -> Bool {
    tagged.has(index, .kindNoun) && [.organization, .group].contains(tagged.infos[index].actorKind)
  }

  /// Whether the lexicons or the gazetteer know the word as a name or part of one (`Hamas`,
  /// `Kabul`, `Maria`).
  func isKnownName(_ index: Int) -> Bool {
    tagged.has(index, [.knownStart, .givenName, .capitalStart, .aliasStart, .demonymStart])
      || tagged.place(index..<(index + 1)) != nil
  }

  /// Whether the capitalized common words from `start` lead to a title: `Industry Secretary`
  /// after `Trade and`.
  func reachesTitle(from start: Int, limit: Int) -> Bool {
    let words = TitleWords(tagged: tagged)
    var index = start
    while isNameWord(index, limit: limit) {
      if index > start, tagged.has(index, .titleStart), tagged.match(tagged.lexicon.titles, at: index, limit: limit) != nil {
        return true
      }
      guard words.isCommonTitleWord(index) else { return false }
      index += 1
    }
    return false
  }
}
