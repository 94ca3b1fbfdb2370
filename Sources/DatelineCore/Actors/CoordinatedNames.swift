/// Joins two names coordinated by `and` into one when they read as one name: a programme or an
/// institution named after two things, after `for` or `of` (`program head for State Resilience
/// and Fragility`), when neither part is a name the text or the lexicons know on its own, and no
/// plural noun before `of` makes them a list (`the districts of Samfya and Nchelenge`); and a
/// place or a common word joined by `and` to an institution that serves both (`Avon and Somerset
/// Police`).
struct CoordinatedNames {
  let tagged: TaggedText

  /// `candidates`, with such pairs joined.
  func joined(_ candidates: [NameCandidate]) -> [NameCandidate] {
    var pairs = Set<Int>()
    var shared = Set<Int>()
    for index in candidates.indices.dropLast() where isCoordinated(candidates[index], candidates[index + 1]) {
      if isSharedHead(candidates[index], candidates[index + 1]) {
        shared.insert(index)
        pairs.insert(index)
      } else if isNamedForTwo(candidates[index]) {
        pairs.insert(index)
      }
    }
    guard !pairs.isEmpty else { return candidates }
    var wanted = Set<UInt32>()
    for index in pairs {
      for candidate in [candidates[index], candidates[index + 1]] { addWords(of: candidate, to: &wanted) }
    }
    let mask = wanted.reduce(UInt64(0)) { $0 | 1 << UInt64($1 & 63) }
    var uses: [UInt32: Int] = [:]
    for candidate in candidates {
      for index in candidate.tokens {
        let token = tagged.tokens[index]
        guard token.kind == .word, mask & (1 << UInt64(token.hash & 63)) != 0, wanted.contains(token.hash) else { continue }
        uses[token.hash, default: 0] += 1
      }
    }
    var result: [NameCandidate] = []
    var index = 0
    while index < candidates.count {
      let first = candidates[index]
      if shared.contains(index) || (pairs.contains(index) && isPlain(first, uses) && isPlain(candidates[index + 1], uses)) {
        let second = candidates[index + 1]
        var joined = NameCandidate(tokens: first.tokens.lowerBound..<second.tokens.upperBound)
        joined.isPossessive = second.isPossessive
        joined.isModifier = second.isModifier
        result.append(joined)
        index += 2
      } else {
        result.append(first)
        index += 1
      }
    }
    return result
  }

  /// Whether two names stand side by side with `and` between them and no possessive, modifier
  /// or title on either.
  private func isCoordinated(_ first: NameCandidate, _ second: NameCandidate) -> Bool {
    second.tokens.lowerBound == first.tokens.upperBound + 1 && tagged.isWord(first.tokens.upperBound, "and")
      && !first.isPossessive && !first.isModifier && first.title == nil && second.title == nil
  }

  /// Whether the pair opening with `first` stands after `for` or `of` that no plural noun leads:
  /// what a programme or an institution is for (`head for State Resilience and Fragility`).
  private func isNamedForTwo(_ first: NameCandidate) -> Bool {
    let start = first.tokens.lowerBound
    return (tagged.isWord(start - 1, "for") || tagged.isWord(start - 1, "of")) && !isPluralNoun(start - 2)
  }

  /// One word, a place or a common word written with a capital, before a name of two or more
  /// words that no lexicon knows and whose head is an organization's noun: the first word is the
  /// rest of the institution's field or area (`Avon and Somerset Police`), not a name of its own.
  private func isSharedHead(_ first: NameCandidate, _ second: NameCandidate) -> Bool {
    guard first.tokens.count == 1, second.tokens.count >= 2 else { return false }
    let word = first.tokens.lowerBound
    let lexical: WordFlags = [.givenName, .knownStart, .capitalStart, .aliasStart, .demonymStart]
    guard tagged.isCapitalizedWord(word), !tagged.tokens[word].flags.contains(.allUpper),
      !tagged.has(word, [.givenName, .capitalStart, .aliasStart, .demonymStart]),
      tagged.match(tagged.lexicon.knownActors, at: word, limit: word + 1) == nil,
      tagged.place(first.tokens) != nil || (tagged.usualTag(word).map { $0 != .propn } ?? false),
      !tagged.has(second.tokens.lowerBound, lexical)
    else { return false }
    return second.tokens.dropFirst().contains { index in
      tagged.isCapitalizedWord(index) && tagged.infos[index].actorKind == .organization
    }
  }

  /// A plural noun before `of` names the things listed after it one by one: `the districts of
  /// Samfya and Nchelenge` are two places.
  private func isPluralNoun(_ index: Int) -> Bool {
    index >= 0 && tagged.isLowercaseWord(index) && tagged.upos(index) == .noun && tagged.isPluralNoun(index)
  }

  /// A part that names nothing else: its words are in no other name of the text, and none of them
  /// is a given name, an acronym or a word of the lexicons of names.
  private func isPlain(_ candidate: NameCandidate, _ uses: [UInt32: Int]) -> Bool {
    let lexical: WordFlags = [.givenName, .knownStart, .capitalStart, .aliasStart, .demonymStart]
    return candidate.tokens.allSatisfy { index in
      let token = tagged.tokens[index]
      guard token.kind == .word else { return true }
      return uses[token.hash] == 1 && !tagged.has(index, lexical) && !token.flags.contains(.allUpper)
    }
  }

  private func addWords(of candidate: NameCandidate, to set: inout Set<UInt32>) {
    for index in candidate.tokens where tagged.tokens[index].kind == .word { set.insert(tagged.tokens[index].hash) }
  }
}
