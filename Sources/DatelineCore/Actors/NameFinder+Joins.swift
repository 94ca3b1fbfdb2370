/// The joins inside one name that are no capitalized words: a number after a hyphen
/// (`Covid-19`, `Chandrayaan-3`, `A320-200`), foreign particles in a row between capitalized
/// words (`Hotel de la Poste`, `Ashby de la Zouch`), the lower-case middles of a hyphenated place
/// (`Villefranche-sur-Saone`, `Stoke-on-Trent`), and the heads of places that take `of` (`Bay of
/// Bengal`, `Port of Hamburg`, `Isle of Man`).
extension NameFinder {
  /// The end (exclusive) of a number of one to four digits glued after a hyphen glued to the name
  /// word or number at `hyphen - 1`: a disease's, a craft's or a model's variant (`Covid-19`,
  /// `Surya-2`, `A320-200`, `K2-18b`); nil for a time, a decimal or an amount (`-1.5`, `-20%`).
  func hyphenNumberEnd(at hyphen: Int, limit: Int) -> Int? {
    let number = hyphen + 1
    guard number < limit, tagged.has(hyphen, .hyphen), tagged.isGlued(hyphen), tagged.isGlued(number),
      tokens[number].kind == .number, tokens[number].length <= 4, tagged.timeOf[number] < 0,
      tagged.timeOf[hyphen - 1] < 0
    else { return nil }
    let after = number + 1
    guard after < tokens.count, tagged.isGlued(after), !tagged.has(after, .hyphen) else { return after }
    // A letter or two closing the code is in it: a planet's (`K2-18b`) or a variant's (`F-35A`).
    if after < limit, tokens[after].kind == .word, tokens[after].length <= 2,
      after + 1 >= tokens.count || !tagged.isGlued(after + 1) || tokens[after + 1].kind == .punctuation
        && !tagged.has(after + 1, .hyphen)
    {
      return after + 1
    }
    if tokens[after].kind != .punctuation || tagged.isWord(after, "%") { return nil }
    if tagged.has(after, [.period, .comma]), after + 1 < tokens.count, tagged.isGlued(after + 1),
      tokens[after + 1].kind == .number
    {
      return nil
    }
    return after
  }

  /// The end (exclusive) of one to three name particles in a row from `start` (`de la`, `van
  /// der`, `des`) and the capitalized word after them, or a particle glued by a hyphen to one
  /// (`al-Haq`); nil when no name word follows.
  func particlesEnd(from start: Int, limit: Int) -> Int? {
    var index = start
    while index < limit, index < start + 3, tagged.isLowercaseWord(index), tagged.has(index, .particle) { index += 1 }
    guard index > start else { return nil }
    if isNameWord(index, limit: limit) { return index + 1 }
    if isGluedHyphenWord(index, limit: limit), isNameWord(index + 1, limit: limit) { return index + 2 }
    return nil
  }

  /// The end (exclusive) of the lower-case middles of a hyphenated place and the capitalized word
  /// after them, from the hyphen at `hyphen`: `-sur-Saone`, `-upon-Avon`, `-de-la-Zouch`; nil when
  /// a middle is another word (`London-to-Paris`) or no capitalized word ends them.
  func placeMiddlesEnd(at hyphen: Int, limit: Int) -> Int? {
    var index = hyphen
    var middles = 0
    while index + 2 < limit, tagged.has(index, .hyphen), tagged.isGlued(index), tagged.isGlued(index + 1),
      tagged.isLowercaseWord(index + 1), tagged.has(index + 1, .particle) || Self.placeMiddles.contains(index + 1, in: tagged),
      tagged.has(index + 2, .hyphen), tagged.isGlued(index + 2)
    {
      index += 2
      middles += 1
    }
    guard middles > 0, middles <= 3, tagged.isGlued(index + 1), isNameWord(index + 1, limit: limit) else { return nil }
    return index + 2
  }

  /// The lower-case words between the hyphens of a place's name besides name particles: `Aix-en-
  /// Provence`, `Stoke-on-Trent`, `Barrow-in-Furness`, `Newcastle-under-Lyme`, `Frankfurt-am-Main`.
  private static let placeMiddles = WordList(["sur", "sous", "en", "les", "on", "upon", "in", "under", "am", "im", "an", "bei"])

