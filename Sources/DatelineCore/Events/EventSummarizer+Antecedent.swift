extension EventSummarizer {
  /// `phrase`, a person's name, with a person's name joined after it by `and` (`Priya Raman |
  /// and Daniel Osei`): the two are the subject together. With `ofAnyKind`, names of any kind
  /// join (`Two builders, Ray Stanes and Keith Dorran, were`: set off, they are names whatever
  /// kind they were given).
  func withJoinedName(_ phrase: Range<Int>, ofAnyKind: Bool = false) -> Range<Int> {
    guard let both = namesJoined(at: phrase.upperBound, ofAnyKind: ofAnyKind), both.lowerBound >= phrase.lowerBound,
      tagged.sentenceOf[phrase.upperBound] == tagged.sentenceOf[phrase.lowerBound]
    else { return phrase }
    return phrase.lowerBound..<both.upperBound
  }

  /// The two names `and` at `and` joins (`Priya Raman and Daniel Osei`), from the first name's
  /// start to the second's end; nil unless a name ends right before it and another starts right
  /// after it, both of persons unless `ofAnyKind`.
  func namesJoined(at and: Int, ofAnyKind: Bool) -> Range<Int>? {
    guard and > 0, and + 1 < tagged.tokens.count, tagged.isWord(and, "and"),
      let first = actors.mentions(in: max(0, and - 8)..<and).last(where: { $0.tokens.upperBound == and }),
      let second = actors.mentions(in: (and + 1)..<(and + 2)).first(where: { $0.tokens.lowerBound == and + 1 }),
      ofAnyKind || actors.actors[first.actor].kind == .person && actors.actors[second.actor].kind == .person
    else { return nil }
    return first.tokens.lowerBound..<second.tokens.upperBound
  }

  /// The noun phrase a relative clause at `start` is about: `the popular grassroots protest
  /// movement` in `… of the popular grassroots protest movement that began …`.
  func antecedent(before start: Int, previous: Segment?) -> String? {
    antecedentTokens(before: start, previous: previous).map { tagged.string(tokens: $0) }
  }

  /// The tokens of the noun phrase a relative clause at `start` is about (see `antecedent`).
  func antecedentTokens(before start: Int, previous: Segment?) -> Range<Int>? {
    var index = start - 1
    if tagged.has(index, .comma) { index -= 1 }
    // A calendar date after the noun is not what the clause is about (`Storm Klaus in January
    // 2009, which killed 31 people`), nor a time told as the adverb of the clause before, right
    // after its object (`offered a 9% rise earlier this month, which the union rejected`); a
    // period told as a noun phrase is (`for the last quarter, which ended …`).
    if index >= 1, tagged.timeOf[index] >= 0 {
      var before = index
      while before >= 1, tagged.timeOf[before] >= 0, tagged.sentenceOf[before] == tagged.sentenceOf[start] { before -= 1 }
      if tagged.has(before, .preposition), [.propn, .num].contains(tagged.upos(before + 1)) {
        index = before - 1
      } else if [.noun, .propn].contains(tagged.upos(before)), tagged.sentenceOf[before] == tagged.sentenceOf[start],
        !tagged.has(before + 1, .preposition)
      {
        index = before
      }
    }
    // An age set off after a name is not what the clause is about: `Ana Brel, 63, who fled`.
    if index >= 2, tagged.upos(index) == .num, tagged.has(index - 1, .comma) { index -= 2 }
    if let holder = singularHolder(ofPlural: index, relative: start) { index = holder }
    guard index >= 0, tagged.sentenceOf[index] == tagged.sentenceOf[start], tagged.tokens[index].kind != .punctuation
    else {
      return nil
    }
    if let mention = actors.mentions(in: max(0, index - 8)..<(index + 1)).last(where: {
      $0.tokens.upperBound == index + 1
    }) {
      // The name's determiner goes with it: `The BBC, which is funded …`.
      let before = mention.tokens.lowerBound - 1
      let withDeterminer = before >= 0 && tagged.upos(before) == .det && tagged.sentenceOf[before] == tagged.sentenceOf[start]
      // People joined by `and` are one antecedent: `Priya Raman and Daniel Osei, who …`; `whose`
      // tells of one of them.
      if before >= 0, tagged.sentenceOf[before] == tagged.sentenceOf[start], !tagged.isWord(start, "whose"),
        let both = namesJoined(at: before, ofAnyKind: false), both.upperBound == mention.tokens.upperBound
      {
        return both
      }
      return (withDeterminer ? before : mention.tokens.lowerBound)..<mention.tokens.upperBound
    }
    let lowest = previous?.tokens.lowerBound ?? max(0, index - 8)
    var first = index
    while first > lowest, !tagged.has(first, .determiner) {
      // A compound joined by a hyphen is one word of the phrase: `a two-year fight`.
      if first >= 2, first - 1 > lowest, tagged.has(first - 1, .hyphen), tagged.isGlued(first - 1), tagged.isGlued(first),
        tagged.tokens[first - 2].kind != .punctuation
      {
        first -= 2
        continue
      }
      // A time before the phrase tells when its clause happened (`arrested in May | two men
      // who …`, `arrested last week | three men`); one after a determiner is a word of the
      // phrase (`the 2011 version`, `the May 4 election`).
      if tagged.timeOf[first - 1] >= 0, !opensWithDeterminer(time: first - 1, lowest: lowest) { break }
      // A number is a word of the phrase (`50 million people`, `$163 million`, `the 2.0
      // update`), with the currency sign glued before it and the point glued inside it.
      // A percent sign closes the number glued before it: `a 14% fall`.
      if tagged.tokens[first - 1].kind == .number || isCurrencySign(first - 1) && tagged.tokens[first].kind == .number
        || tagged.isPercentSign(first - 1)
      {
        first -= 1
        continue
      }
      if first >= 2, first - 2 >= lowest, tagged.tokens[first].kind == .number, tagged.tokens[first - 2].kind == .number,
        tagged.tokens[first - 1].kind == .punctuation, tagged.isGlued(first - 1), tagged.isGlued(first)
      {
        first -= 2
        continue
      }
      // A number right after a verb opens its object as a determiner would: `opened | 12 shelters,
      // which housed …`.
      let opensWithNumber = tagged.upos(first) == .num && tagged.upos(first - 1) == .verb
      guard tagged.tokens[first - 1].kind == .word, !tagged.has(first - 1, [.preposition, .auxiliary, .conjunction]),
        !endsClause(at: first - 1), !isFiniteVerbBeforeObject(first - 1), !opensWithNumber
      else { break }
      // The phrase is the object in a relative clause of its own (`which sells bonds that …`):
      // its verb, read as a noun or not, is not part of it.
      if isRelativeWord(first - 1) {
        while first < index, tagged.upos(first) == .adv { first += 1 }
        if first < index, [.verb, .aux, .noun].contains(tagged.upos(first)), tagged.isLowercaseWord(first) { first += 1 }
        break
      }
      first -= 1
    }
    // A possessive `’s` is not where a phrase starts: `Iraq’s young protesters`.
    if first >= 2, first > lowest, tagged.isWord(first, "s"), tagged.isGlued(first), tagged.isGlued(first - 1),
      tagged.has(first - 1, [.closeSingle, .straightSingle]), tagged.tokens[first - 2].kind == .word
    {
      first -= 2
    }
    return first <= index ? first..<(index + 1) : nil
  }

  /// Whether the time that token `index` ends opens with a determiner or stands right after one,
  /// above `lowest`: then it is a noun phrase (`the last quarter`) or modifies the noun after it.
  private func opensWithDeterminer(time index: Int, lowest: Int) -> Bool {
    var opening = index
    while opening > lowest, tagged.timeOf[opening - 1] == tagged.timeOf[index] { opening -= 1 }
    return tagged.upos(opening) == .det || opening > lowest && tagged.upos(opening - 1) == .det
  }

  /// Whether the token at `index` is a currency sign glued to the number after it: `$`, `£`, `€`.
  private func isCurrencySign(_ index: Int) -> Bool {
    guard tagged.tokens[index].kind == .punctuation, tagged.isGlued(index + 1) else { return false }
    let sign = tagged.string(tokens: index..<(index + 1))
    return sign == "$" || sign == "£" || sign == "€" || sign == "¥"
  }

  /// The singular noun before the preposition that holds the plural noun at `index`, when the
  /// relative clause at `start` goes on with a verb of the singular: the clause agrees with that
  /// noun (`a warehouse near the docks, which is run by …`). Nil otherwise.
  private func singularHolder(ofPlural index: Int, relative start: Int) -> Int? {
    guard index >= 2, tagged.isWord(start, "which") || tagged.isWord(start, "that"), tagged.upos(index) == .noun,
      tagged.isLowercaseWord(index), tagged.isPluralNoun(index)
    else { return nil }
    var verb = start + 1
    while tagged.upos(verb) == .adv { verb += 1 }
    guard tagged.isWord(verb, "is") || tagged.isWord(verb, "was") || tagged.isWord(verb, "has") else { return nil }
    var preposition = index - 1
    while preposition > 0, [.det, .adj, .noun, .num].contains(tagged.upos(preposition)) { preposition -= 1 }
    let holder = preposition - 1
    guard holder >= 0, tagged.has(preposition, .preposition), tagged.sentenceOf[holder] == tagged.sentenceOf[start],
      tagged.upos(holder) == .noun, tagged.isLowercaseWord(holder), !tagged.isPluralNoun(holder)
    else { return nil }
    return holder
  }

  /// Whether the word at `index` is a verb that cannot stand inside a noun phrase: not a
  /// participle (`a revamped system`, `a broken seal`, `the growing market`) nor a noun in a
  /// compound, so the phrase it precedes is its object (`which sells insurance products that …`).
  private func isFiniteVerbBeforeObject(_ index: Int) -> Bool {
    guard tagged.upos(index) == .verb, !tagged.endsWith(index, "ed"), !tagged.endsWith(index, "en"),
      !tagged.endsWith(index, "ing")
    else { return false }
    // A word read as a verb here but mostly a noun is a compound's first part (`the protest
    // movement`, `the print setting`), as is the last part of a hyphenated one (`buy-not-build`).
    if tagged.has(index - 1, .hyphen), tagged.isGlued(index) { return false }
    // No finite verb follows a determiner: between one and a noun it is a compound's first
    // part (`a pay offer`, `their work permits`).
    let afterDeterminer = tagged.upos(index - 1) == .det || tagged.has(index - 1, .determiner) && !tagged.has(index - 1, .relative)
    if afterDeterminer, tagged.upos(index + 1) == .noun { return false }
    return tagged.usualTag(index) == .verb
  }

  /// Whether the word at `index` opens a relative clause, which the noun phrase after it is
  /// inside of (`the app, which sells insurance products that …`).
  private func isRelativeWord(_ index: Int) -> Bool {
    tagged.isWord(index, "which") || tagged.isWord(index, "who") || tagged.isWord(index, "whom")
      || tagged.isWord(index, "whose") || tagged.isWord(index, "that")
  }

  /// Whether the word at `index` is a verb of speech or thought, which ends the clause before
  /// the noun phrase after it (`said production, which began …`); other verbs may be
  /// participles inside the phrase (`a revamped system`, `the grassroots protest movement`).
  private func endsClause(at index: Int) -> Bool {
    tagged.upos(index) == .verb && tagged.has(index, [.speechVerb, .cognitionVerb])
  }

  /// The possessive of the name `name`: `Nordvik's`, and with an apostrophe alone after a
  /// final `s` (`Skyrail Airlines'`, `Rovers'`).
  static func possessive(_ name: String) -> String {
    name.utf8.last == UInt8(ascii: "s") ? name + "'" : name + "'s"
  }
}
