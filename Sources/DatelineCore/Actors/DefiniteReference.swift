/// Finds the organization a definite role noun stands for: `the company`, `the regulator`, `the
/// bank`. Only an organization that can be what the noun says is taken: one whose name holds the
/// noun's word (`Corbel Bank` for `the bank`) or a word of its sector (`Norbridge Motors` for `the
/// company`, `Office for Rail` for `the regulator`) fits best; one whose name tells no sector fits
/// a company noun if named as a subject, and no public body's noun. The organization the article
/// is about is preferred to a nearer one that fits no better; when none fits, the noun names no one.
struct DefiniteReference {
  let tagged: TaggedText
  let actors: DocumentActors
  let quotes: QuoteScan
  /// For each organization, the first of its mentions (an index into the document's mentions)
  /// to hold each word, by hash, and each sector: read once, so that a noun costs no pass over
  /// the text (a story of 12,000 `the company` took 17 times as long).
  private var firstWord: [Int: [UInt32: Int]] = [:]
  private var firstSector: [Int: [Sector: Int]] = [:]
  /// For each organization, the hashes of the words of its names that say what body it is
  /// (`Office` of `Telmar Weather Office`), with the first mention to hold each.
  private var bodyWords: [Int: [UInt32: Int]] = [:]
  /// For each kind noun, by hash, the first mention of each organization named by it (`Varholm
  /// Observatory`, `The hospital trust, Grenfeld Health`), in text order.
  private var holders: [UInt32: [Int]] = [:]
  /// The organization the article is about.
  private var main: Int?

  /// A reader of the definite role nouns of a document with these actors and quotations.
  init(tagged: TaggedText, actors: DocumentActors, quotes: QuoteScan) {
    self.tagged = tagged
    self.actors = actors
    self.quotes = quotes
    for (position, mention) in actors.mentions.enumerated() where actors.actors[mention.actor].kind == .organization {
      for index in mention.tokens where tagged.tokens[index].kind == .word {
        if firstWord[mention.actor, default: [:]][tagged.tokens[index].hash] == nil {
          firstWord[mention.actor, default: [:]][tagged.tokens[index].hash] = position
          if tagged.has(index, .kindNoun) { holders[tagged.tokens[index].hash, default: []].append(position) }
        }
        if let sector = sector(ofNameWord: index), firstSector[mention.actor, default: [:]][sector] == nil {
          firstSector[mention.actor, default: [:]][sector] = position
          if sector == .government, bodyWords[mention.actor, default: [:]][tagged.tokens[index].hash] == nil {
            bodyWords[mention.actor, default: [:]][tagged.tokens[index].hash] = position
          }
        }
      }
      // A company's or a public body's noun right before a name, or set off before it by a comma,
      // tells its sector as a word of it does: `the laptop maker Orvex`, `a satellite operator,
      // Nordsat,` and `Carmaker Velbrook` opening a sentence are companies, which `the union`
      // does not stand for.
      var before = mention.tokens.lowerBound - 1
      if tagged.has(before, .comma) { before -= 1 }
      guard tagged.isLowercaseWord(before) || tagged.isCapitalizedWord(before) && tagged.isSentenceInitial(before),
        tagged.has(before, .kindNoun)
      else { continue }
      let sector = sector(ofNoun: before)
      if sector != .other, firstSector[mention.actor, default: [:]][sector] == nil {
        firstSector[mention.actor, default: [:]][sector] = position
      }
      // The noun names it as a word of its name does: `the trust` after `The hospital trust,
      // Grenfeld Health,`.
      if firstWord[mention.actor, default: [:]][tagged.tokens[before].hash] == nil {
        firstWord[mention.actor, default: [:]][tagged.tokens[before].hash] = position
        holders[tagged.tokens[before].hash, default: []].append(position)
      }
    }
    main = mainOrganization()
  }

  /// How many sentences back the organization may be named.
  private static let reach = 6