  /// Whether `last`, the head of the run from `start` (only function words before it), is a
  /// place's noun that takes `of` inside a name: one the lexicon gives for a place (`Port of
  /// Hamburg`, `Sea of Japan`, `Tower of London`) or a landform's (`Bay of Bengal`, `Gulf of
  /// Aden`, `Strait of Hormuz`, `Isle of Man`, `Cape of Good Hope`).
  func isPlaceHeadTakingOf(_ last: Int, runStart start: Int) -> Bool {
    let place = tagged.has(last, .kindNoun) && tagged.infos[last].actorKind == .place
    guard place || Self.landforms.contains(last, in: tagged) else { return false }
    return (start..<last).allSatisfy { isSplitter($0) }
  }

  /// Landforms' nouns that take `of` inside a place's name: `Bay of Bengal`, `Strait of Hormuz`.
  static let landforms = WordList([
    "bay", "bight", "gulf", "strait", "straits", "isle", "isles", "cape", "lake", "mount", "sound", "firth",
  ])

  /// The end (exclusive) of the aim after `to` that closes an organization's name headed by
  /// `last`: the head is a noun for an organization, a group or a drive with only function words before
  /// it in the run, a capitalized verb follows `to` (or a common noun the lexicons know as no
  /// name), and capitalized words after that are its object (`Committee to Protect Journalists`,
  /// `Coalition to Stop Gun Violence`); nil for a place or a person after `to` (`the Committee to
  /// France`) and for an aim with no object.
  func aimEnd(after last: Int, runStart start: Int, limit: Int) -> Int? {
    let to = last + 1, verb = last + 2
    let organizationHead =
      tagged.has(last, .kindNoun) && [.organization, .group].contains(tagged.infos[last].actorKind)
    guard tagged.isLowercaseWord(to), tagged.isWord(to, "to"), organizationHead || Self.aimHeads.contains(last, in: tagged),
      (start..<last).allSatisfy({ isSplitter($0) }),
      isNameWord(verb, limit: limit), !isSplitter(verb), !isKnownName(verb), !isAcronym(verb),
      let tag = tagged.usualTag(verb), tag == .verb || tag == .noun
    else { return nil }
    var end = verb + 1
    while end < min(limit, verb + 5), isNameWord(end, limit: limit), !isSplitter(end) { end += 1 }
    return end > verb + 1 && isInRunningText(start..<end) ? end : nil
  }

  /// Nouns of a drive toward an aim that head an organization's name only with that aim after
  /// them (`Campaign to Feed Every Child`, `Initiative to End Hunger`), no kind nouns of their
  /// own: `the Harlow campaign` is no organization.
  private static let aimHeads = WordList(["campaign", "initiative"])

  /// Whether a lower-case word other than a function word stands within a few words of `run` in
  /// its sentence: a heading in title case (`Council to Raise Taxes`) capitalizes its verbs too,
  /// so that an aim there is no name's.
  private func isInRunningText(_ run: Range<Int>) -> Bool {
    let sentence = tagged.sentenceOf[run.lowerBound]
    let near = max(0, run.lowerBound - 6)..<min(tokens.count, run.upperBound + 6)
    return near.contains { index in
      !run.contains(index) && tagged.sentenceOf[index] == sentence && tagged.isLowercaseWord(index)
        && !tagged.has(index, .functionWord)
    }
  }

  /// Whether the capitals at `index` are a country's or a union's short name (`UK`, `US`, `EU`,
  /// `UN`), which opens the name of an institution of its own (`UK Health Security Agency`).
  static func isNationAcronym(_ index: Int, _ tagged: TaggedText) -> Bool {
    guard index >= 0, index < tagged.tokens.count, tagged.tokens[index].flags.contains(.allUpper),
      tagged.tokens[index].length >= 2, tagged.has(index, .aliasStart),
      let match = tagged.match(tagged.lexicon.aliases, at: index, limit: index + 1), match.length == 1
    else { return false }
    let kind = tagged.lexicon.knownActors.value(forPhrase: match.value.lowercased())
    return kind == .place || kind == .organization
  }
}
