extension SegmentSplitter {
  /// The longest appositive set off by commas between a noun and its verb.
  static let appositiveReach = 12

  /// When the comma at `opening` sets off an appositive between a noun and its verb (`Dana
  /// Whitfield, 52, resigned`, `Whitfield, a former teacher, had left`), the closing comma: the
  /// clause goes on across both.
  func appositiveEnd(opening: Int, limit: Int) -> Int? {
    guard opening > 0, tagged.has(opening, .comma), !isInsideTime(opening), regionEnd(opening: opening, limit: limit) == nil
    else { return nil }
    let before = tagged.upos(opening - 1)
    // The tagger reads some nouns before a name as adjectives: `said that its chief executive,
    // Marcus Engel, would`. Opening the sentence's own clause, the two are told apart as before.
    let sentence = tagged.sentences[Int(tagged.sentenceOf[opening])].tokens.lowerBound
    let beforeName = before == .adj && tagged.isLowercaseWord(opening - 1) && tagged.upos(opening + 1) == .propn
      && (sentence..<opening).contains { tagged.isFiniteVerb($0) }
    guard before == .propn || (before == .noun || beforeName) && !tagged.isSentenceInitial(opening - 1) else { return nil }
    var index = opening + 1
    var namesSomething = false
    while index < limit, index - opening <= Self.appositiveReach {
      if tagged.has(index, WordFlags.segmentBreak) {
        guard tagged.has(index, .comma), namesSomething else { return nil }
        // A sentence adverb may follow the appositive: `Sayirun, its ally, meanwhile, gained`.
        if index + 2 < limit, tagged.upos(index + 1) == .adv, tagged.has(index + 2, .comma) {
          return index + 3 < limit && tagged.isFiniteVerb(index + 3) ? index + 2 : nil
        }
        if index + 1 < limit && tagged.isFiniteVerb(index + 1) {
          return namesRelativeAntecedent(opening: opening, closing: index) ? nil : index
        }
        if index + 1 < limit, tagged.upos(opening + 1) != .adp, holdsName(opening + 1..<index) || isAge(opening + 1..<index),
          continuesObject(opening: opening, with: index + 1)
        {
          return index
        }
        // An appositive may run over several pieces: `Derek Lane, 58, of Harrow Road, Leeds,
        // admitted`.
        namesSomething = false
        index += 1
        continue
      }
      let tag = tagged.upos(index)
      // Names joined by `and` are one appositive: `The two pilots, Ana Brel and Tom Ueda, flew`.
      let joinsNames = tagged.isWord(index, "and") && tagged.upos(index - 1) == .propn
        && [.propn, .adj].contains(tagged.upos(index + 1))
      if tag == .verb && !tagged.isParticipleModifier(index) || tag == .aux
        || tagged.has(index, [.relative, .subordinator, .conjunction]) && !joinsNames
      {
        return nil
      }
      namesSomething = namesSomething || tag == .noun || tag == .propn || tag == .num
      index += 1
    }
    return nil
  }

  /// How many words the name of a region or country after a place's comma may hold.
  static let regionReach = 4

  /// When the comma at `opening` stands between a place the gazetteer knows and the larger
  /// region or country it lies in (`Austin, Texas`, `Leeds, England`), the token after the
  /// region's name: the two are one place, no appositive and no clause's end. Places of one
  /// rank are a list (`the United Kingdom, France and Germany`).
  func regionEnd(opening: Int, limit: Int) -> Int? {
    guard opening > 0, tagged.has(opening, .comma), tagged.upos(opening - 1) == .propn, tagged.upos(opening + 1) == .propn
    else { return nil }
    var after = opening + 1
    while after < limit, after - opening <= Self.regionReach, tagged.upos(after) == .propn { after += 1 }
    guard after - opening <= Self.regionReach, let region = tagged.place((opening + 1)..<after), region != .town, region != .city
    else { return nil }
    var first = opening - 1
    while first > 0, opening - first < Self.regionReach, tagged.upos(first - 1) == .propn { first -= 1 }
    let lies = (first..<opening).contains { tagged.place($0..<opening).map { $0.rawValue > region.rawValue } ?? false }
    return lies ? after : nil
  }