  private enum Sector { case company, government, other }
  private enum Fit: Int, Comparable {
    case none, loose, close
    static func < (lhs: Fit, rhs: Fit) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// The index into the document's mentions of the organization the noun at `noun` stands for.
  func mention(for noun: Int) -> Int? {
    let sentence = Int(tagged.sentenceOf[noun])
    let lowest = tagged.sentences[max(0, sentence - Self.reach)].tokens.lowerBound
    let start = noun - 1
    var fits: [Int: Fit] = [:]
    func fit(_ actor: Int) -> Fit {
      if let known = fits[actor] { return known }
      let found = self.fit(noun: noun, actor: actor, before: start)
      fits[actor] = found
      return found
    }
    let first = actors.firstMention(atOrAfter: lowest)
    let nearby = (first..<actors.firstMention(atOrAfter: start)).filter { position in
      let mention = actors.mentions[position]
      guard isUsable(mention) else { return false }
      let found = fit(mention.actor)
      return found == .close || found == .loose && isSubject(mention.tokens.lowerBound, from: lowest)
    }
    let best = nearby.map { fit(actors.mentions[$0].actor) }.max() ?? .none
    // A name that holds the noun's word, however far back, fits better than names that only may
    // be what the noun says (`the bank` far after `Bank of Velmark`, not a newspaper named since).
    if best < .close, main.map({ fit($0) < .close }) ?? true,
      let far = farHolder(of: noun, before: actors.firstMention(atOrAfter: start))
    {
      return far
    }
    if let main, fit(main) != .none, fit(main) >= best,
      let last = actors.mentions[..<actors.firstMention(atOrAfter: start)].lastIndex(where: {
        $0.actor == main && isUsable($0)
      })
    {
      return last
    }
    return nearby.last { fit(actors.mentions[$0].actor) == best }
      ?? farHolder(of: noun, before: actors.firstMention(atOrAfter: start))
  }

  /// When no organization named within the noun's reach fits it: the first mention naming by the
  /// word of the noun at `noun` an organization named so before `named` (an index into the
  /// mentions), however far back: the article's organization if it is one of them, else the one
  /// named so last (`the observatory` ten sentences after `the Varholm Observatory`).
  private func farHolder(of noun: Int, before named: Int) -> Int? {
    // `the government` names whoever governs at the time told, not a cabinet named long before
    // (`the First Labour Government`).
    guard !Self.timeBoundWords.contains(where: { tagged.isWord(noun, $0) }) else { return nil }
    let word = tagged.tokens[noun].hash
    if let main, let own = firstWord[main]?[word], own < named { return own }
    guard let positions = holders[word] else { return nil }
    var low = 0
    var high = positions.count
    while low < high {
      let middle = (low + high) / 2
      if positions[middle] < named { low = middle + 1 } else { high = middle }
    }
    return low > 0 ? positions[low - 1] : nil
  }

  /// Whether a name of organization `actor` holds the word of the noun at `noun` (`UK Health
  /// Security Agency` for `the agency`): the closest fit a noun can have.
  func nameHolds(_ actor: Int, wordOf noun: Int) -> Bool {
    firstWord[actor]?[tagged.tokens[noun].hash] != nil
  }

  /// Whether the organization of mention `index` is what the noun at `noun` says, by a word of
  /// its name or its sector, as named before the noun: more than a bare name that may be anything.
  func fitsClosely(_ index: Int, noun: Int) -> Bool {
    fit(noun: noun, actor: actors.mentions[index].actor, before: noun - 1) == .close
  }

  /// The organization the article is about: the subject that opens it, else the one named most
  /// (at least twice, and more often than any other).
  private func mainOrganization() -> Int? {
    if let lead = actors.mentions.first, isUsable(lead), tagged.sentenceOf[lead.tokens.lowerBound] == 0,
      isSubject(lead.tokens.lowerBound, from: 0)
    {
      return lead.actor
    }
    var counts: [Int: Int] = [:]
    for mention in actors.mentions where isUsable(mention) { counts[mention.actor, default: 0] += 1 }
    let ranked = counts.sorted { $0.value > $1.value }
    guard let top = ranked.first, top.value >= 2, ranked.count == 1 || ranked[1].value < top.value else { return nil }
    return top.key
  }

