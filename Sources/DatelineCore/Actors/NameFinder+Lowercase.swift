extension NameFinder {
  /// The end of a name written in lower case that a noun of an organization or a group names
  /// right before it (`the union ver.di`, `the carrier easyJet`, `the newspaper de Volkskrant`):
  /// a word with a capital inside (`easyJet`, `eBay`), words joined by periods with no space
  /// (`ver.di`), or a name particle before a capitalized word (`de Volkskrant`), whose run goes
  /// on as any name's (`goesOn`: the run from the word before `end` is read on). Elsewhere such
  /// words are ordinary words, a web address or a particle.
  func lowercaseNameEnd(at index: Int, limit: Int) -> (end: Int, goesOn: Bool)? {
    guard index >= 2, index < limit, tagged.isLowercaseWord(index), tagged.timeOf[index] < 0,
      isOrganizationHead(index - 1), tagged.isWord(index - 2, "the") || tagged.isPossessive(after: index - 3)
    else { return nil }
    if tagged.has(index, .particle), isNameWord(index + 1, limit: limit), !isSplitter(index + 1) {
      return (index + 2, true)
    }
    var end = index + 1
    while end + 1 < limit, tagged.has(end, .period), tagged.isGlued(end), tagged.isGlued(end + 1),
      tagged.tokens[end + 1].kind == .word
    {
      end += 2
    }
    return end > index + 1 || hasInnerCapital(index) ? (end, false) : nil
  }

  /// Whether token `index` is a lower-case noun of an organization or a group: `union`,
  /// `carrier`, `newspaper`, `party`.
  private func isOrganizationHead(_ index: Int) -> Bool {
    guard tagged.isLowercaseWord(index), tagged.has(index, .kindNoun), let kind = tagged.actorKind(ofKindNoun: index)
    else { return false }
    return kind == .organization || kind == .group
  }

  /// Whether the word at `index` has a capital letter after its first letter: `easyJet`, `eBay`.
  private func hasInnerCapital(_ index: Int) -> Bool {
    let token = tokens[index]
    let text = tagged.analysis.text
    return ((Int(token.start) + 1)..<Int(token.end)).contains { text[$0] >= 0x41 && text[$0] <= 0x5A }
  }
}
