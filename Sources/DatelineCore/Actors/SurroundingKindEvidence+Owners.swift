/// The cues of a country or town in what a name owns and in the routes it ends: the posts and
/// bodies of a state after its possessive (`Veland's foreign minister`, `Osteria's government`),
/// the other end of a route that is a place (`from Oster to the capital`), where an accident
/// happened (`a collision at Brekke`) and where an institution lies (`the Court of Appeal in
/// Lisvik`).
extension SurroundingKindEvidence {
  /// `Veland's government`, `Veland's foreign minister`, `Tarnby's mayor`, `Veland's airspace`: a
  /// state's post, body, land or people, past at most two words that say which (`defence`,
  /// `prime`), after the name's possessive; in lower case, or capitalized as a title is and
  /// ending there (`Estmark's Prime Minister, Tomas Rell`). A company's posts are told apart
  /// (`isCompanyPostAfter`).
  func isStatePostAfter(_ after: Int) -> Bool {
    let capitalized = tagged.isCapitalizedWord(after)
    func isPostWord(_ index: Int) -> Bool {
      capitalized ? tagged.isCapitalizedWord(index) : tagged.isLowercaseWord(index)
    }
    var index = after
    while index < after + 2, isPostWord(index), !Self.statePosts.contains(index, in: tagged),
      capitalized || [.adj, .noun].contains(tagged.upos(index))
    {
      index += 1
    }
    guard isPostWord(index), Self.statePosts.contains(index, in: tagged) else { return false }
    return !capitalized || !tagged.isCapitalizedWord(index + 1)
  }

  /// `from Oster to the capital`, `flights from Tarnby to Oslo`, `from Oslo to Oster`: a name at
  /// one end of a route whose other end is a place the gazetteer holds or a place's noun after
  /// `the`. Not a move between two names of no known kind (`from Chelsea to Arsenal`).
  func isEndOfRoute(_ start: Int, after: Int) -> Bool {
    if start >= 1, tagged.isWord(start - 1, "from"), tagged.isLowercaseWord(start - 1), tagged.isWord(after, "to"),
      tagged.isLowercaseWord(after)
    {
      return isPlaceAt(after + 1)
    }
    guard start >= 3, tagged.isWord(start - 1, "to"), tagged.isLowercaseWord(start - 1) else { return false }
    var from = start - 2
    while from > max(0, start - 6), tagged.isCapitalizedWord(from) { from -= 1 }
    guard from < start - 2, tagged.isWord(from, "from"), tagged.isLowercaseWord(from) else { return false }
    return tagged.place((from + 1)..<(start - 1)) != nil
  }

  /// A place the gazetteer holds at `index`, or `the` and a place's noun (`the capital`).
  private func isPlaceAt(_ index: Int) -> Bool {
    if tagged.isWord(index, "the"), tagged.isLowercaseWord(index + 1) { return Self.placeNouns.contains(index + 1, in: tagged) }
    var end = index
    while end < min(tagged.tokens.count, index + 4), tagged.isCapitalizedWord(end) { end += 1 }
    return end > index && tagged.place(index..<end) != nil
  }

  /// `a collision at Brekke`, `the crash near Oster`: where an accident happened, a name no noun
  /// follows after `at` and an accident's noun.
  func isSiteOfAccident(_ start: Int, after: Int) -> Bool {
    guard start >= 2, tagged.isLowercaseWord(start - 1), tagged.isWord(start - 1, "at"),
      tagged.isLowercaseWord(start - 2), Self.accidents.contains(start - 2, in: tagged)
    else { return false }
    return !isModifierOfNoun(after) && !tagged.has(start, .givenName)
      && !tagged.tokens[start].flags.contains(.allUpper)
  }

  /// `St Brenna's Hospital in Dunmore`, `the Court of Appeal in Lisvik`, `the safety agency in
  /// Mareland`: where an institution named (or called by its kind) before `in` lies, a name no noun follows and no given name opens; the institution's
  /// kind noun closes its name or heads it before `of`.
  func isSeatOfInstitution(_ start: Int, after: Int) -> Bool {
    guard start >= 2, tagged.isLowercaseWord(start - 1), tagged.isWord(start - 1, "in"), !isModifierOfNoun(after),
      !tagged.has(start, .givenName)
    else { return false }
    if isDefiniteInstitutionNoun(start - 2) { return true }
    var index = start - 2
    while index >= max(0, start - 7) {
      if tagged.isCapitalizedWord(index), tagged.has(index, .kindNoun),
        let kind = tagged.infos[index].actorKind, kind == .organization || kind == .place
      {
        return index == start - 2 || tagged.isWord(index + 1, "of")
      }
      guard tagged.isCapitalizedWord(index) || tagged.isWord(index, "of") && tagged.isLowercaseWord(index) else {
        return false
      }
      index -= 1
    }
    return false
  }

  /// Whether the word at `noun` is an institution's kind noun in lower case heading a definite
  /// phrase of common words: `the consumer safety agency`, `the regulator`.
  private func isDefiniteInstitutionNoun(_ noun: Int) -> Bool {
    guard tagged.isLowercaseWord(noun), tagged.has(noun, .kindNoun), tagged.infos[noun].actorKind == .organization else {
      return false
    }
    var word = noun - 1
    while word > max(0, noun - 5), tagged.isLowercaseWord(word), [.noun, .adj].contains(tagged.upos(word)) { word -= 1 }
    return tagged.isWord(word, "the")
  }

  private static let statePosts = WordList([
    "government", "minister", "ministers", "ministry", "army", "military", "troops", "navy", "embassy", "parliament",
    "border", "borders", "mayor", "premier", "coastline", "airspace", "territory", "citizens", "constitution",
  ])
  private static let placeNouns = WordList([
    "capital", "city", "coast", "border", "north", "south", "east", "west", "airport", "mainland", "island", "port",
  ])
  private static let accidents = WordList([
    "collision", "crash", "derailment", "accident", "explosion", "blast", "landslide", "shipwreck",
  ])
}
