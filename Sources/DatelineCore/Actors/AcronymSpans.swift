/// Widens a name to the words its acronym in parentheses spells, when those words were cut into
/// several names: `Commission for Conciliation, Mediation and Arbitration (CCMA)` is one name,
/// whose fields a comma and `and` list, and `National Disaster Risk Reduction and Management
/// Council (NDRRMC)` another. The acronym is the text's own word for where the name starts; names
/// the lexicons know stay apart (`Apple, Google and Amazon`).
struct AcronymSpans {
  let tagged: TaggedText

  /// `candidates` (in text order), with the names an acronym spells joined into one.
  func widened(_ candidates: [NameCandidate]) -> [NameCandidate] {
    let titleWords = TitleWords(tagged: tagged)
    var result: [NameCandidate] = []
    result.reserveCapacity(candidates.count)
    for candidate in candidates {
      if let start = spelledStart(acronym: candidate), let first = result.lastIndex(where: { $0.tokens.lowerBound == start }),
        first < result.count - 1, result[first...].allSatisfy({ $0.title == nil && !$0.isModifier }),
        !(start..<result[result.count - 1].tokens.upperBound).contains(where: titleWords.isKnownName)
      {
        let end = result[result.count - 1].tokens.upperBound
        result.removeSubrange(first...)
        result.append(NameCandidate(tokens: start..<end))
      }
      result.append(candidate)
    }
    return result
  }

  /// Where the words spelled by `acronym`, written in parentheses right after them, start, when
  /// they run over capitalized words, `and`, `of`, `for`, `the`, `&` and commas only.
  private func spelledStart(acronym: NameCandidate) -> Int? {
    let index = acronym.tokens.lowerBound
    let token = tagged.tokens[index]
    guard acronym.tokens.count == 1, token.flags.contains(.allUpper), (3...8).contains(token.length),
      tagged.has(index - 1, .openParen), tagged.has(index + 1, .closeParen)
    else { return nil }
    let text = tagged.analysis.text
    let letters = (Int(token.start)..<Int(token.end)).map { text[$0].asciiLowercased }
    var remaining = letters.count
    var cursor = index - 2
    let sentenceStart = tagged.sentences[Int(tagged.sentenceOf[index])].tokens.lowerBound
    while cursor >= sentenceStart, remaining > 0 {
      if tagged.isCapitalizedWord(cursor) {
        guard text[Int(tagged.tokens[cursor].start)].asciiLowercased == letters[remaining - 1] else { return nil }
        remaining -= 1
        if remaining == 0 { return cursor }
      } else if !isJoiner(cursor) {
        return nil
      }
      cursor -= 1
    }
    return nil
  }

  /// A word or mark that joins the words of one name without a letter of its acronym.
  private func isJoiner(_ index: Int) -> Bool {
    if tagged.has(index, [.comma, .ampersand]) { return true }
    guard tagged.isLowercaseWord(index) else { return false }
    return tagged.isWord(index, "and") || tagged.isWord(index, "of") || tagged.isWord(index, "for")
      || tagged.isWord(index, "the")
  }
}
