/// Splits a common word off the front of a name at the start of a sentence, where it is
/// capitalized only because the sentence opens with it: `Carmaker | Norbridge`, `Rival |
/// Lumetric Devices` when the document names `Lumetric Devices` alone and writes `rival` in lower
/// case elsewhere.
///
/// The word must be a common noun or adjective the lexicons know as no name, and the rest must
/// open on a word that is not a common one (`Network Rail`, `Police Scotland` and `General
/// Motors` keep their first word). Then either the document names the rest alone elsewhere, or
/// the word is a kind noun of an organization or group and the rest opens on a word the tagger
/// has never seen (`Carmaker Norbridge`, `Lender Zentrix`), or a common noun where it stands before
/// two words or more of which the first is such a word (`Developer Seaward Power`), and no
/// appositive after the name says what it is (`Radio Tessaria, the state broadcaster,`).
struct SentenceDescriptors {
  let tagged: TaggedText

  /// `candidates` with the descriptors at the front of sentence-initial names split off. The
  /// document's lower-case words and its names are indexed once, when a first candidate needs
  /// them: looking each up by a scan made a text of many names quadratic.
  func trimmed(_ candidates: [NameCandidate]) -> [NameCandidate] {
    var result = candidates
    var lowercase: Set<WordKey>?
    var named: [WordKey: Int]?
    for position in result.indices {
      let candidate = result[position]
      let start = candidate.tokens.lowerBound
      guard candidate.title == nil, candidate.tokens.count >= 2, isCommonOpening(start), isNameOpening(start + 1)
      else { continue }
      if isPersonAfterDescriptor(candidate.tokens) {
        result[position].tokens = (start + 1)..<candidate.tokens.upperBound
        continue
      }
      let usual = tagged.usualTag(start)
      if usual != .noun && usual != .adj {
        guard usual == nil else { continue }
        if !isOrganizationNoun(start), !isDoerBeforeCompany(candidate.tokens), !Self.isTradeNoun(start, tagged) {
          if lowercase == nil { lowercase = lowercaseWords() }
          guard lowercase?.contains(key(start..<(start + 1))) == true else { continue }
        }
      }
      let rest = (start + 1)..<candidate.tokens.upperBound
      let unseen = tagged.usualTag(start + 1) == nil && !tagged.tokens[start + 1].flags.contains(.allUpper)
      let isDescriptorNoun = isOrganizationNoun(start) || isDoerBeforeCompany(candidate.tokens)
      let isTrade = isCommonNounHere(start) && rest.count >= 2 || Self.isTradeNoun(start, tagged)
      if !(isDescriptorNoun && unseen) && !(isTrade && unseen) {
        if named == nil { named = nameCounts(candidates) }
        // The rest is named alone when its words stand as a candidate somewhere else too.
        guard (named?[key(rest)] ?? 0) > 0 else { continue }
      } else if TitleContext(tagged: tagged).appositiveKind(start: start, end: candidate.tokens.upperBound) != nil {
        // A name whose appositive says what it is needs no descriptor before it: `Radio
        // Tessaria, the state broadcaster, said`.
        continue
      }
      result[position].tokens = rest
    }
    return result
  }

  /// A capitalized word opening its sentence that the lexicons and the gazetteer know as no name
  /// or title; a descriptor when it is also a noun or adjective by its usual tag, or a word the
  /// tagger has not seen that is a kind noun (`Carmaker`) or written in lower case elsewhere.
  private func isCommonOpening(_ index: Int) -> Bool {
    let token = tagged.tokens[index]
    return token.kind == .word && token.isCapitalized && !token.flags.contains(.allUpper)
      && tagged.isSentenceInitial(index)
      && !tagged.has(index, [.givenName, .knownStart, .aliasStart, .capitalStart, .demonymStart, .titleStart, .honorific])
      && tagged.place(index..<(index + 1)) == nil
  }

