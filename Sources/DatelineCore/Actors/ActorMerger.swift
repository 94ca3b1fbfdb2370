/// Merges the actors of several documents: the same name, or a name that is an alias of the other
/// (never two aliases alike: `Apple` for Apple Inc and for Apple Corps), with kinds that do not
/// conflict, is one actor, and so is a person's short name when it fits exactly one
/// person's full name (`Jobs` in one article, `Steve Jobs` in another). Role nouns
/// (`the prime minister`) and capitals never merge across articles: they may name others there.
struct ActorMerger {
  /// The merged actors; ids are indices here.
  private(set) var actors: [Actor] = []
  private var byKey: [String: [Int]] = [:]
  private var byLastWord: [Substring: [Int]] = [:]
  private let lexicon: Lexicon

  /// An empty merger.
  init(lexicon: Lexicon = .standard) {
    self.lexicon = lexicon
  }

  /// Adds the actors of one document; returns the merged id of each.
  mutating func add(_ local: [Actor]) -> [Int] {
    local.map { actor in
      if let target = match(actor) {
        merge(actor, into: target)
        return target
      }
      var copy = actor
      copy.id = actors.count
      actors.append(copy)
      index(copy.id)
      return copy.id
    }
  }

  private func match(_ actor: Actor) -> Int? {
    for (position, key) in keys(of: actor).enumerated() {
      let found = byKey[key]?.first { target in
        compatible(actors[target].kind, actor.kind) && (position == 0 || ActorForm.key(of: actors[target].name) == key)
      }
      if let found { return found }
    }
    guard actor.kind == .person || actor.kind == .unknown else { return nil }
    let words = ActorForm.key(of: actor.name).split(separator: " ")
    guard let last = words.last else { return nil }
    let people = (byLastWord[last] ?? []).filter { candidate in
      guard actors[candidate].kind == .person || actors[candidate].kind == .unknown else { return false }
      let other = ActorForm.key(of: actors[candidate].name).split(separator: " ")
      let (short, long) = other.count < words.count ? (other, words) : (words, other)
      return short.count < long.count && long.suffix(short.count).elementsEqual(short)
    }
    return people.count == 1 ? people[0] : nil
  }

  private mutating func merge(_ actor: Actor, into target: Int) {
    var merged = actors[target]
    let incoming = ActorForm.key(of: actor.name).split(separator: " ").count
    let current = ActorForm.key(of: merged.name).split(separator: " ").count
    var names = [merged.name] + merged.aliases + [actor.name] + actor.aliases
    if incoming > current { merged.name = actor.name }
    if merged.kind == .unknown { merged.kind = actor.kind }
    var seen: Set<String> = [ActorForm.key(of: merged.name)]
    names = names.filter { seen.insert(ActorForm.key(of: $0)).inserted }
    merged.aliases = names
    merged.mentions += actor.mentions
    actors[target] = merged
    index(target)
  }

  private mutating func index(_ id: Int) {
    for key in keys(of: actors[id]) where !(byKey[key]?.contains(id) ?? false) { byKey[key, default: []].append(id) }
    let words = ActorForm.key(of: actors[id].name).split(separator: " ")
    if let last = words.last, !(byLastWord[last]?.contains(id) ?? false) { byLastWord[last, default: []].append(id) }
  }

  /// The keys an actor is found under: its name and its aliases, but not role nouns or capitals
  /// written for their country.
  private func keys(of actor: Actor) -> [String] {
    let aliases = actor.aliases.filter { alias in
      !alias.hasPrefix("the ") && !alias.hasPrefix("this ") && lexicon.capitals.value(forPhrase: alias) == nil
    }
    return ([actor.name] + aliases).map(ActorForm.key(of:))
  }

  private func compatible(_ left: Actor.Kind, _ right: Actor.Kind) -> Bool {
    left == right || left == .unknown || right == .unknown
  }
}
