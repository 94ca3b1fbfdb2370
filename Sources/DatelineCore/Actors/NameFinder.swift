/// Finds the names in a text: runs of capitalized words joined by hyphens or an apostrophe inside
/// a word (`Kata’ib`, `O’Brien`), name particles (`Al-`, `bin`, `de la`), a number after a hyphen
/// (`Covid-19`), initials and `of` inside institutions and places, with titles, leading function
/// words and nationality adjectives split off.
struct NameFinder {
  let tagged: TaggedText
  let tokens: [Token]
  var found: [NameCandidate] = []

  private init(_ tagged: TaggedText) {
    self.tagged = tagged
    tokens = tagged.tokens
  }

  /// The name candidates of `tagged`, in text order; `roleWords` are the titles the document
  /// shows without the lexicon's help, `demonyms` its nationalities no lexicon holds.
  static func candidates(in tagged: TaggedText, roleWords: DefiniteRoleWords, demonyms: DocumentDemonyms) -> [NameCandidate] {
    var finder = NameFinder(tagged)
    for sentence in tagged.sentences {
      var index = sentence.tokens.lowerBound
      let limit = sentence.tokens.upperBound
      while index < limit {
        if let lowercase = finder.lowercaseNameEnd(at: index, limit: limit) {
          let end = lowercase.goesOn ? finder.extendRun(from: lowercase.end - 1, limit: limit).end : lowercase.end
          NameSplitter(tagged: tagged, roleWords: roleWords, demonyms: demonyms).split(index..<end, modifier: false, into: &finder.found)
          index = end
          continue
        }
        let ordinal = finder.isOrdinalBeforeName(index, limit: limit)
        guard ordinal || finder.startsName(index, limit: limit) else {
          index += 1
          continue
        }
        let (end, modifier) = finder.extendRun(from: ordinal ? index + 2 : index, limit: limit)
        if finder.isMedium(at: index) || finder.isCurrencyPrefix(index..<end) {
          index = end
          continue
        }
        NameSplitter(tagged: tagged, roleWords: roleWords, demonyms: demonyms).split(index..<end, modifier: modifier, into: &finder.found)
        index = end
      }
    }
    finder.joinRepeatedModelNumbers()
    return finder.found
  }

  func isNameWord(_ index: Int, limit: Int) -> Bool {
    index < limit && (tagged.isCapitalizedWord(index) || tagged.isCamelCase(index)) && tagged.timeOf[index] < 0
      && (!tagged.has(index, .calendar) || isUnitOpeningName(index, limit: limit)) && !isAfterGluedDigits(index)
      && !isTimeZone(index) && !isPluralAcronym(index)
  }

  /// Whether the unit or common thing written in capitals at `index` (`PC`, `TV`, `GB`) opens a
  /// name with the capitalized word after it (`PC World`, `TV Azteca`, `GB News`): no number
  /// stands before it (`16 GB RAM`), and the word after is no unit, no time and no word in
  /// capitals (a shouted heading). Alone it names nothing (``NameSplitter``).
  private func isUnitOpeningName(_ index: Int, limit: Int) -> Bool {
    let next = index + 1
    guard next < limit, tokens[index].length >= 2, tokens[index].flags.contains(.allUpper), !tagged.isGlued(next),
      index == 0 || tokens[index - 1].kind != .number
    else { return false }
    return tagged.isCapitalizedWord(next) && !tokens[next].flags.contains(.allUpper) && !tagged.has(next, .calendar)
      && tagged.timeOf[next] < 0
  }

  /// Capitals with a plural `s` (`MPs`, `NGOs`, `CEOs`): a common noun written short, not a name.
  private func isPluralAcronym(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.length >= 3, token.kind == .word else { return false }
    let text = tagged.analysis.text
    let end = Int(token.end)
    guard text[end - 1] == UInt8(ascii: "s") else { return false }
    return (Int(token.start)..<(end - 1)).allSatisfy { text[$0] >= 0x41 && text[$0] <= 0x5A }
  }

  func isGluedHyphenWord(_ index: Int, limit: Int) -> Bool {
    index + 1 < limit && tagged.has(index, .hyphen) && tagged.isGlued(index) && tagged.isGlued(index + 1)
      && tokens[index + 1].kind == .word
  }

  /// Whether the lower-case word at `index`, after a hyphen glued to a name word, is the second
  /// syllable of a given name (`Kim Jong-un met`, `Hyun-woo Kim`, `Lee Jae-myung on Friday`): a
  /// short word the tagger knows as no common word (`T-shirt`, `Polaroid-room`), after a word of
  /// two letters or more not in capitals, which no noun or adjective follows, as one follows the
  /// second part of a modifier (`Iran-backed`, `Obama-era rules`, `Labour-style policy`). The
  /// caller takes it only in a name of two words or more (not `Ginger-nuts`, `Add-ons`).
  private func isLowercaseSyllable(_ index: Int) -> Bool {
    guard tagged.isLowercaseWord(index), tokens[index].length <= Self.syllableLength, tagged.timeOf[index] < 0,
      !tagged.has(index, .functionWord), [nil, .propn].contains(tagged.usualTag(index)),
      tokens[index - 2].length >= 2, !tokens[index - 2].flags.contains(.allUpper)
    else { return false }
    let next = index + 1
    if tagged.isGlued(next) { return false }
    return tagged.isCapitalizedWord(next) || ![.noun, .adj, .propn, .num].contains(tagged.upos(next))
  }

