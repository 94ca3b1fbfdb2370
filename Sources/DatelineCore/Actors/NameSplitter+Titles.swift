/// The titles a run of capitalized words may hold before a name: the lexicon's (`Supreme Leader`),
/// titles joined across common words (`Chief Medical Officer`), unlisted ones before a person's
/// name (`Maths Teacher`), those the document uses alone (`Taoiseach`), and the field or place a
/// title takes after `for` or `of` (`MP for Witney`, `Commissioner for Trade`).
extension NameSplitter {
  /// Whether a title the lexicon holds, and that is no ordinary word too (not `Major`, `King`),
  /// covers all of `range`: `CEO` before a name (`CEO Steve Jobs`) is its title, not an acronym
  /// of its own; alone (`the CEO said`, `the Chancellor`) it names a role, not an actor.
  func isWholeTitle(_ range: Range<Int>) -> Bool {
    guard tagged.has(range.lowerBound, .titleStart),
      let match = tagged.match(tagged.lexicon.titles, at: range.lowerBound, limit: range.upperBound)
    else { return false }
    return match.length == range.count && !match.value.isAmbiguous
      && !TitleWords(tagged: tagged).isKnownName(range.lowerBound)
  }

  /// Whether `range`, after `the`, is a title the lexicon holds, `of` and the capitalized words of
  /// the place whose post it is, with no given name among them or in apposition after them (`Duke
  /// of Sussex`, `Bishop of Leeds`); not a title that holds its own `of` (`Secretary of State`).
  func isTitleOfPlace(_ range: Range<Int>) -> Bool {
    let first = range.lowerBound
    guard tagged.isWord(first - 1, "the"), tagged.has(first, .titleStart),
      let match = tagged.match(tagged.lexicon.titles, at: first, limit: range.upperBound)
    else { return false }
    let of = first + match.length
    guard of + 1 < range.upperBound, NameFinder.isTitleOfPlace(first, of: of, tagged) else { return false }
    return !((of + 1)..<range.upperBound).contains { tagged.has($0, .givenName) }
  }

  /// Whether the rest of a run after a title ends in another title of its own (`Steve Jobs Apple
  /// Computer CEO` after `Apple CEO`, two captions run together): the rest is then cut again.
  func endsInTitle(_ range: Range<Int>) -> Bool {
    var position = range.lowerBound + 1
    while position < range.upperBound {
      if let title = titleRange(at: position, end: range.upperBound, nameStart: range.lowerBound),
        title.range.upperBound == range.upperBound
      {
        return !isSurname(title.range, after: range.lowerBound..<position)
      }
      position += 1
    }
    return false
  }

  /// The titles that start at `position` and are followed by more of the run, when they should be
  /// split from the name after them.
  func titleRange(at position: Int, end: Int, nameStart: Int) -> (range: Range<Int>, kind: Lexicon.TitleKind)? {
    guard tagged.has(position, [.titleStart, .honorific]), !tagged.isModelCode(position) else { return nil }
    // A saint's title before a name that owns an institution is part of the institution's name
    // (`St Anne's Hospital`: `NameFinder.saintsInstitutionEnd`).
    if NameShapeEvidence.isSaintWord(position, tagged), tagged.has(end - 1, .kindNoun),
      (position..<end).contains(where: { tagged.has($0, [.closeSingle, .straightSingle]) })
    {
      return nil
    }
    // After an institution's `of` a title word names its field: `Courts of Justice`.
    if position > nameStart, tagged.has(position - 1, .connector) { return nil }
    var cursor = position
    var kind: Lexicon.TitleKind?
    var abbreviated = false
    var ambiguous = true
    while cursor < end {
      if tagged.has(cursor, .honorific) {
        kind = kind ?? .rank
        ambiguous = false
        cursor += 1
      } else if let match = tagged.match(tagged.lexicon.titles, at: cursor, limit: end) {
        if kind == nil || match.value.kind == .office { kind = match.value.kind }
        ambiguous = ambiguous && match.value.isAmbiguous
        cursor += match.length
      } else if kind != nil, let next = titleAfterCommonWords(cursor, end: end) {
        cursor = next
        continue
      } else {
        if kind != nil, let name = TitleWords(tagged: tagged).unlistedTitleEnd(from: cursor, end: end) { cursor = name }
        break
      }
      if cursor < end, tagged.has(cursor, .period) {
        cursor += 1
        abbreviated = true
      }
    }
    guard let kind, cursor > position else { return nil }
    guard cursor < end else { return (position..<cursor, kind) }
    // A title glued by a hyphen to the word after it is part of a place's name: `Saint-Jean-de-Luz`.
    if tagged.has(cursor, .hyphen), tagged.isGlued(cursor) { return nil }
    // A short rank without its period before a name particle is a landform's word of the name
    // (`Col de Peyresourde`, `Col du Galibier`); a rank needs a given name or a period.
    if !abbreviated, !tagged.has(position, .honorific), cursor == position + 1, tagged.tokens[position].length <= 3,
      tagged.isLowercaseWord(cursor), tagged.has(cursor, .particle), !tagged.has(cursor + 1, .givenName)
    {
      return nil
    }
    // A title word before an institution's noun is part of its name: `Executive Committee`.
    if tagged.has(cursor, .kindNoun), [.organization, .group].contains(tagged.infos[cursor].actorKind) { return nil }
    // A title with a possessive names what its holder owns: `Information Commissioner’s Office`.
    if tagged.has(cursor, [.closeSingle, .straightSingle]) { return nil }
    let rest = cursor..<end
    let splits = !ambiguous || abbreviated || wordCount(rest) >= 2 || tagged.has(cursor, .givenName)
    return splits ? (position..<cursor, kind) : nil
  }