  /// Words compared by hash and length, as the tokenizer hashes them.
  struct WordKey: Hashable {
    let hash: UInt64
    let count: Int
  }

  /// The key of the words `range`.
  func key(_ range: Range<Int>) -> WordKey {
    var hash: UInt64 = 14_695_981_039_346_656_037
    for index in range {
      let token = tagged.tokens[index]
      hash = (hash ^ UInt64(token.hash)) &* 1_099_511_628_211
      hash = (hash ^ UInt64(token.length)) &* 1_099_511_628_211
    }
    return WordKey(hash: hash, count: range.count)
  }

  /// The words the document writes in lower case.
  func lowercaseWords() -> Set<WordKey> {
    var words = Set<WordKey>()
    for index in tagged.tokens.indices where tagged.isLowercaseWord(index) { words.insert(key(index..<(index + 1))) }
    return words
  }

  /// How many candidates have each sequence of words.
  private func nameCounts(_ candidates: [NameCandidate]) -> [WordKey: Int] {
    var counts: [WordKey: Int] = [:]
    for candidate in candidates { counts[key(candidate.tokens), default: 0] += 1 }
    return counts
  }

  /// Whether the word at `index` can open a name of its own after a descriptor: a capitalized word
  /// set apart by a space that is no common word, no place and no known name's first word.
  private func isNameOpening(_ index: Int) -> Bool {
    guard tagged.isCapitalizedWord(index), !tagged.isGlued(index), tagged.place(index..<(index + 1)) == nil,
      !tagged.has(index, [.kindNoun, .demonymStart, .capitalStart, .titleStart])
    else { return false }
    let usual = tagged.usualTag(index)
    return usual == nil || usual == .propn
  }

  /// Whether the word at `index` is a noun of a doer (in `-er` or `-or`) that the tagger reads as
  /// a common noun where it stands, as it mostly does elsewhere: before a name of two words that
  /// opens on a word it has never seen, such a noun says what the name is (`Developer | Seaward
  /// Power`); a word it reads as a name opens it (`Tower Hamlets Council`), and a noun of a thing
  /// or an act may be its first word (`Project Gutenberg Australia`, `Household Labour Force Survey`).
  private func isCommonNounHere(_ index: Int) -> Bool {
    tagged.upos(index) == .noun && tagged.usualTag(index) == .noun && tagged.tokens[index].length > 4
      && (tagged.endsWith(index, "er") || tagged.endsWith(index, "or"))
  }

  /// Whether the word at `index` names one who does what a verb says, by `-er` or `-or` after the
  /// verb's stem: a common noun the tagger knows (`Develop|er`, `Produc|er`), or a compound it has
  /// never seen of a word it knows and such a noun, known or not (`House|builder`, `Steel|maker`:
  /// a compound keeps its head's class). Before a name of one word it has never seen, such a noun says what the name is
  /// (`Developer | Norwind`), where a noun of a thing in `-er` may open a name (`Ginger Nut`).
  static func isTradeNoun(_ index: Int, _ tagged: TaggedText) -> Bool {
    let token = tagged.tokens[index]
    guard token.length > 4, tagged.endsWith(index, "er") || tagged.endsWith(index, "or") else { return false }
    let bytes = Int(token.start)..<Int(token.end)
    switch tagged.usualTag(index) {
    case .noun: return isDoerOfVerb(bytes, tagged)
    case nil: break
    default: return false
    }
    guard bytes.count >= compoundParts.modifier + compoundParts.head else { return false }
    let text = tagged.analysis.text
    return ((bytes.lowerBound + compoundParts.modifier)...(bytes.upperBound - compoundParts.head)).contains { cut in
      isDoerOfVerb(cut..<bytes.upperBound, tagged) && tagged.tagger.usualTag(of: text, bytes.lowerBound..<cut) != nil
    }
  }

  /// The shortest head and modifier of a compound read by `isTradeNoun`: `Ship|builder`.
  private static let compoundParts = (modifier: 3, head: 5)

