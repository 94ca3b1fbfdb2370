/// Kinds that the words before a name give: a kind noun closing the noun phrase before it (`the
/// broadband provider Brightwave`, `…, operator Skelvane said`, `fined drugmaker Tavistel`), a work's noun before its title,
/// right before it or set off by a comma (`the play Cold Harbour`, `her first novel, The Salt
/// Road,`), and a party named for its members (`Social Democrats`).
extension KindEvidence {
  /// The votes of a kind noun or a work's noun before the name in `range`, which ends at `after`.
  func nounBeforeVotes(_ range: Range<Int>, after: Int) -> KindVotes {
    var votes = KindVotes()
    // A kind noun closing a noun phrase right before a name says what it is: `the broadband
    // provider Brightwave`, `Struggling retailer Penwick` (not a verb the tagger took for a noun:
    // `to commission Smith`). A company's word after a trade in `-ing` names a company (`the
    // trucking group Tarvo`, not `the militant group`).
    // A work's title may open with its own `The` (`her novel The Salt Road`), and a noun may give
    // the name it is called by (`a vaccine called Corvax`).
    var before = range.lowerBound - 1
    if tagged.isWord(before, "the"), tagged.isCapitalizedWord(before), !tagged.isSentenceInitial(before) { before -= 1 }
    // Only after `a` or `an`: `the agency called Smith` is what the agency did.
    if tagged.isLowercaseWord(before), Self.namingVerbs.contains(before, in: tagged),
      tagged.isWord(before - 2, "a") || tagged.isWord(before - 2, "an")
    {
      before -= 1
    }
    // A product's or a work's noun names the product more surely than the name's own words
    // (`his film The Long Road`, `the play Cold Harbour`).
    if before > 0, tagged.isLowercaseWord(before), tagged.has(before, .kindNoun), isNounBeforeName(before),
      opensNounPhrase(before - 1) || opensClause(before - 1) || isPrepositionBefore(before - 1)
        || isVerbBefore(before - 1),
      let kind = tagged.actorKind(ofKindNoun: before)
    {
      let isTrade = tagged.has(before, .companyHead) && tagged.isLowercaseWord(before - 1) && tagged.endsWith(before - 1, "ing")
      // A body's noun says what the name is more surely than a landform closing it (`Campaign
      // group Save Eastfield Coast`, `the pressure group Clear Harbour`).
      let weight = kind == .product ? 8 : [.organization, .group].contains(kind) ? 9 : 6
      votes.add(isTrade ? .organization : kind, weight)
    } else if before > 0, tagged.isLowercaseWord(before), tagged.upos(before) == .noun, Self.works.contains(before, in: tagged),
      opensNounPhrase(before - 1)
    {
      votes.add(.product, 8)
    } else if isTitleOfWork(range, after: after) {
      // More than a kind noun closing the title (`the song, Harbour Street,`).
      votes.add(.product, 10)
    }
    return votes
  }

  /// Whether the name in `range`, with its own `The` or not, stands in apposition to a work's
  /// noun before it and closes there: `her first novel, The Salt Road, in 1968`, `the album,
  /// Quiet Harbour.`; not a name that opens on a given name, nor one a `, who` follows.
  private func isTitleOfWork(_ range: Range<Int>, after: Int) -> Bool {
    var comma = range.lowerBound - 1
    if tagged.isWord(comma, "the"), tagged.isCapitalizedWord(comma) { comma -= 1 }
    guard comma >= 1, tagged.has(comma, .comma), tagged.isLowercaseWord(comma - 1),
      Self.works.contains(comma - 1, in: tagged), !tagged.has(range.lowerBound, .givenName)
    else { return false }
    let closes = after >= tagged.tokens.count || tagged.has(after, [.comma, .period, .terminal, .semicolon, .closeParen])
    return closes && !(tagged.has(after, .comma) && tagged.isWord(after + 1, "who"))
  }

  /// Whether the capitalized word at `index` names the members of a political party in the
  /// plural, as the last word of its name or alone: `Social Democrats`, `the Greens`.
  func isPartyOfMembers(_ index: Int) -> Bool {
    tagged.isCapitalizedWord(index) && Self.partyMembers.contains(index, in: tagged)
  }

