/// Finds the names in a text: runs of capitalized words joined by hyphens or an apostrophe inside
/// a word (`Kata’ib`, `O’Brien`), name particles (`Al-`, `bin`, `de`), initials and `of` inside
/// institutions, with titles, leading function
/// words and nationality adjectives split off.
struct NameFinder {
  let tagged: TaggedText
  let tokens: [Token]
  private var found: [NameCandidate] = []

  private init(_ tagged: TaggedText) {
    self.tagged = tagged
    tokens = tagged.tokens
  }

  /// The name candidates of `tagged`, in text order; `roleWords` are the titles the document
  /// shows without the lexicon's help.
  static func candidates(in tagged: TaggedText, roleWords: DefiniteRoleWords) -> [NameCandidate] {
    var finder = NameFinder(tagged)
    for sentence in tagged.sentences {
      var index = sentence.tokens.lowerBound
      let limit = sentence.tokens.upperBound
      while index < limit {
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
        NameSplitter(tagged: tagged, roleWords: roleWords).split(index..<end, modifier: modifier, into: &finder.found)
        index = end
      }
    }
    return finder.found
  }

  /// An ordinal after `the` opening a name: `the 10th Circuit`, `the 82nd Airborne Division`
  /// (not a date: `the 10th`).
  func isOrdinalBeforeName(_ index: Int, limit: Int) -> Bool {
    tagged.isWord(index - 1, "the") && Self.isOrdinal(index, tagged) && tagged.timeOf[index] < 0
      && tagged.timeOf[index + 1] < 0 && isNameWord(index + 2, limit: limit) && !isSplitter(index + 2)
  }

  /// Whether token `index` is a number of one to three digits with `st`, `nd`, `rd` or `th` glued
  /// after it: `10th`, `82nd`.
  static func isOrdinal(_ index: Int, _ tagged: TaggedText) -> Bool {
    let next = index + 1
    guard index >= 0, next < tagged.tokens.count, tagged.tokens[index].kind == .number, tagged.tokens[index].length <= 3,
      tagged.isGlued(next), tagged.isLowercaseWord(next)
    else { return false }
    return tagged.isWord(next, "st") || tagged.isWord(next, "nd") || tagged.isWord(next, "rd") || tagged.isWord(next, "th")
  }