  /// How well `actor`, as named before `limit`, can be what the noun at `noun` says.
  private func fit(noun: Int, actor: Int, before limit: Int) -> Fit {
    let wanted = sector(ofNoun: noun)
    let named = actors.firstMention(atOrAfter: limit)
    if let first = firstWord[actor]?[tagged.tokens[noun].hash], first < named { return .close }
    // A body of one sort is no body of another: `the council` is not the `Telmar Weather Office`.
    if Self.bodySorts.contains(where: { tagged.isWord(noun, $0) }),
      bodyWords[actor, default: [:]].contains(where: { $0.value < named })
    {
      return .none
    }
    let sectors = Set(firstSector[actor, default: [:]].compactMap { $0.value < named ? $0.key : nil })
    // A public body is named as one (`Office for Rail`); a bare name may be anyone's.
    if sectors.isEmpty { return wanted == .government ? .none : .loose }
    return wanted != .other && sectors == [wanted] ? .close : .none
  }

  /// The sector a role noun asks for.
  private func sector(ofNoun index: Int) -> Sector {
    if Self.companyNouns.contains(where: { tagged.isWord(index, $0) }) { return .company }
    if Self.governmentWords.contains(where: { tagged.isWord(index, $0) }) { return .government }
    return .other
  }

  /// The sector a word in a name tells, if it tells one: `Motors`, `Ministry`, `University`.
  private func sector(ofNameWord index: Int) -> Sector? {
    if tagged.has(index, .companyHead) || Self.companyNameWords.contains(where: { tagged.isWord(index, $0) }) {
      return .company
    }
    guard tagged.has(index, .kindNoun), tagged.infos[index].actorKind == .organization else { return nil }
    return Self.governmentWords.contains(where: { tagged.isWord(index, $0) }) ? .government : .other
  }

  /// Whether the name at `start` stands where a subject does: not after a verb or a preposition
  /// (`told Reuters`, `keep Norcell’s factory`), nor after the nouns before it that say what it
  /// is (`bought the chip designer Lumen Labs`).
  private func isSubject(_ start: Int, from lowest: Int) -> Bool {
    var previous = start - 1
    while previous >= lowest,
      [.det, .adj, .num].contains(tagged.upos(previous)) || tagged.isLowercaseWord(previous) && tagged.upos(previous) == .noun
    {
      previous -= 1
    }
    return !(tagged.isLowercaseWord(previous) && [.adp, .verb].contains(tagged.upos(previous)))
  }

  private func isUsable(_ mention: ActorMention) -> Bool {
    !mention.isModifier && !quotes.isQuoted(mention.tokens.lowerBound)
      && actors.actors[mention.actor].kind == .organization
  }

  private static let companyNouns: [StaticString] = [
    "company", "firm", "corporation", "carmaker", "automaker", "lender", "retailer", "insurer", "airline", "chipmaker",
    "drugmaker", "manufacturer", "conglomerate", "startup", "supermarket", "grocer", "maker", "carrier",
    "operator", "provider", "broadcaster", "publisher", "utility", "consultancy", "giant",
  ]
  private static let companyNameWords: [StaticString] = [
    "company", "corporation", "corp", "inc", "ltd", "llc", "plc", "co", "holdings", "industries", "motors",
    "pharmaceuticals", "foods", "appliances", "brands", "logistics", "securities", "investments", "ventures", "mining",
    "telecom", "insurance", "electronics", "airlines", "airways", "bank", "partners",
  ]
  private static let timeBoundWords: [StaticString] = ["government", "administration", "cabinet"]
  /// The nouns of public bodies that say which sort of body they are (`the government` is no
  /// committee), unlike the words of what a body does (`the regulator` may be an office).
  private static let bodySorts: [StaticString] = [
    "council", "committee", "board", "commission", "cabinet", "police", "treasury", "ministry", "department",
    "government", "administration",
  ]
  private static let governmentWords: [StaticString] = [
    "regulator", "watchdog", "government", "administration", "ministry", "department", "office", "agency", "authority",
    "commission", "council", "committee", "board", "bureau", "police", "treasury", "cabinet",
  ]
}