  /// How many letters the second syllable of a hyphenated given name may have (`myung`).
  private static let syllableLength = 5

  private func startsName(_ index: Int, limit: Int) -> Bool {
    if isNameWord(index, limit: limit) { return true }
    return tagged.isLowercaseWord(index) && tagged.has(index, .particle) && isGluedHyphenWord(index + 1, limit: limit)
      && isNameWord(index + 2, limit: limit)
  }

  /// The end (exclusive) of the run of name tokens starting at `start`, and whether the run is
  /// the first part of a hyphenated modifier (`Iran-backed`).
  private func extendRun(from start: Int, limit: Int) -> (end: Int, modifier: Bool) {
    var last = tagged.isLowercaseWord(start) && tagged.has(start, .particle) ? start + 2 : start
    while last + 1 < limit {
      let next = last + 1
      if isInnerApostrophe(next, limit: limit) {
        last = next + 1
        continue
      }
      if let end = elidedParticleEnd(at: next, limit: limit) {
        last = end - 1
        continue
      }
      if let end = possessiveInstitutionEnd(after: last, runStart: start, limit: limit) {
        last = end - 1
        continue
      }
      if let end = hyphenNumberEnd(at: next, limit: limit) ?? placeMiddlesEnd(at: next, limit: limit) {
        last = end - 1
        continue
      }
      if isGluedHyphenWord(next, limit: limit) {
        if isNameWord(next + 1, limit: limit)
          || isLowercaseSyllable(next + 1) && (last > start || isNameWord(next + 2, limit: limit))
        {
          last = next + 1
          continue
        }
        return (last + 1, true)
      }
      if tagged.has(next, .period), tagged.isGlued(next), takesPeriod(last) {
        if next + 1 < limit, tagged.isCapitalizedWord(next + 1), tagged.timeOf[next + 1] < 0 {
          last = next
          continue
        }
        if tokens[last].length == 1, last > start { return (next + 1, false) }
        break
      }
      if let numberEnd = modelNumberEnd(at: next, after: last, runStart: start, limit: limit) {
        if tagged.isGlued(next) {
          last = numberEnd - 1
          continue
        }
        return (numberEnd, false)
      }
      if isNameWord(next, limit: limit), !isSplitter(next) {
        last = next
        continue
      }
      if tagged.has(last, .givenName), let end = nicknameEnd(at: next, limit: limit) {
        last = end - 1
        continue
      }
      if let end = particlesEnd(from: next, limit: limit) {
        last = end - 1
        continue
      }
      if let end = aimEnd(after: last, runStart: start, limit: limit) {
        last = end - 1
        continue
      }
      if tagged.has(next, .connector), tagged.isLowercaseWord(next), takesOf(last, connector: next, runStart: start) {
        if isNameWord(next + 1, limit: limit) {
          last = next + 1
          continue
        }
        if tagged.has(next + 1, .determiner), isNameWord(next + 2, limit: limit) {
          last = next + 2
          continue
        }
        if tagged.isWord(next, "of"), isNumberInName(next + 1, limit: limit) {
          last = next + 1
          continue
        }
      }
      if tagged.isLowercaseWord(next), tagged.isWord(next, "and"), TitleWords(tagged: tagged).isCommonTitleWord(last),
        reachesTitle(from: next + 1, limit: limit)
      {
        last = next + 1
        continue
      }
      if tagged.isLowercaseWord(next), tagged.isWord(next, "and"), hasInstitutionOf(start..<(last + 1)),
        let end = commonWordsEnd(from: next + 1, limit: limit)
      {
        last = end - 1
        continue
      }
      if tagged.isLowercaseWord(next), tagged.isWord(next, "for"), hasInstitutionOf(start..<(last + 1)),
        let end = fieldEnd(from: next + 1, limit: limit)
      {
        last = end - 1
        continue
      }
      if tagged.has(next, .comma), hasInstitutionOf(start..<(last + 1)), let end = fieldListEnd(from: next, limit: limit) {
        last = end - 1
        continue
      }
      if tagged.isLowercaseWord(next), tagged.isWord(next, "and"), let end = institutionAfterAnd(next, runStart: start, limit: limit) {
        last = end - 1
        continue
      }
      if tagged.has(next, .ampersand), isNameWord(next + 1, limit: limit) {
        last = next + 1
        continue
      }
      // `E*Trade`: a star glued between two words of a name.
      if tagged.isWord(next, "*"), tagged.isGlued(next), tagged.isGlued(next + 1), isNameWord(next + 1, limit: limit) {
        last = next + 1
        continue
      }
      if isMarkInName(next, limit: limit) { last = next }
      break
    }
    return (last + 1, false)
  }