  func isNameWord(_ index: Int, limit: Int) -> Bool {
    index < limit && (tagged.isCapitalizedWord(index) || isCamelCase(index)) && tagged.timeOf[index] < 0
      && !tagged.has(index, .calendar) && !isAfterGluedDigits(index) && !isTimeZone(index) && !isPluralAcronym(index)
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

  /// A time zone after a clock time: `0900 GMT`, `3 p.m. EST`.
  private func isTimeZone(_ index: Int) -> Bool {
    guard index > 0, tokens[index].length == 3, tokens[index].flags.contains(.allUpper),
      tokens[index - 1].kind == .number || tagged.timeOf[index - 1] >= 0
    else { return false }
    for zone in ["GMT", "UTC", "BST", "CET", "EST", "EDT", "PST", "PDT", "CST", "CDT", "IST", "JST"] {
      let text = tagged.analysis.text
      let start = Int(tokens[index].start)
      if zone.utf8.enumerated().allSatisfy({ text[start + $0.offset] == $0.element }) { return true }
    }
    return false
  }

  /// A word glued to the digits before it is a unit or a model code (`3G`, `4K`), not a name.
  private func isAfterGluedDigits(_ index: Int) -> Bool {
    index > 0 && tokens[index - 1].kind == .number && tagged.isGlued(index)
  }

  /// The end (exclusive) of a number that belongs to the name word `last` before it: glued
  /// (`G8`, `A380`) or a spaced model number with its letter code (`iPhone 4`, `Boeing 787`,
  /// `S&P 500`, `iPhone 3GS`); nil when the number is a date, a time, an amount or a count, or
  /// follows a run that is one letter (`41°S 174°E`) or a word that is mostly a common noun
  /// (`Section 4`, `Volume 44`: references, not models) other than a road's (`Highway 89`).
  private func modelNumberEnd(at index: Int, after last: Int, runStart start: Int, limit: Int) -> Int? {
    guard index < limit, tokens[index].kind == .number, tokens[last].kind == .word, tagged.timeOf[index] < 0,
      !Self.isOrdinal(index, tagged),
      tokens[index].length <= 4, tagged.isGlued(index) || !isYearLike(index)
    else { return nil }
    var end = index + 1
    if end < limit, tokens[end].kind == .word, tagged.isGlued(end), tokens[end].isCapitalized { end += 1 }
    if tagged.isGlued(index) { return tagged.isModelCode(last) ? end : nil }
    guard tokens[last].length >= 2 || last > start else { return nil }
    if tokens[last].length >= 2, tagged.usualTag(last) == .noun, !NameShapeEvidence.isRoadWord(last, tagged) { return nil }
    guard end < limit else { return end }
    if tagged.has(end, [.period, .comma]), tagged.isGlued(end), end + 1 < limit, tokens[end + 1].kind == .number {
      return nil
    }
    if tagged.upos(end) == .num || tagged.upos(end) == .sym { return nil }
    guard tagged.isLowercaseWord(end), tagged.upos(end) == .noun, tagged.upos(index) != .propn,
      !isProductNoun(end)
    else { return end }
    return isCount(index, of: end) ? nil : end
  }

  /// Whether the number at `number` counts the noun after it (`500 people`), rather than ending
  /// a model or an index before a verb of change the tagger took for a noun: a counted noun is
  /// not followed by an amount (`S&P 500 rose 1.2%`, `FTSE 100 gains 20 points`).
  private func isCount(_ number: Int, of noun: Int) -> Bool {
    noun + 1 >= tokens.count || tokens[noun + 1].kind != .number
  }

  /// A noun for a product, model or index after a number names what the number belongs to
  /// rather than what it counts: `STOXX 600 index`, `Boeing 787 jet`.
  private func isProductNoun(_ index: Int) -> Bool {
    tagged.has(index, .kindNoun) && tagged.infos[index].actorKind == .product
  }

  /// Four digits from 1500 to 2099, which after a name are more likely a year than a model:
  /// `Europeans 1642`.
  private func isYearLike(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.length == 4 else { return false }
    let text = tagged.analysis.text
    let century = Int(text[Int(token.start)] - 0x30) * 10 + Int(text[Int(token.start) + 1] - 0x30)
    return century >= 15 && century <= 20
  }

  /// A word that starts with a small letter and goes on with capitals: `iTunes`, `eBay`.
  private func isCamelCase(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.kind == .word, !token.isCapitalized, token.length >= 3 else { return false }
    let text = tagged.analysis.text
    let second = text[Int(token.start) + 1]
    return second >= 0x41 && second <= 0x5A && text[Int(token.start) + 2] >= 0x61
  }

  private func isGluedHyphenWord(_ index: Int, limit: Int) -> Bool {
    index + 1 < limit && tagged.has(index, .hyphen) && tagged.isGlued(index) && tagged.isGlued(index + 1)
      && tokens[index + 1].kind == .word
  }

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
      if let end = possessiveInstitutionEnd(after: last, runStart: start, limit: limit) {
        last = end - 1
        continue
      }
      if isGluedHyphenWord(next, limit: limit) {
        if isNameWord(next + 1, limit: limit) {
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
      if tagged.isLowercaseWord(next), tagged.has(next, .particle) {
        if isNameWord(next + 1, limit: limit) {
          last = next + 1
          continue
        }
        if isGluedHyphenWord(next + 1, limit: limit), isNameWord(next + 2, limit: limit) {
          last = next + 2
          continue
        }
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
      if tagged.isLowercaseWord(next), tagged.isWord(next, "and"), let end = institutionAfterAnd(next, runStart: start, limit: limit) {
        last = end - 1
        continue
      }
      if tagged.has(next, .ampersand), isNameWord(next + 1, limit: limit) {
        last = next + 1
        continue
      }
      break
    }
    return (last + 1, false)
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

  /// A capitalized code of one to three letters right before a dollar sign names a currency
  /// (`US $199`, `HK$5`, `A$20`), not a country.
  private func isCurrencyPrefix(_ run: Range<Int>) -> Bool {
    guard run.count == 1, run.upperBound < tokens.count, tokens[run.lowerBound].length <= 3,
      tagged.isWord(run.upperBound, "$")
    else { return false }
    let token = tokens[run.lowerBound]
    let text = tagged.analysis.text
    return (Int(token.start)..<Int(token.end)).allSatisfy { text[$0] >= UInt8(ascii: "A") && text[$0] <= UInt8(ascii: "Z") }
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
