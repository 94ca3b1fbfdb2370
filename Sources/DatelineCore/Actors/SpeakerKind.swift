/// The kind of a quote's speaker whose name the actor tagger could not place: whoever speaks is
/// a person or an institution, and the name's shape tells which. A person: a given name or title
/// before a surname (`Ruth Kessler`, `Detective Tsukauchi`), words shaped like a person's name
/// (`Micheál Martin`, `Lewis W. Teperman`), or one word that names no institution (`Nadimov`). An institution: an acronym (`CIP`), a kind noun of an
/// organization or group or a company's word in the name (`Harwick Foods`), a country or region
/// joined by a hyphen (`Météo-France`), or a plural common noun closing it (`Carrowmore Homes`).
/// Any other name keeps its unknown kind.
struct SpeakerKind {
  let tagged: TaggedText

  /// Gives the speakers of `quotes` whose kind is unknown the kind their longest name gives;
  /// whether any kind changed.
  func settle(_ quotes: [Quote], in actors: inout DocumentActors) -> Bool {
    var names: [Int: Range<Int>] = [:]
    for quote in quotes {
      if let speaker = quote.speaker, actors.actors[speaker].kind == .unknown { names[speaker] = 0..<0 }
    }
    guard !names.isEmpty else { return false }
    for mention in actors.mentions where !mention.isRole {
      if let name = names[mention.actor], mention.tokens.count > name.count { names[mention.actor] = mention.tokens }
    }
    var changed = false
    for (speaker, name) in names where !name.isEmpty {
      guard let kind = kind(ofName: name) else { continue }
      actors.actors[speaker].kind = kind
      changed = true
    }
    return changed
  }

  /// The kind the shape of the name over `tokens` gives, or nil when it tells neither.
  func kind(ofName tokens: Range<Int>) -> Actor.Kind? {
    let words = tokens.filter { tagged.tokens[$0].kind == .word }
    guard let first = words.first, let last = words.last else { return nil }
    if tagged.has(first, [.givenName, .titleStart, .honorific]), !isInstitutionWord(last) { return .person }
    if words.count == 1, isAcronym(first) { return .organization }
    if words.contains(where: isInstitutionWord) || hasHyphenatedCountry(tokens) { return .organization }
    if words.count >= 2, isPluralCommonNoun(last) { return .organization }
    // An article of another language opens the names of newspapers (`Le Figaro`, `El Mundo`); a
    // person so named was named in full before (`Marine Le Pen`), and that name is the longest.
    if words.count >= 2, tokens.lowerBound == first, tagged.isCapitalizedWord(words[1]),
      NameShapeEvidence.foreignArticles.contains(first, in: tagged)
    {
      return .organization
    }
    // One word that names no institution is most often a surname (`said Nadimov`).
    if tokens.count == 1 { return .person }
    return isPersonShaped(words) ? .person : nil
  }

  /// Two to four words that are names by the tagger's usual tags, or initials, with no kind noun
  /// or company's word and no place: `Micheál Martin`, `Lewis W. Teperman`.
  private func isPersonShaped(_ words: [Int]) -> Bool {
    guard (2...4).contains(words.count), let first = words.first, let last = words.last,
      tagged.place(first..<(last + 1)) == nil
    else { return false }
    return words.allSatisfy { index in
      let token = tagged.tokens[index]
      if token.length == 1, token.isCapitalized, index != last { return true }
      return NameShapeEvidence.isPersonNameWord(index, tagged)
    }
  }

  /// An acronym of two to six capitals that names no place and no title and is no common word
  /// written in capitals: `CIP`, `RTÉ`, not `GET`.
  private func isAcronym(_ index: Int) -> Bool {
    let token = tagged.tokens[index]
    return token.flags.contains(.allUpper) && (2...6).contains(token.length)
      && [nil, .propn].contains(tagged.usualTag(index))
      && tagged.place(index..<(index + 1)) == nil && !tagged.has(index, [.titleStart, .givenName])
  }

  /// A capitalized company's word or kind noun of an organization or group: `Holdings`, `Council`.
  private func isInstitutionWord(_ index: Int) -> Bool {
    guard tagged.isCapitalizedWord(index) else { return false }
    if tagged.has(index, .companyHead) { return true }
    guard tagged.has(index, .kindNoun), let kind = tagged.infos[index].actorKind else { return false }
    return kind == .organization || kind == .group
  }

  /// A country or region written after a hyphen inside the name: `France` in `Météo-France`.
  private func hasHyphenatedCountry(_ tokens: Range<Int>) -> Bool {
    tokens.contains { index in
      index > tokens.lowerBound && tagged.has(index - 1, .hyphen) && tagged.isCapitalizedWord(index)
        && [.country, .region].contains(tagged.place(index..<(index + 1)))
    }
  }

  /// A capitalized word that is a plural common noun in the tagger's training text, or the plural
  /// of one it holds only in the singular: `Homes`, `Airlines`, `Terminals`; not a surname such as
  /// `Williams`.
  private func isPluralCommonNoun(_ index: Int) -> Bool {
    guard tagged.isCapitalizedWord(index), tagged.endsWith(index, "s"), !tagged.endsWith(index, "ss") else { return false }
    return ActorTagger.isCommonNounForm(index, tagged)
  }
}
