/// Finds the actors of one document: names, their kinds, and their aliases merged into one actor
/// per person, organization, place or group.
struct ActorTagger {
  let tagged: TaggedText

  /// The actors of the document and all their mentions.
  func tag() -> DocumentActors {
    let roleWords = DefiniteRoleWords(tagged: tagged)
    let demonyms = DocumentDemonyms(tagged: tagged)
    let named = SentenceDescriptors(tagged: tagged).trimmed(
      NameFinder.candidates(in: tagged, roleWords: roleWords, demonyms: demonyms))
    let found = AcronymSpans(tagged: tagged).widened(
      Self.withoutDesks(Self.withoutHeadings(Self.withoutOrdinaryInitials(named, tagged), tagged), tagged))
    let (candidates, codePairs) = ModelCodeOrder(tagged: tagged).widened(
      CoordinatedNames(tagged: tagged).joined(found).withExactCapacity())
    let evidence = KindEvidence(tagged: tagged, candidates: candidates, demonyms: demonyms)
    let contexts = candidates.map(evidence.context(for:))
    let table = ActorFormTable(candidates, contexts: contexts, tagged: tagged)
    let statedPairs =
      AliasPatterns(tagged: tagged).pairs(in: candidates) + RenamePatterns(tagged: tagged).pairs(in: candidates)
      + codePairs + DemonymReferences(tagged: tagged).pairs(in: candidates, contexts: contexts)
    let stated = statedPairs.map {
      (table.formOfCandidate[$0.0], table.formOfCandidate[$0.1])
    }
    var resolver = AliasResolver(forms: table.forms, lexicon: tagged.lexicon, tagger: tagged.tagger)
    let clusters = resolver.clusters(linking: table.links + stated)
    var builder = ActorListBuilder(forms: table.forms, clusters: clusters, candidates: candidates, tagged: tagged)
    let actorOf = builder.actorOfCandidate(table.formOfCandidate)
    let roles = RoleResolver(tagged: tagged, roleWords: roleWords, demonyms: demonyms).mentions(
      candidates: candidates, contexts: contexts, actorOf: actorOf)
    let ages = AgeDescriptions(tagged: tagged).mentions(candidates: candidates, contexts: contexts, actorOf: actorOf)
    builder.add(ages.isEmpty ? roles : (roles + ages).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound })
    builder.add(OwnerNames(tagged: tagged).names(candidates: candidates, actorOf: actorOf))
    return builder.build(actorOf: actorOf)
  }

  /// The candidates without the single words at the start of a sentence that the document gives
  /// no other reason to take for names (`Such`, `Topping`, `Established`). A word stays when the
  /// lexicons or the place gazetteer know it (the gazetteer not for an adjective before a noun:
  /// `Central banks`), when it is an acronym, when an appositive after it
  /// gives its kind or title, when a verb of speech follows a word the tagger does not know
  /// (`Canalys said`) or such a word was founded (`Bramwell was founded`) or owns what follows
  /// (`Quessia's army`), or when it opens or ends a name elsewhere in the
  /// text, other than right after its `of` (`Health` in `Ministry of Health`).
  static func withoutOrdinaryInitials(_ candidates: [NameCandidate], _ tagged: TaggedText) -> [NameCandidate] {
    var initials = Set<UInt32>()
    var mask: UInt64 = 0
    for candidate in candidates where candidate.isInitialSingleWord {
      let hash = tagged.tokens[candidate.tokens.lowerBound].hash
      initials.insert(hash)
      mask |= 1 << UInt64(hash & 63)
    }
    var seen = Set<UInt32>()
    for candidate in candidates where !candidate.isInitialSingleWord {
      // Only a name's first or last word names it alone (`Halvorsen` of `Halvorsen Motors`,
      // `Hewitt` of `Patricia Hewitt`); a word inside one does not (`Safety` in `National
      // Highway Traffic Safety Administration`).
      for index in [candidate.tokens.lowerBound, candidate.tokens.upperBound - 1] {
        let token = tagged.tokens[index]
        guard token.kind == .word, mask & (1 << UInt64(token.hash & 63)) != 0, initials.contains(token.hash) else { continue }
        // A common word after an institution's `of` (`Ministry of Health`, `Union of Nurses`) is no
        // name of its own; a word the tagger's training text never has is (`Nordair` of `Pilots
        // Union of Nordair`).
        if index > candidate.tokens.lowerBound, tagged.has(index - 1, .connector),
          tagged.usualTag(index) != nil || isCommonNounForm(index, tagged)
        {
          continue
        }
        seen.insert(token.hash)
      }
    }
    return candidates.filter { candidate in
      guard candidate.isInitialSingleWord else { return true }
      let index = candidate.tokens.lowerBound
      let token = tagged.tokens[index]
      if token.flags.contains(.allUpper) || seen.contains(token.hash) { return true }
      if tagged.has(index, .givenName) { return true }
      if !isCommonNounForm(index, tagged),
        isNamedByAppositive(index, tagged) || isUnknownSpeaker(index, tagged) || isFoundedInstitution(index, tagged)
          || isUnseenSubject(index, tagged)
      {
        return true
      }
      // An owner the tagger's training text never has: `Quessia's army entered …`.
      if candidate.isPossessive, tagged.usualTag(index) == nil, !tagged.tokens[index].flags.contains(.allUpper) { return true }
      let lexicon = tagged.lexicon
      return isWord(lexicon.knownActors, index, tagged) || isWord(lexicon.capitals, index, tagged)
        || isWord(lexicon.aliases, index, tagged) || tagged.place(index..<index + 1) != nil && !isAdjectiveOfNoun(index, tagged)
    }
  }

  /// Whether the word at `index`, an adjective by the tagger's usual tag, comes right before a
  /// common noun in lower case: it describes that noun (`Central banks have …`), whatever town
  /// the gazetteer gives its name.
  private static func isAdjectiveOfNoun(_ index: Int, _ tagged: TaggedText) -> Bool {
    tagged.usualTag(index) == .adj && tagged.isLowercaseWord(index + 1) && tagged.upos(index + 1) == .noun
  }

  /// The candidates without a heading in title case: a name that is the whole of its sentence,
  /// with no punctuation, of two words or more that the tagger all knows as common nouns, verbs,
  /// adjectives or adverbs, as plurals of common nouns or as words the text writes in lower case
  /// elsewhere (`Grain Exports`, `Central Bank Warns` over a section), and that no year alone
  /// follows as a table's next cell, which only
  /// the heading's capitals made a name; not a place or actor the lexicons hold (`United
  /// Kingdom`), nor a name the text also writes inside a sentence (a list of works' titles).
  static func withoutHeadings(_ candidates: [NameCandidate], _ tagged: TaggedText) -> [NameCandidate] {
    let descriptors = SentenceDescriptors(tagged: tagged)
    var lowercase: Set<SentenceDescriptors.WordKey>?
    let headings = candidates.indices.filter { index in
      isHeading(candidates[index], tagged) { word in
        if lowercase == nil { lowercase = descriptors.lowercaseWords() }
        return lowercase?.contains(descriptors.key(word..<(word + 1))) == true
      }
    }
    guard !headings.isEmpty else { return candidates }
    let words = { (range: Range<Int>) in range.map { tagged.tokens[$0].hash } }
    var heading = [Bool](repeating: false, count: candidates.count)
    for index in headings { heading[index] = true }
    let written = Set(candidates.indices.filter { !heading[$0] }.map { words(candidates[$0].tokens) })
    return candidates.indices.compactMap { index in
      heading[index] && !written.contains(words(candidates[index].tokens)) ? nil : candidates[index]
    }
  }

  /// Whether `candidate` is a line in title case of common words, and the whole of its sentence.
  private static func isHeading(
    _ candidate: NameCandidate, _ tagged: TaggedText, writtenInLowercase: (Int) -> Bool
  ) -> Bool {
    let range = candidate.tokens
    guard range.count >= 2, !candidate.isPossessive,
      tagged.sentences[Int(tagged.sentenceOf[range.lowerBound])].tokens == range, tagged.place(range) == nil,
      tagged.match(tagged.lexicon.knownActors, at: range.lowerBound, limit: range.upperBound) == nil
    else { return false }
    // A line of a table or list whose next line is a year alone names a work of that year
    // (`Source Code` over `2011`), as no heading does.
    let sentence = Int(tagged.sentenceOf[range.lowerBound])
    if sentence + 1 < tagged.sentences.count, isYearAlone(tagged.sentences[sentence + 1].tokens, tagged) { return false }
    return range.allSatisfy { index in
      tagged.isCapitalizedWord(index) && !tagged.tokens[index].flags.contains(.allUpper)
        && (isCommonWordForm(index, tagged) || writtenInLowercase(index))
    }
  }

  /// Whether the word at `index` is a common noun, verb, adjective or adverb by the tagger's usual
  /// tag, or the regular plural of a common noun.
  private static func isCommonWordForm(_ index: Int, _ tagged: TaggedText) -> Bool {
    if let usual = tagged.usualTag(index) { return [.noun, .verb, .adj, .adv].contains(usual) }
    return isCommonNounForm(index, tagged)
  }

  /// Whether the sentence of `tokens` is a year alone: four digits and nothing else but a period.
  private static func isYearAlone(_ tokens: Range<Int>, _ tagged: TaggedText) -> Bool {
    guard let first = tokens.first, tagged.tokens[first].kind == .number, tagged.tokens[first].length == 4 else {
      return false
    }
    return tokens.dropFirst().allSatisfy { tagged.has($0, [.period, .terminal]) }
  }

  /// The candidates without a common word that names a journalist's or a government's field
  /// before its role or office in lower case (`Technology` in `Technology reporter`, `Health` in
  /// `Health minister`, `Finance` in `the Finance ministry said`), and without the letters of a
  /// degree or honour after a person's name (`Stephen Calderwood, MD,`) or alone as what someone
  /// was made (`was appointed OBE`).
  static func withoutDesks(_ candidates: [NameCandidate], _ tagged: TaggedText) -> [NameCandidate] {
    let roles: [StaticString] = [
      "reporter", "editor", "correspondent", "columnist", "minister", "ministry", "secretary", "department",
    ]
    return candidates.filter { candidate in
      let range = candidate.tokens
      if isPostNominal(range, tagged) || isHonourAlone(range, tagged) { return false }
      guard range.count == 1, candidate.title == nil, tagged.isLowercaseWord(range.upperBound),
        roles.contains(where: { tagged.isWord(range.upperBound, $0) })
      else { return true }
      return !TitleWords(tagged: tagged).isCommonTitleWord(range.lowerBound)
        || tagged.place(range) != nil
    }
  }

  /// `MD`, `RN`, `OBE` after a comma that follows a name, before a comma, a period or the end.
  private static func isPostNominal(_ range: Range<Int>, _ tagged: TaggedText) -> Bool {
    let start = range.lowerBound
    guard range.count == 1, start >= 2, tagged.tokens[start].flags.contains(.allUpper), tagged.has(start - 1, .comma),
      tagged.isCapitalizedWord(start - 2),
      range.upperBound >= tagged.tokens.count || tagged.has(range.upperBound, [.comma, .period, .terminal])
    else { return false }
    return NameShapeEvidence.isPostNominal(start, tagged)
  }

  /// `OBE`, `MBE` alone after a lower-case word, not speaking nor acting as a subject does: an
  /// honour someone was given (`was appointed OBE in 2003`, `received an MBE`), no actor.
  private static func isHonourAlone(_ range: Range<Int>, _ tagged: TaggedText) -> Bool {
    let start = range.lowerBound
    guard range.count == 1, start >= 1, tagged.isLowercaseWord(start - 1), NameShapeEvidence.isPostNominal(start, tagged)
    else { return false }
    return !tagged.has(range.upperBound, .speechVerb) && ![.verb, .aux].contains(tagged.upos(range.upperBound))
  }

  /// Whether a word the tagger does not take for a common one is followed by an appositive that
  /// names its kind or title: `Brackwell, the lender, said`, not `Separately, the bank said` nor
  /// `Nationally, legislative authority is …`.
  private static func isNamedByAppositive(_ index: Int, _ tagged: TaggedText) -> Bool {
    guard tagged.has(index + 1, .comma), tagged.has(index + 2, .determiner), [nil, .propn].contains(tagged.usualTag(index))
    else { return false }
    let titles = TitleContext(tagged: tagged)
    return titles.appositiveKind(start: index, end: index + 1) != nil || titles.after(index + 1) != nil
  }

  /// Whether the word at `index`, in lower case, is a common noun the tagger's training text
  /// knows, or the plural of one or of a noun for people (`Fishermen` of `fisherman`, `Residents`
  /// of `resident`, `Cities` of `city`): such a word opening a sentence is a common noun written
  /// with a capital, not a name, whatever its sentence does.
  static func isCommonNounForm(_ index: Int, _ tagged: TaggedText) -> Bool {
    if tagged.usualTag(index) == .noun { return true }
    let word = tagged.string(tokens: index..<(index + 1)).lowercased()
    return singulars(of: word).contains { singular in
      PersonWords.occupations.contains(Substring(singular))
        || tagged.tagger.usualTag(of: Array(singular.utf8), 0..<singular.utf8.count) == .noun
    }
  }

  /// The singulars a regular plural may have: `fishermen` → `fisherman`, `cities` → `city`,
  /// `boxes` → `box`, `residents` → `resident`.
  private static func singulars(of word: String) -> [String] {
    guard word.count >= 4 else { return [] }
    // A compound of a noun and `-men` (`firemen`, `dairymen`) is as common as its first noun.
    if word.hasSuffix("men") { return [String(word.dropLast(3)) + "man", String(word.dropLast(3))] }
    if word.hasSuffix("ies") { return [String(word.dropLast(3)) + "y"] }
    guard word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us") else { return [] }
    return word.hasSuffix("es") ? [String(word.dropLast()), String(word.dropLast(2))] : [String(word.dropLast())]
  }

  /// Whether a word the tagger's training text never has as a common one opens its sentence as
  /// the subject of a verb of speech: `Canalys said`, `Morningstar says` (not `Officials said`,
  /// nor a plural noun for people who do something: `Forecasters said`).
  private static func isUnknownSpeaker(_ index: Int, _ tagged: TaggedText) -> Bool {
    let next = index + 1
    let agents: [StaticString] = ["ers", "ors", "ists", "ians", "ants", "ents"]
    guard !agents.contains(where: { tagged.endsWith(index, $0) }) else { return false }
    return [nil, .propn].contains(tagged.usualTag(index)) && tagged.isLowercaseWord(next)
      && tagged.has(next, .speechVerb) && tagged.upos(next) == .verb
  }

  /// Whether a word the tagger's training text never has opens its sentence as the subject of a
  /// verb whose object an `its` opens: `Nordair grounded its fleet`, `Estavia has recently
  /// tightened checks at its ports` (past an auxiliary and adverbs), the way
  /// an organization acts on what it owns, or of a modal and a verb whose object is counted
  /// (`Norbank will cut 500 jobs`); not a plural (`Superbugs evolved its…`) nor a word
  /// with the ending of a noun or adjective made from another (`Wellness lost its appeal`).
  private static func isUnseenSubject(_ index: Int, _ tagged: TaggedText) -> Bool {
    let first = index + 1
    guard tagged.usualTag(index) == nil, tagged.tokens[index].length >= 4, !tagged.endsWith(index, "s"),
      !derivedEndings.contains(where: { tagged.endsWith(index, $0) }), tagged.isFiniteVerb(first)
    else { return false }
    var verb = first
    while verb < first + 2, tagged.isLowercaseWord(verb + 1), [.aux, .adv].contains(tagged.upos(verb)) { verb += 1 }
    if tagged.has(first, .modal), verb == first + 1, tagged.upos(verb) == .verb, isCountedObject(verb + 1, tagged) {
      return true
    }
    return ((verb + 1)...(verb + 3)).contains { tagged.isWord($0, "its") }
  }

  /// Whether a number and a plural noun open the object at `index`: `will cut 500 jobs`, what a
  /// firm announces it will do.
  private static func isCountedObject(_ index: Int, _ tagged: TaggedText) -> Bool {
    index + 1 < tagged.tokens.count && tagged.tokens[index].kind == .number && tagged.isPluralNoun(index + 1)
      && tagged.isLowercaseWord(index + 1)
  }

  /// Endings of English words made from others: of doings, qualities, manners.
  private static let derivedEndings: [StaticString] = [
    "ing", "ly", "ed", "ty", "ness", "tion", "sion", "ment", "ance", "ence", "ism", "ship", "hood", "ure", "ous",
    "ive", "ful", "less", "able", "ible", "al",
  ]

  /// Whether a word the tagger's training text never has as a common one opens its sentence as
  /// what was founded, listed or bought: `Bramwell was founded in 1893`.
  private static func isFoundedInstitution(_ index: Int, _ tagged: TaggedText) -> Bool {
    [nil, .propn].contains(tagged.usualTag(index))
      && SurroundingKindEvidence(tagged: tagged).isFoundedAfter(index + 1)
  }

  private static func isWord<Value>(_ table: PhraseTable<Value>, _ index: Int, _ tagged: TaggedText) -> Bool {
    tagged.match(table, at: index, limit: index + 1) != nil
  }
}