  /// The next title the lexicon knows after the common words from `start`, which join the title
  /// before them to it: `Medical` in `Chief Medical Officer`.
  private func titleAfterCommonWords(_ start: Int, end: Int) -> Int? {
    let next = TitleWords(tagged: tagged).bridgeEnd(from: start, end: end)
    guard next > start, next < end, tagged.has(next, .titleStart),
      tagged.match(tagged.lexicon.titles, at: next, limit: end) != nil
    else { return nil }
    return next
  }

  /// A title the lexicon does not hold, of common words from `position` before a given name and
  /// a surname, when any words before it in the run are title words or nationalities too
  /// (`Maths Teacher`, `Police | Astronomer`), or say where a title for someone who does
  /// something is held without being a name the lexicons or the gazetteer know (`Harbor Master`):
  /// then they are part of the title.
  func unlistedTitle(at position: Int, in run: Range<Int>) -> (range: Range<Int>, kind: Lexicon.TitleKind)? {
    let before = run.lowerBound..<position
    let words = TitleWords(tagged: tagged)
    guard let name = words.unlistedTitleEnd(from: position, end: run.upperBound) else { return nil }
    if before.isEmpty || words.areTitleWords(before) || stripDemonyms(before).isEmpty { return (position..<name, .role) }
    guard words.isAgentNoun(name - 1),
      before.allSatisfy({ !words.isKnownName($0) && !tagged.has($0, .givenName) && tagged.place($0..<($0 + 1)) == nil })
    else { return nil }
    return (run.lowerBound..<name, .role)
  }

  /// A title the document shows by using it alone after `the` (`Taoiseach` in `Taoiseach Micheál
  /// Martin`, when the text also says `the Taoiseach said`), at the front of the run or after
  /// nationalities, before a person's name.
  func documentTitle(at position: Int, in run: Range<Int>) -> (range: Range<Int>, kind: Lexicon.TitleKind)? {
    guard roleWords.contains(position, in: tagged), run.upperBound - position >= 3,
      position == run.lowerBound || stripDemonyms(run.lowerBound..<position).isEmpty,
      DefiniteRoleWords.isPersonNameAfter(position, tagged)
    else { return nil }
    return (position..<(position + 1), .office)
  }

  /// Where a person's name starts inside a run that completes a title before it: at a given name
  /// (`David Cameron` in `MP for Witney David Cameron`, `Minister for Europe Anna Berg`), after the
  /// place the title serves before a name of two words (`MP for Bath Wera Hobhouse`, `Ambassador
  /// to the United States Ingrid Orvik`, not
  /// `husband of Georgia O’Keefe`), or else
  /// after the common words of the field after `for` or `of` (`Trade` in `Commissioner for Trade
  /// Ilsabet Vreeland`).
  func personAfterTitleComplement(_ range: Range<Int>) -> Int? {
    let start = range.lowerBound
    // The place may open with its own `the` (`Ambassador to the United States Ingrid Orvik`).
    let preposition = tagged.isWord(start - 1, "the") && tagged.isLowercaseWord(start - 1) ? start - 2 : start - 1
    guard preposition >= 1, tagged.has(preposition, .preposition), tagged.isLowercaseWord(preposition),
      tagged.tokens[preposition - 1].kind == .word,
      tagged.match(tagged.lexicon.titles, at: preposition - 1, limit: preposition) != nil
    else { return nil }
    // After `the`, only a place the gazetteer holds is what the title serves (`Chancellor of the
    // Exchequer Rachel Moss` holds one title).
    if preposition == start - 1, let given = (start + 1..<range.upperBound).first(where: {
      tagged.has($0, .givenName) && wordCount($0..<range.upperBound) >= 2
    }) {
      return given
    }
    // The place a title serves, then the holder (`MP for Bath | Wera Hobhouse`); no holder's name
    // ends on an institution's noun (`chair of the Norland Medical Association` is one body).
    if range.count >= 3, !tagged.has(start, .givenName), !isInstitutionHead(range.upperBound - 1),
      let end = stride(from: range.upperBound - 2, through: start + 1, by: -1).first(where: {
        tagged.place(start..<$0) != nil && spacedWords($0..<range.upperBound) >= 2
      })
    {
      return end
    }
    let name = TitleWords(tagged: tagged).bridgeEnd(from: start, end: range.upperBound)
    guard preposition == start - 1, tagged.has(start - 1, .connector), name > start, tagged.isCapitalizedWord(name), !tagged.isGlued(name),
      wordCount(name..<range.upperBound) >= 2
    else { return nil }
    return name
  }

  /// The words of `range` that open a word of the text, not glued to the one before: `O’Keefe` is
  /// one.
  private func spacedWords(_ range: Range<Int>) -> Int {
    range.count { tagged.tokens[$0].kind == .word && !tagged.isGlued($0) }
  }

  /// Whether the one-word title ending the run is a surname after the given name before it:
  /// `Mervyn King`, `John Major`.
  func isSurname(_ title: Range<Int>, after name: Range<Int>) -> Bool {
    guard title.count == 1, name.count == 1, let start = name.first,
      let match = tagged.match(tagged.lexicon.titles, at: title.lowerBound, limit: title.upperBound),
      match.value.isAmbiguous, !tagged.tokens[title.lowerBound].flags.contains(.allUpper)
    else { return false }
    return tagged.has(start, .givenName)
      || (tagged.upos(start) == .propn && !TitleWords(tagged: tagged).isKnownName(start))
  }
}
