/// Products named by the words around them: a product noun after a determined name, and a line
/// of goods its owner makes.
extension KindEvidence {
  /// `the Skylark rocket`, `its Vantro phone`, `NASA's TESS satellite`: a product noun after a
  /// name that `the`, an owner's determiner or an owner's possessive opens names the product,
  /// where a bare name before one is its maker (`Norvik software`).
  func isNamedProduct(_ range: Range<Int>, after: Int) -> Bool {
    let opener = range.lowerBound - 1
    let isOwned = range.lowerBound >= 2 && tagged.isPossessive(after: range.lowerBound - 2)
    guard tagged.isWord(opener, "the") || tagged.isPossessiveDeterminer(opener) || isOwned,
      tagged.isLowercaseWord(opener) || tagged.isSentenceInitial(opener),
      tagged.isLowercaseWord(after), tagged.has(after, .kindNoun), tagged.infos[after].actorKind == .product
    else { return false }
    return tagged.place(range) == nil && !tagged.has(range.lowerBound, .givenName)
  }

  /// Whether the name in `range` names a line of goods its owner makes: after `its` or `whose` (an
  /// organization's), before a plural common noun of things (`its Arka hatchbacks`, `whose Nova
  /// phones`); not a place, a known actor, a person's name, nor what an organization has besides
  /// its goods (`its Kessling plants`, `its Veltra shares`, `its Tarvo workers`).
  func isOwnedLine(_ range: Range<Int>, after: Int) -> Bool {
    let owner = range.lowerBound - 1
    guard tagged.isWord(owner, "its") || tagged.isWord(owner, "whose"), tagged.isLowercaseWord(after),
      tagged.upos(after) == .noun, tagged.endsWith(after, "s"), !tagged.endsWith(after, "ss"),
      !tagged.has(after, .kindNoun), !Self.holdings.contains(after, in: tagged),
      !tagged.has(range.lowerBound, [.givenName, .knownStart, .calendar, .demonymStart]), tagged.place(range) == nil
    else { return false }
    let word = tagged.string(tokens: after..<(after + 1)).lowercased().dropLast()
    return !PersonWords.occupations.contains(word)
  }

  /// What an organization has besides its goods: sites, people, stakes.
  private static let holdings = WordList([
    "shares", "stakes", "bonds", "assets", "operations", "offices", "stores", "shops", "plants", "factories", "sites",
    "branches", "units", "subsidiaries", "staff", "employees", "workers", "customers", "users", "members", "fans",
    "colleagues", "partners", "rivals", "investors", "shareholders", "headquarters", "markets", "sales", "profits",
  ])
}