  /// Whether a name or an age set off after the object of a finite verb is followed by a
  /// preposition that goes on with the clause (`sold their top scorer, Jordan Abbey, to Lazio in
  /// July`), by an amount or by a word of a kind that completes the object (`found Ivo Brandt,
  /// 44, guilty of theft`): the clause's place, partner, time, second object and complement stand
  /// after the appositive.
  private func continuesObject(opening: Int, with next: Int) -> Bool {
    let opensPhrase = tagged.upos(next) == .adp && tagged.isLowercaseWord(next) && !tagged.isWord(next, "of")
      && !tagged.has(next, [.subordinator, .relative])
      || tagged.namedKind(next) != nil
    // A second object, an amount, may follow too (`would give the owner, Ouse Aggregates, £240,000
    // towards the dig`); a number set off alone is an age (`, 45,`).
    let opensAmount = tagged.upos(next) == .sym || tagged.upos(next) == .num && !tagged.has(next + 1, .comma)
    guard opensPhrase || opensAmount else { return false }
    let sentence = tagged.sentenceOf[opening]
    var index = opening - 1
    while index >= 0, tagged.sentenceOf[index] == sentence, !tagged.has(index, WordFlags.segmentBreak) {
      if tagged.isFiniteVerb(index) { return true }
      index -= 1
    }
    return false
  }

  /// Whether `range` holds a name.
  private func holdsName(_ range: Range<Int>) -> Bool { range.contains { tagged.upos($0) == .propn } }

  /// Whether `range` is a number alone, an age set off after a name (`Ivo Brandt, 44,`).
  private func isAge(_ range: Range<Int>) -> Bool {
    range.count == 1 && tagged.upos(range.lowerBound) == .num && tagged.upos(range.lowerBound - 2) == .propn
  }

  /// How many tokens a bracketed aside inside a clause may hold.
  static let asideReach = 8

  /// The closing bracket of a short aside with no verb that follows a word inside a clause and
  /// is followed by more of it: an amount in another unit or currency (`250 million pesos (about
  /// $4.3 million) for relief`, `gusts of 180km/h (112mph) to the coast`), which cuts no clause.
  /// One after a name and before a word cuts none either, with commas and a verb with no subject
  /// of its own in it (`Karl Braverman (left, in the red coat) shook hands`, `Braverman (left) and
  /// his deputy arrived`); not a dateline's agency before its dash (`OSLO (Nordwire) - …`), nor
  /// one before a relative clause, which the bracket sets off (`a nurse named Ada (Mia Holt) |
  /// who moves`).
  func bracketedAsideEnd(opening: Int, limit: Int) -> Int? {
    guard opening > 0, tagged.has(opening, .openParen), tagged.tokens[opening - 1].kind != .punctuation,
      ![.verb, .aux].contains(tagged.upos(opening - 1))
    else {
      return nil
    }
    // A capitalised word that opens the sentence is a name the tagger may read as a noun:
    // `Braverman (left) and his deputy arrived`.
    let afterName = tagged.upos(opening - 1) == .propn
      || tagged.upos(opening - 1) == .noun && tagged.isCapitalizedWord(opening - 1) && tagged.isSentenceInitial(opening - 1)
    var index = opening + 1
    var holdsNumber = false
    while index < limit, index - opening <= Self.asideReach {
      if tagged.has(index, .closeParen) {
        guard index + 1 < limit, !tagged.has(index + 1, WordFlags.segmentBreak) else { return nil }
        let isAside = holdsNumber
          || afterName && index > opening + 1 && tagged.tokens[index + 1].kind == .word && !tagged.has(index + 1, .relative)
        return isAside ? index : nil
      }
      if afterName, tagged.has(index, .comma) || tagged.upos(index) == .verb && ![.noun, .propn, .pron].contains(tagged.upos(index - 1)) {
        index += 1
        continue
      }
      if tagged.has(index, WordFlags.segmentBreak) || [.verb, .aux].contains(tagged.upos(index)) { return nil }
      holdsNumber = holdsNumber || tagged.upos(index) == .num || tagged.tokens[index].kind == .number
      index += 1
    }
    return nil
  }

  /// The closing comma of a short aside with no verb and no time, opened by a preposition or an
  /// adverb, set off right after `and` or `or` before the last item of a list (`names, addresses
  /// and, in some cases, bank details`): the list goes on across it. An aside before a verb
  /// (`and, in May, closed`) opens a predicate of its own.
  func coordinatedAsideEnd(opening: Int, limit: Int) -> Int? {
    guard opening > 0, tagged.has(opening, .comma), tagged.isWord(opening - 1, "and") || tagged.isWord(opening - 1, "or"),
      opening + 1 < limit, tagged.has(opening + 1, .preposition) || tagged.upos(opening + 1) == .adv
    else {
      return nil
    }
    var index = opening + 1
    while index < limit, index - opening <= Self.asideReach {
      if tagged.has(index, .comma) {
        let item: Set<UPOS> = [.det, .adj, .noun, .propn, .num]
        return index > opening + 1 && index + 1 < limit && item.contains(tagged.upos(index + 1)) ? index : nil
      }
      if tagged.has(index, WordFlags.segmentBreak) || [.verb, .aux].contains(tagged.upos(index)) || tagged.timeOf[index] >= 0 {
        return nil
      }
      index += 1
    }
    return nil
  }
}
