/// Initials before a name: an alias of their own, or the opening of an institution's name.
extension NameSplitter {
  /// An alias written in initials with periods at `start` (`U.S.`, `U.K.`), which leads a longer
  /// name as an acronym does (`U.S. | West Texas Intermediate`), unless the name ends in a word
  /// that names an institution, whose name the initials open (`U.S. Bancorp Holdings`), or a
  /// company's legal form follows it (`U.S. Games Systems, Inc.`), or the whole is a place (`U.S.
  /// Virgin Islands`).
  func initialsAlias(at start: Int, end: Int) -> Range<Int>? {
    guard tagged.tokens[start].length == 1, tagged.has(start, .aliasStart), tagged.has(start + 1, .period),
      !isInstitutionHead(end - 1), tagged.place(start..<end) == nil,
      !(tagged.has(end, .comma) && NameShapeEvidence.isCompanySuffix(end + 1, tagged)),
      let match = tagged.match(tagged.lexicon.aliases, at: start, limit: end)
    else { return nil }
    return start..<(start + match.length)
  }

  /// Whether the one word `rest` ends a name of two words or more that opens with a given name,
  /// among the last names found before it: `in the U.S. Jobs also noted`, where a sentence ran on
  /// past the initials, is `U.S.` and `Jobs` after `Steve Jobs`.
  func isSurnameOfEarlierPerson(_ rest: Range<Int>, in found: [NameCandidate]) -> Bool {
    guard wordCount(rest) == 1 else { return false }
    let word = tagged.string(tokens: rest)
    return found.suffix(Self.earlierPersonReach).contains { candidate in
      let tokens = candidate.tokens
      return wordCount(tokens) >= 2 && tagged.has(tokens.lowerBound, .givenName)
        && tagged.tokens[tokens.upperBound - 1].length == tagged.tokens[rest.lowerBound].length
        && tagged.string(tokens: (tokens.upperBound - 1)..<tokens.upperBound) == word
    }
  }

  /// How many of the names found last are read for a person whose surname follows initials.
  private static let earlierPersonReach = 200

  /// Whether the run's last word, or a word before an `of` in it, names an institution: `UK
  /// Health Security Agency`, `US Department of Defense`.
  func hasInstitutionHead(_ run: Range<Int>) -> Bool {
    isInstitutionHead(run.upperBound - 1)
      || run.dropFirst().contains { tagged.isWord($0 + 1, "of") && tagged.isLowercaseWord($0 + 1) && isInstitutionHead($0) }
  }

  /// A capitalized word that names a company, organization or group at the end of a name:
  /// `Holdings`, `Department`, `Capital`.
  func isInstitutionHead(_ index: Int) -> Bool {
    tagged.isCapitalizedWord(index)
      && (tagged.has(index, .companyHead)
        || tagged.has(index, .kindNoun) && [.organization, .group].contains(tagged.infos[index].actorKind))
  }
}