  /// Whether the word at `index` can start or carry the noun phrase a kind noun after it closes:
  /// a determiner, adjective or noun (here, or most often in the tagger's training text, as
  /// `research` in `according to research firm Canalys`), a word opening the sentence, a plural
  /// owner's apostrophe, or a word in `-ing` after an adjective (`Polish trucking group Tarvo`).
  private func opensNounPhrase(_ index: Int) -> Bool {
    [.det, .adj, .noun, .propn].contains(tagged.upos(index)) || tagged.isPossessiveDeterminer(index)
      || tagged.isPossessive(after: index - 1) || isPluralOwnersMark(index)
      || (tagged.isCapitalizedWord(index) && tagged.isSentenceInitial(index))
      || (tagged.isLowercaseWord(index) && tagged.usualTag(index) == .noun)
      || (index > 0 && tagged.isLowercaseWord(index) && tagged.endsWith(index, "ing")
        && [.det, .adj, .propn].contains(tagged.upos(index - 1)))
  }

  /// Whether token `index` is the apostrophe glued after a plural owner: `Supporters’ group`.
  private func isPluralOwnersMark(_ index: Int) -> Bool {
    index >= 1 && tagged.has(index, [.closeSingle, .straightSingle]) && tagged.isGlued(index) && tagged.endsWith(index - 1, "s")
  }

  /// Whether a bare noun at `index + 1` opens a clause: after a comma, a semicolon or a colon
  /// (`…, operator Isavia said`).
  private func opensClause(_ index: Int) -> Bool {
    tagged.has(index, [.comma, .semicolon, .colon])
  }

  /// Whether the word at `index` is a preposition in lower case whose object a bare kind noun
  /// opens: `a spokesperson for carrier Nordlane`, `after operator Velm Docks rejected …`; not
  /// `to`, which may open a verb the tagger took for a noun (`agreed to commission Anna Darrow`).
  private func isPrepositionBefore(_ index: Int) -> Bool {
    tagged.isLowercaseWord(index) && [.adp, .sconj].contains(tagged.upos(index)) && !tagged.isWord(index, "to")
  }

  /// Whether the word at `index` is a verb in lower case whose object a bare kind noun opens:
  /// `fined drugmaker Tavistel Pharma`.
  private func isVerbBefore(_ index: Int) -> Bool {
    tagged.isLowercaseWord(index) && tagged.upos(index) == .verb
  }

  /// Whether the kind noun at `index` is a noun where it stands, or a product's noun the tagger
  /// read as an adjective after a determiner (`her novel The Salt Road`, where `novel` may be
  /// new).
  private func isNounBeforeName(_ index: Int) -> Bool {
    if tagged.upos(index) == .noun { return true }
    // After an owner no verb comes, whatever the tagger read (`her novel The Tide Keeper`).
    if tagged.isPossessiveDeterminer(index - 1) || tagged.isPossessive(after: index - 2) { return true }
    return tagged.infos[index].actorKind == .product && tagged.upos(index) == .adj
      && (tagged.upos(index - 1) == .det || tagged.isPossessiveDeterminer(index - 1))
  }

  /// Verbs between a noun and the name it is called by: `a vaccine called Corvax`.
  private static let namingVerbs = WordList(["called", "named", "dubbed", "titled", "entitled"])

  /// Nouns of works, whose titles they stand before or in apposition to (`the play Cold
  /// Harbour`, `the novel, The Salt Road,`); of them, the lexicon's kind nouns give a kind alone.
  private static let works = WordList([
    "play", "plays", "song", "songs", "poem", "sitcom", "musical", "opera", "novel", "book", "film", "movie",
    "album", "memoir", "documentary", "podcast", "biography",
  ])

  private static let partyMembers = WordList([
    "democrats", "republicans", "socialists", "conservatives", "liberals", "greens", "nationalists", "unionists",
    "communists", "progressives", "libertarians", "populists", "centrists", "federalists", "separatists",
    "royalists", "monarchists",
  ])
}
