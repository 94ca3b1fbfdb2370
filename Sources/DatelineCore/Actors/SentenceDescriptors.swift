/// Splits a common word off the front of a name at the start of a sentence, where it is
/// capitalized only because the sentence opens with it: `Carmaker | Norbridge`, `Rival |
/// Lumetric Devices` when the document names `Lumetric Devices` alone and writes `rival` in lower
/// case elsewhere.
///
/// The word must be a common noun or adjective the lexicons know as no name, and the rest must
/// open on a word that is not a common one (`Network Rail`, `Police Scotland` and `General
/// Motors` keep their first word). Then either the document names the rest alone elsewhere, or
/// the word is a kind noun of an organization or group and the rest opens on a word the tagger
/// has never seen (`Carmaker Norbridge`, `Lender Zentrix`).
struct SentenceDescriptors {
  let tagged: TaggedText

  /// `candidates` with the descriptors at the front of sentence-initial names split off.
  func trimmed(_ candidates: [NameCandidate]) -> [NameCandidate] {
    var result = candidates
    for position in result.indices {
      let candidate = result[position]
      let start = candidate.tokens.lowerBound
      guard candidate.title == nil, candidate.tokens.count >= 2, isDescriptor(start), isNameOpening(start + 1)
      else { continue }
      let rest = (start + 1)..<candidate.tokens.upperBound
      let unseen = tagged.usualTag(start + 1) == nil && !tagged.tokens[start + 1].flags.contains(.allUpper)
      guard isOrganizationNoun(start) && unseen || isNamedAlone(rest, in: candidates) else { continue }
      result[position].tokens = rest
    }
    return result
  }

  /// A capitalized common word opening its sentence (a noun or adjective by its usual tag, or a
  /// word the tagger has not seen that is a kind noun, `Carmaker`, or written in lower case
  /// elsewhere) that the lexicons and the gazetteer know as no
  /// name or title.
  private func isDescriptor(_ index: Int) -> Bool {
    let token = tagged.tokens[index]
    guard token.kind == .word, token.isCapitalized, !token.flags.contains(.allUpper), tagged.isSentenceInitial(index),
      !tagged.has(index, [.givenName, .knownStart, .aliasStart, .capitalStart, .demonymStart, .titleStart, .honorific]),
      tagged.place(index..<(index + 1)) == nil
    else { return false }
    let usual = tagged.usualTag(index)
    return usual == .noun || usual == .adj || usual == nil && (isOrganizationNoun(index) || isWrittenLowercase(index))
  }

  /// Whether the word at `index` stands in lower case elsewhere in the document: a common word
  /// the tagger has not seen (`rival`).
  private func isWrittenLowercase(_ index: Int) -> Bool {
    let word = tagged.tokens[index]
    return tagged.tokens.indices.contains {
      let token = tagged.tokens[$0]
      return token.hash == word.hash && token.length == word.length && tagged.isLowercaseWord($0)
    }
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

  private func isOrganizationNoun(_ index: Int) -> Bool {
    tagged.has(index, .kindNoun) && [.organization, .group].contains(tagged.infos[index].actorKind)
  }

  /// Whether another candidate is exactly the words of `rest`, with no descriptor before it.
  private func isNamedAlone(_ rest: Range<Int>, in candidates: [NameCandidate]) -> Bool {
    let tokens = tagged.tokens
    return candidates.contains { other in
      let range = other.tokens
      guard range.count == rest.count, range.lowerBound != rest.lowerBound else { return false }
      return zip(range, rest).allSatisfy { tokens[$0].hash == tokens[$1].hash && tokens[$0].length == tokens[$1].length }
    }
  }
}
