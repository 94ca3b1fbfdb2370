/// The numbers and codes around names: an ordinal opening a name (`the 10th Circuit`), a model
/// number a name takes (`iPhone 4`, `A380`, `S&P 500`) against a year, a count or a reference, and
/// the capitals that are no names beside numbers (`0900 GMT`, `US $199`, `3G`).
extension NameFinder {
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

  /// A time zone after a clock time: `0900 GMT`, `3 p.m. EST`.
  func isTimeZone(_ index: Int) -> Bool {
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
  func isAfterGluedDigits(_ index: Int) -> Bool {
    index > 0 && tokens[index - 1].kind == .number && tagged.isGlued(index)
  }

  /// The end (exclusive) of a number that belongs to the name word `last` before it: glued
  /// (`G8`, `A380`) or a spaced model number with its letter code (`iPhone 4`, `Boeing 787`,
  /// `S&P 500`, `iPhone 3GS`); nil when the number is a date, a time, an amount or a count, or
  /// follows a run that is one letter (`41°S 174°E`) or a word that is mostly a common noun
  /// (`Section 4`, `Volume 44`: references, not models) other than a road's (`Highway 89`), one
  /// after an acronym or a maker's name (`BBC Radio 4`, `Pexa Fold 2`) or one before a noun of a
  /// person's post (`Channel 4 chief executive`).
  func modelNumberEnd(at index: Int, after last: Int, runStart start: Int, limit: Int) -> Int? {
    guard index < limit, tokens[index].kind == .number, tokens[last].kind == .word, tagged.timeOf[index] < 0,
      !Self.isOrdinal(index, tagged),
      tokens[index].length <= 4, tagged.isGlued(index) || !isYearLike(index)
    else { return nil }
    var end = index + 1
    if end < limit, tokens[end].kind == .word, tagged.isGlued(end), tokens[end].isCapitalized { end += 1 }
    if tagged.isGlued(index) { return tagged.isModelCode(last) ? end : nil }
    // A variant of three digits after a model's number of three or four (`737-800`), unlike a
    // score (`2-1`) or a serial number (`1179-5085`).
    if tokens[index].length >= 3, end == index + 1, end + 1 < limit, tokens[end + 1].length == 3,
      let variant = hyphenNumberEnd(at: end, limit: limit)
    {
      end = variant
    }
    guard tokens[last].length >= 2 || last > start else { return nil }
    // After an acronym or a maker's name the noun is a named thing's own, and so is its number
    // (`BBC Radio 4`, `the Pexa Fold 2`).
    if tokens[last].length >= 2, tagged.usualTag(last) == .noun, !NameShapeEvidence.isRoadWord(last, tagged),
      !(start..<last).contains(where: { isAcronym($0) || isMakersWord($0) }), !isPostNoun(end)
    {
      return nil
    }
    guard end < limit else { return end }
    if tagged.has(end, [.period, .comma]), tagged.isGlued(end), end + 1 < limit, tokens[end + 1].kind == .number {
      return nil
    }
    if tagged.upos(end) == .num || tagged.upos(end) == .sym { return nil }
    // Inside a determined phrase a number after the name is the name's, not a count of the noun
    // after it: `its Korval Nova 5 phones`, `the Apollo 11 crew`.
    guard tagged.isLowercaseWord(end), tagged.upos(end) == .noun, tagged.upos(index) != .propn,
      !isProductNoun(end), !tagged.isPossessiveDeterminer(start - 1), !tagged.isWord(start - 1, "the")
    else { return end }
    return isCount(index, of: end) ? nil : end
  }

  /// Gives a common noun's name its number wherever the text writes it so, once one place has
  /// shown the number to be the name's (as a post's noun after it does, `modelNumberEnd`): after
  /// `Channel 4 chief executive`, `on Channel 4 for years` and `moving to Channel 4 in 1985` name
  /// the same channel, not a `Channel` beside a count; after `BBC Radio 4`, so does `told Radio 4`.
  mutating func joinRepeatedModelNumbers() {
    var numbered = Set<ArraySlice<UInt8>>()
    for candidate in found {
      let last = candidate.tokens.upperBound - 1
      if candidate.tokens.count >= 2, tokens[last].kind == .number, tokens[last - 1].kind == .word, !tagged.isGlued(last) {
        numbered.insert(spelling(candidate.tokens))
        numbered.insert(spelling((last - 1)..<(last + 1)))
      }
    }
    guard !numbered.isEmpty else { return }
    for position in found.indices {
      let number = found[position].tokens.upperBound
      guard number < tokens.count, tokens[number].kind == .number, tokens[number - 1].kind == .word, !tagged.isGlued(number),
        tagged.usualTag(number - 1) == .noun, tagged.timeOf[number] < 0,
        tagged.sentenceOf[number] == tagged.sentenceOf[number - 1],
        numbered.contains(spelling(found[position].tokens.lowerBound..<(number + 1)))
      else { continue }
      found[position].tokens = found[position].tokens.lowerBound..<(number + 1)
      found[position].isPossessive = tagged.isPossessive(after: number + 1)
      found[position].isInitialSingleWord = false
    }
  }

  /// The bytes of the text from the first token of `range` to the end of its last.
  private func spelling(_ range: Range<Int>) -> ArraySlice<UInt8> {
    tagged.analysis.text[Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end)]
  }

  /// Whether a singular noun of a person's post starts at `index`: the number before it ends a
  /// body's name (`Channel 4 chief executive`), not a reference (`Section 4`).
  private func isPostNoun(_ index: Int) -> Bool {
    guard index < tokens.count, tagged.isLowercaseWord(index), tagged.upos(index) == .noun, !tagged.isPluralNoun(index)
    else { return false }
    return tagged.match(tagged.lexicon.titles, at: index, limit: min(tokens.count, index + 3)) != nil
      || PersonWords.occupations.contains(Substring(tagged.lemma(index).lowercased()))
  }

  /// A capitalized word the lexicon holds as no common word nor given name: a maker's or a
  /// brand's (`Pexa`), before the noun of its model (`Pexa Fold 2`); not `Section 4`.
  private func isMakersWord(_ index: Int) -> Bool {
    tagged.isCapitalizedWord(index) && [nil, .propn].contains(tagged.usualTag(index)) && !tagged.has(index, .givenName)
  }

  /// Whether the number at `number` counts the noun after it (`500 people`), rather than ending
  /// a model or an index before a verb of change the tagger took for a noun: a counted noun is
  /// not followed by an amount (`S&P 500 rose 1.2%`, `FTSE 100 gains 20 points`).
  /// A number before a singular noun of a person's post counts no one: `Channel 4 chief executive`.
  private func isCount(_ number: Int, of noun: Int) -> Bool {
    if isPostNoun(noun) { return false }
    return noun + 1 >= tokens.count || tokens[noun + 1].kind != .number
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

  /// A capitalized code of one to three letters right before a dollar sign names a currency
  /// (`US $199`, `HK$5`, `A$20`), not a country.
  func isCurrencyPrefix(_ run: Range<Int>) -> Bool {
    guard run.count == 1, run.upperBound < tokens.count, tokens[run.lowerBound].length <= 3,
      tagged.isWord(run.upperBound, "$")
    else { return false }
    let token = tokens[run.lowerBound]
    let text = tagged.analysis.text
    return (Int(token.start)..<Int(token.end)).allSatisfy { text[$0] >= UInt8(ascii: "A") && text[$0] <= UInt8(ascii: "Z") }
  }
}