  /// Whether the word in the bytes `word`, less its `-er` or `-or`, is the stem of a verb the
  /// tagger knows, with or without a closing `e`: `build|er`, `produc|er`, `operat|or`; not
  /// `ging|er`, `head|er`.
  private static func isDoerOfVerb(_ word: Range<Int>, _ tagged: TaggedText) -> Bool {
    let text = tagged.analysis.text
    let stem = word.lowerBound..<(word.upperBound - 2)
    if tagged.tagger.usualTag(of: text, stem) == .verb { return true }
    let withE = Array(text[stem]) + [UInt8(ascii: "e")]
    return tagged.tagger.usualTag(of: withE, 0..<withE.count) == .verb
  }

  /// Whether the word at `index` is a noun of a trade that names a firm, not a person, when it
  /// opens the sentence before a name: a doer's noun `isTradeNoun` takes that is no person's
  /// occupation nor kind noun (`Developer Norwind`, `Housebuilder Oakmere`; not `Builder`).
  static func isFirmsTradeNoun(_ index: Int, _ tagged: TaggedText) -> Bool {
    isTradeNoun(index, tagged) && !tagged.has(index, .kindNoun) && !PersonWords.occupations.contains(index, in: tagged)
  }

  /// Whether the name `range` is a common noun of a doer before a person's name of two words, a
  /// name and a surname that is no kind noun: `Meteorologist | Dana Price`, `Photographer | Ana
  /// Lee` (the tagger may not know the noun, but no name opens on an occupation or a noun of `-ist`
  /// before a person's name; `Tower Hamlets Council` ends on a kind noun).
  private func isPersonAfterDescriptor(_ range: Range<Int>) -> Bool {
    let start = range.lowerBound
    guard range.count == 3, tagged.has(start + 1, .givenName) || NameShapeEvidence.isPersonNameWord(start + 1, tagged),
      NameShapeEvidence.isPersonNameWord(start + 2, tagged) || tagged.isCapitalizedWord(start + 2)
        && !tagged.has(start + 2, [.kindNoun, .companyHead]),
      !tagged.has(start, .kindNoun)
    else { return false }
    return Self.isDoerNoun(start, tagged)
  }

  /// Whether the word at `index` may be a common noun of a person's trade: an occupation, or a
  /// word of `-ist` or `-ian` longer than four letters that the tagger knows as a noun or not at
  /// all (not `Developer`, `Supplier`: firms are named so too).
  static func isDoerNoun(_ index: Int, _ tagged: TaggedText) -> Bool {
    guard [nil, .noun].contains(tagged.usualTag(index)), tagged.tokens[index].length > 4 else { return false }
    if PersonWords.occupations.contains(index, in: tagged) { return true }
    return tagged.endsWith(index, "ist") || tagged.endsWith(index, "ian")
  }

  /// Whether the name `range` opens on a noun of a doer in `-er` or `-or` that the tagger has not
  /// seen, before a name of two words or more that its shape makes a company's: partners joined
  /// by `&` or a company's word closing it (`Brewer | Halm & Sons`, `Refiner | Ostra Oil Ltd`).
  /// No company's name opens on a trade before such words; a surname closes a person's (`Teresa
  /// Brewer`).
  private func isDoerBeforeCompany(_ range: Range<Int>) -> Bool {
    let start = range.lowerBound
    let last = range.upperBound - 1
    guard range.count >= 3, tagged.usualTag(start) == nil, tagged.tokens[start].length > 4,
      tagged.endsWith(start, "er") || tagged.endsWith(start, "or")
    else { return false }
    if ((start + 2)..<last).contains(where: { tagged.has($0, .ampersand) }) { return true }
    return tagged.isCapitalizedWord(last) && (tagged.has(last, .companyHead) || isOrganizationNoun(last))
  }

  private func isOrganizationNoun(_ index: Int) -> Bool {
    tagged.has(index, .kindNoun) && [.organization, .group].contains(tagged.infos[index].actorKind)
  }
}
