/// Names written after their owner's possessive — `the Beatles’ Apple Corps`, `the Beatles’ label
/// Apple Corps`, `the band’s record company, Apple Corps` — give the owned actor the alias
/// `Beatles’ Apple Corps`, the spelling that tells it from another `Apple`. A person’s name (one
/// that starts with a given name) owns no alias.
struct OwnerNames {
  /// An alias for one actor.
  struct OwnedName: Hashable {
    /// The owned actor.
    var actor: Int
    /// The owner.
    var owner: Int
    /// The alias: the owner, its possessive and the name, as written.
    var alias: String
  }

  let tagged: TaggedText

  /// How many lowercase words may describe the owned name between the possessive and the name.
  private static let descriptionReach = 3

  /// The owned names of the text, given its name candidates and the actor of each.
  func names(candidates: [NameCandidate], actorOf: [Int]) -> [OwnedName] {
    var found: [OwnedName] = []
    for (index, owner) in candidates.enumerated().dropLast() {
      guard let possessiveEnd = possessiveEnd(after: owner.tokens.upperBound),
        let start = describedStart(from: possessiveEnd),
        candidates[index + 1].tokens.lowerBound == start, actorOf[index + 1] != actorOf[index],
        !tagged.has(owner.tokens.lowerBound, .givenName)
      else { continue }
      let apostrophe = possessiveEnd - owner.tokens.upperBound == 1 ? "’" : "’s"
      let owned = tagged.string(tokens: candidates[index + 1].tokens)
      let alias = tagged.string(tokens: owner.tokens) + apostrophe + " " + owned
      found.append(OwnedName(actor: actorOf[index + 1], owner: actorOf[index], alias: alias))
    }
    return found
  }

  /// The token after the possessive written at `end` (`’s`, or `’` after a plural in `s`).
  private func possessiveEnd(after end: Int) -> Int? {
    guard tagged.has(end, [.closeSingle, .straightSingle]) else { return nil }
    if tagged.isWord(end + 1, "s"), tagged.isGlued(end + 1) { return end + 2 }
    return tagged.endsWith(end - 1, "s") ? end + 1 : nil
  }

  /// The token where the owned name starts: right at `cursor`, or after a few lowercase words
  /// that end in a noun (`label`, `record company`) and an optional comma.
  private func describedStart(from cursor: Int) -> Int? {
    var index = cursor
    while index < cursor + Self.descriptionReach, tagged.isLowercaseWord(index),
      [.noun, .adj].contains(tagged.upos(index))
    {
      index += 1
    }
    guard index == cursor || tagged.upos(index - 1) == .noun else { return nil }
    if index > cursor, tagged.has(index, .comma) { index += 1 }
    return index
  }
}