  /// `Yahoo! reported`, `Which? said`: a `!` or `?` glued to a name that a lower-case word goes on
  /// from belongs to the name, as it ends no sentence.
  func isMarkInName(_ index: Int, limit: Int) -> Bool {
    index + 1 < limit && (tagged.isWord(index, "!") || tagged.isWord(index, "?")) && tagged.isGlued(index)
      && !tagged.isGlued(index + 1) && tagged.isLowercaseWord(index + 1)
  }

  /// The end of a nickname in quotation marks between a given name and the surname it goes on
  /// to (`Daniel "Danny" Royce`): one name word glued inside the marks, and a name word after.
  private func nicknameEnd(at index: Int, limit: Int) -> Int? {
    guard index + 3 < limit, tagged.has(index, [.openDouble, .straightDouble]), !tagged.isGlued(index),
      tagged.isGlued(index + 1), isNameWord(index + 1, limit: limit),
      tagged.has(index + 2, [.closeDouble, .straightDouble]), tagged.isGlued(index + 2),
      !tagged.isGlued(index + 3), isNameWord(index + 3, limit: limit)
    else { return nil }
    return index + 4
  }

  /// Whether the name at `index` is where words were said rather than who said them: `said on
  /// Twitter`, `told reporters via Zoom`.
  private func isMedium(at index: Int) -> Bool {
    guard index >= 2, tagged.has(index - 1, .preposition) else { return false }
    let token = tokens[index - 1]
    let text = tagged.analysis.text
    let word = (Int(token.start)..<Int(token.end)).map { text[$0].asciiLowercased }
    guard word == Array("on".utf8) || word == Array("via".utf8) else { return false }
    var verb = index - 2
    if tagged.isLowercaseWord(verb), !tagged.has(verb, .speechVerb), verb > 0 { verb -= 1 }
    return tagged.has(verb, .speechVerb)
  }

  /// An apostrophe glued between two parts of one word that is not a clitic: `Kata’ib`, `O’Brien`,
  /// but not `Iraq’s`, `Iran’d` or `Jobs’`.
  private func isInnerApostrophe(_ index: Int, limit: Int) -> Bool {
    guard index + 1 < limit, tagged.has(index, [.closeSingle, .straightSingle]), tagged.isGlued(index),
      tagged.isGlued(index + 1), tokens[index + 1].kind == .word
    else { return false }
    if tagged.isCapitalizedWord(index + 1) { return true }
    return !Self.isClitic(tokens[index + 1], in: tagged.analysis.text)
  }

  /// The end of an elided particle and the capitalized word it is glued to, inside a name: `d’`
  /// or `l’` after a space (`Giro d’Italia`, `Val d’Isère`), not a clitic glued to a word.
  private func elidedParticleEnd(at index: Int, limit: Int) -> Int? {
    guard index + 2 < limit, tokens[index].length == 1, tagged.isLowercaseWord(index), !tagged.isGlued(index),
      tagged.isWord(index, "d") || tagged.isWord(index, "l"),
      tagged.has(index + 1, [.closeSingle, .straightSingle]), tagged.isGlued(index + 1), tagged.isGlued(index + 2),
      isNameWord(index + 2, limit: limit)
    else { return nil }
    return index + 3
  }

  /// `s`, `t`, `d`, `m`, `ll`, `re` or `ve`, in any case: what follows an apostrophe in English
  /// contractions and possessives.
  private static func isClitic(_ token: Token, in text: [UInt8]) -> Bool {
    let start = Int(token.start)
    switch token.length {
    case 1: return [UInt8(ascii: "s"), UInt8(ascii: "t"), UInt8(ascii: "d"), UInt8(ascii: "m")].contains(text[start].asciiLowercased)
    case 2:
      let pair = (text[start].asciiLowercased, text[start + 1].asciiLowercased)
      return pair == (UInt8(ascii: "l"), UInt8(ascii: "l")) || pair == (UInt8(ascii: "r"), UInt8(ascii: "e"))
        || pair == (UInt8(ascii: "v"), UInt8(ascii: "e"))
    default: return false
    }
  }

  /// A capitalized function word inside a run ends it (`… Hezbollah The`), but acronyms and
  /// model codes (`A380`) do not.
  func isSplitter(_ index: Int) -> Bool {
    tagged.has(index, .functionWord) && !tokens[index].flags.contains(.allUpper) && !tagged.has(index, .particle)
      && !tagged.isModelCode(index)
  }

  /// Whether a period after token `index` belongs to the name: after an initial (`W.`, `U.S.`) or
  /// an abbreviated title (`Gen.`, `Dr.`).
  private func takesPeriod(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.kind == .word else { return false }
    if token.length == 1 && token.isCapitalized { return true }
    return tagged.has(index, [.titleStart, .honorific])
  }
}
