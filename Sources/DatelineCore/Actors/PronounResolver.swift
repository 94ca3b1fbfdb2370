/// Finds who a pronoun or a group noun stands for, looking back over the names written outside
/// quotations: a person for `he`/`she` (the first person named in the nearest sentence that names
/// one: the subject, more often than not), the nearest group or organization for `they` or
/// `these groups`.
struct PronounResolver {
  let tagged: TaggedText
  let actors: DocumentActors
  let quotes: QuoteScan

  /// How many sentences back a pronoun may reach.
  private static let reach = 4

  /// The person `he` or `she` at token `pronoun` stands for.
  func person(before pronoun: Int) -> Int? {
    var sentence = Int(tagged.sentenceOf[pronoun])
    var limit = pronoun
    let lowest = max(0, sentence - Self.reach)
    let paragraph = tagged.sentences[sentence].paragraph
    while sentence >= lowest, tagged.sentences[sentence].paragraph >= paragraph - 1 {
      let start = tagged.sentences[sentence].tokens.lowerBound
      for mention in actors.mentions(in: start..<limit) where isUsable(mention) {
        let kind = actors.actors[mention.actor].kind
        if kind == .person || kind == .unknown { return mention.actor }
      }
      sentence -= 1
      if sentence >= 0 { limit = tagged.sentences[sentence].tokens.upperBound }
    }
    return nil
  }

  /// The group or organization `they`, `these groups` or `the militias` at token `index` stands
  /// for: the nearest one named before it, preferring names that are not the object of a
  /// preposition (`the war against Daesh`). A demonstrative (`these groups`) looks back from the
  /// sentence before its own.
  func group(before index: Int, demonstrative: Bool = false) -> Int? {
    let sentence = Int(tagged.sentenceOf[index])
    let lowest = tagged.sentences[max(0, sentence - Self.reach)].tokens.lowerBound
    let limit = demonstrative ? tagged.sentences[sentence].tokens.lowerBound : index
    var oblique: Int?
    for mention in actors.mentions(in: lowest..<limit).reversed() where isUsable(mention) {
      let kind = actors.actors[mention.actor].kind
      guard kind == .group || kind == .organization else { continue }
      if !tagged.has(mention.tokens.lowerBound - 1, .preposition) { return mention.actor }
      if oblique == nil { oblique = mention.actor }
    }
    return oblique
  }

  private func isUsable(_ mention: ActorMention) -> Bool {
    !mention.isModifier && !quotes.isQuoted(mention.tokens.lowerBound)
  }
}
