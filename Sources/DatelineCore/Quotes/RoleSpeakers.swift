/// The speakers a document names only by a role (`the seller`, `one resident`, `a spokeswoman for
/// the council`) or by an organization's field (`the transport ministry`): one actor per phrase as
/// written, a person (a group when the noun is plural, an organization for a field's body),
/// numbered after the document's actors, with a role mention at each phrase. Made while the
/// quotations are read, then added to the document's actors.
final class RoleSpeakers {
  private let tagged: TaggedText
  private let firstID: Int
  private var ids: [String: Int] = [:]
  /// The actors made, in order of their ids.
  private(set) var actors: [Actor] = []
  /// Their mentions, in the order they were read.
  private(set) var mentions: [ActorMention] = []

  /// A maker of role speakers for a document with `actors`, whose `his` and `her` `pronouns`
  /// reads.
  init(tagged: TaggedText, actors: DocumentActors, pronouns: PronounResolver) {
    self.tagged = tagged
    self.documentActors = actors
    self.pronouns = pronouns
    firstID = actors.actors.count
  }

  private let documentActors: DocumentActors
  private let pronouns: PronounResolver

  /// The words written with a capital right before a name or opening it (`Judge` in `Judge Ines
  /// Okoro`), by their case-folded hash; read at the first role phrase after `the`.
  private lazy var titlesBeforeNames: Set<UInt32> = {
    var found = Set<UInt32>()
    for mention in documentActors.mentions {
      let first = mention.tokens.lowerBound
      for index in [first - 1, first] where tagged.isCapitalizedWord(index) { found.insert(tagged.tokens[index].hash) }
    }
    return found
  }()

  /// The actor the role phrase over `tokens` names, whose head noun is at `head`; made at its
  /// first mention. Nil for `the judge` when the text writes that title before a name: the role
  /// resolver left it to no one, as it fits more than one person; nil for `his lawyer` when no
  /// one named is whom `his` stands for.
  func actor(for tokens: Range<Int>, head: Int) -> Int? {
    if tagged.isWord(tokens.lowerBound, "the"), titlesBeforeNames.contains(tagged.tokens[head].hash) { return nil }
    // `the ministry` after `the transport ministry` is that body.
    let named = tokens.count == 2 ? FieldBodies(tagged: tagged).earlier(for: head) : nil
    let name: String
    if let owner = personalOwner(of: tokens) {
      guard let person = pronouns.person(before: owner) else { return nil }
      name = documentActors.actors[person].name + "’s " + tagged.string(tokens: (owner + 1)..<tokens.upperBound)
    } else {
      name = self.name(named ?? tokens)
    }
    let key = name.lowercased()
    let id: Int
    if let known = ids[key] {
      id = known
    } else {
      id = firstID + actors.count
      ids[key] = id
      let kind: Actor.Kind =
        tagged.has(head, .kindNoun) && tagged.infos[head].actorKind == .organization ? .organization : PersonNoun.isPlural(head, in: tagged) ? .group : .person
      actors.append(Actor(id: id, name: name, kind: kind))
    }
    if !mentions.contains(where: { $0.tokens == tokens }) {
      mentions.append(ActorMention(tokens: tokens, actor: id, isRole: true, isModifier: false, isRoleSpeaker: true))
    }
    return id
  }

  /// The `his` or `her` that opens the role phrase over `tokens`, whose owner names it.
  private func personalOwner(of tokens: Range<Int>) -> Int? {
    let first = tokens.lowerBound
    return tokens.count >= 2 && (tagged.isWord(first, "his") || tagged.isWord(first, "her")) ? first : nil
  }

  /// The phrase as written, a determiner, possessive or number that opens a sentence in lower
  /// case: `the seller` for `The seller said`.
  private func name(_ tokens: Range<Int>) -> String {
    let text = tagged.string(tokens: tokens)
    let first = tokens.lowerBound
    guard [.det, .num].contains(tagged.upos(first)) || tagged.isPossessiveDeterminer(first),
      tagged.isCapitalizedWord(first),
      !tagged.tokens[first].flags.contains(.allUpper)
    else { return text }
    return text.prefix(1).lowercased() + text.dropFirst()
  }
}

extension DocumentActors {
  /// Adds the speakers named by a role alone in `quotes`, with their mentions: on each actor's
  /// list, and among the document's mentions in text order where they overlap no name.
  mutating func addRoleSpeakers(of quotes: DocumentQuotes, tagged: TaggedText) {
    guard !quotes.roleSpeakers.isEmpty else { return }
    actors += quotes.roleSpeakers
    var merged: [ActorMention] = []
    merged.reserveCapacity(mentions.count + quotes.roleMentions.count)
    var next = 0
    for mention in quotes.roleMentions.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
      actors[mention.actor].mentions.append(tagged.span(tokens: mention.tokens))
      while next < mentions.count, mentions[next].tokens.lowerBound < mention.tokens.lowerBound {
        merged.append(mentions[next])
        next += 1
      }
      let overlapsBefore = merged.last.map { $0.tokens.upperBound > mention.tokens.lowerBound } ?? false
      let overlapsAfter = next < mentions.count && mentions[next].tokens.lowerBound < mention.tokens.upperBound
      if !overlapsBefore, !overlapsAfter { merged.append(mention) }
    }
    mentions = merged + mentions[next...]
  }
}
