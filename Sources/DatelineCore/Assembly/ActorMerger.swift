/// Merges the actors of several documents: the same name, or a name that is an alias of the other
/// (never two aliases alike: `Apple` for Apple Inc and for Apple Corps), with kinds that do not
/// conflict, is one actor, and so is a person's short name when it fits exactly one
/// person's full name (`Jobs` in one article, `Steve Jobs` in another). Role nouns
/// (`the prime minister`, and the speakers named by a role alone: `the seller`, `one resident`)
/// and capitals never merge across articles: they may name others there;
/// nor does an institution named by its kind alone (`Treasury`, `Parliament`) between articles
/// about different countries.
struct ActorMerger: Sendable {
  /// The merged actors; ids are indices here. Chunked: a long document may hold a hundred
  /// thousand of them, and a doubling array held the old and the new copy at once as it grew.
  private var actors = ChunkedList<Actor>()
  /// The bytes of the merged actors' names.
  private var texts = TextPool()
  // Names and last words are filed by the hash value of their key, not the key itself: an actor
  // found under a hash is taken only when the key is one of its own, and a name's key is worked
  // out again from the name when it is compared (once for a match and its merge). Keys kept as strings took about 70
  // bytes an actor.
  private var byKey = KeyedIDs<NameHash>()
  private var byLastWord = KeyedIDs<NameHash>()
  /// The keys of an actor's aliases and former names other than its name's key, for the actors
  /// that have any: most have none (a list of 100,000 names), and a slot for every actor took 8
  /// bytes each.
  private var otherKeysOf: [Int32: Set<String>] = [:]
  /// For each actor, the number of words of its name's key (`ActorForm.words(ofKey:)`) in a byte,
  /// `WordCount.max` standing for that many or more (see `wordCount(of:)`); the words themselves
  /// are read again only when a short name is matched. A name has a few words: 4 bytes an actor
  /// took 1.3 MB on a text of 325,000 names.
  private var wordCountOf: [WordCount] = []
  /// For each actor named by its kind alone, the place its first article names most; absent for
  /// other actors or an article that names no place.
  private var homeOf: [Int: String] = [:]
  /// Whether a name is a capital's, for the names looked up so far.
  private var isCapital: [String: Bool] = [:]
  private let lexicon: Lexicon
  /// The id of the first actor the document being added brought: a person's short name is not
  /// fitted to a full name of its own document, which that document's aliases kept apart from it
  /// (`Mrs Gellan` and `Owen Gellan`).
  private var firstOfDocument = 0

  /// An empty merger.
  init(lexicon: Lexicon = .standard) {
    self.lexicon = lexicon
  }

  /// How many actors have keys other than their name's.
  var actorsWithOtherKeys: Int { otherKeysOf.count }

  /// The merged actors, taken out of the merger, which is left empty. Its indexes are let go of
  /// before the actors are copied into one array: a list of 100,000 names held 3 MB of them
  /// beside both copies of the actors.
  mutating func takeActors() -> [Actor] {
    var taken = actors
    self = ActorMerger(lexicon: lexicon)
    FreedPages.release()
    return taken.takeAll()
  }

  /// Adds the actors of one document, whose text is `text` when given (a name that is the words
  /// of its first mention is kept as a range of it); returns the merged id of each.
  mutating func add(_ local: [Actor], text: SharedBytes? = nil) -> [Int] {
    firstOfDocument = actors.count
    let home = local.filter { $0.kind == .place }.max { $0.mentions.count < $1.mentions.count }.map { ActorForm.key(of: $0.name) }
    // A loop, not `map`: a closure that mutates the merger copied all of it for every actor.
    var ids: [Int] = []
    ids.reserveCapacity(local.count)
    for actor in local { ids.append(add(actor, home: home, text: text)) }
    return ids
  }

  /// Adds one actor of a document whose home place is `home` and whose text is `text`; returns
  /// its merged id.
  private mutating func add(_ actor: Actor, home: String?, text: SharedBytes?) -> Int {
    let names = [actor.name] + actor.aliases
    let keys = names.map(ActorForm.key(of:))
    var words: [Substring]?
    var compared: (id: Int, key: String)?
    let institution = isInstitutionByKind(keys[0])
    let role = Self.isRolePhrase(actor.name)
    if !role, let target = match(actor, names: names, keys: keys, words: &words, compared: &compared),
      !institution || homeOf[target] == home
    {
      merge(
        actor, keys: keys, words: words, into: target, nameKey: compared?.id == target ? compared?.key : nil,
        text: text)
      return target
    }
    var copy = actor
    copy.id = actors.count
    Self.shareName(of: &copy, as: actor, text: text, in: &texts)
    actors.append(copy)
    if keys.count > 1 {
      let others = Set(keys.dropFirst()).subtracting([keys[0]])
      if !others.isEmpty { otherKeysOf[Self.slot(copy.id)] = others }
    }
    if institution, let home { homeOf[copy.id] = home }
    let nameWords = words ?? ActorForm.words(ofKey: keys[0])
    wordCountOf.append(Self.stored(wordCount: nameWords.count))
    if !role { index(copy.id, names: names, keys: keys, lastWord: nameWords.last, wordCount: nameWords.count) }
    return copy.id
  }

  /// Whether `name` is a role phrase, opening with a determiner in lower case: a role noun
  /// written as an alias (`the prime minister`, `this company`) or a speaker named by a role
  /// alone (`the seller`, `a spokeswoman for the council`, `one resident`).
  private static func isRolePhrase(_ name: String) -> Bool {
    let bytes = name.utf8
    return bytes.starts(with: "the ".utf8) || bytes.starts(with: "this ".utf8) || bytes.starts(with: "a ".utf8)
      || bytes.starts(with: "an ".utf8) || bytes.starts(with: "one ".utf8) || bytes.starts(with: "another ".utf8)
  }

  /// Keeps the name of `merged`, taken from `actor` of a document whose text is `text`, in `pool`
  /// or as the words of `actor`'s first mention.
  private static func shareName(of merged: inout Actor, as actor: Actor, text: SharedBytes?, in pool: inout TextPool) {
    guard let text else { return merged.shareName(in: &pool) }
    merged.shareName(in: &pool, foundIn: text, at: actor.mentions.first)
  }

  /// `names` are the actor's name and aliases, `keys` their keys; `words` is set to the words of
  /// its name's key when this reads them, and `compared` to the last merged actor whose name's
  /// key it worked out, with that key.
  private mutating func match(
    _ actor: Actor, names: [String], keys: [String], words read: inout [Substring]?,
    compared: inout (id: Int, key: String)?
  ) -> Int? {
    for (position, name) in names.enumerated() where isKey(name, isName: position == 0) {
      let key = keys[position]
      // Read through one copy: a closure of a mutating method that reads `self` copies it (and
      // retains all it holds) at every call, 90% of the time when many people share a surname.
      let merger = self
      // The actor's name, or for its own name also an alias or former name, must have the key:
      // another key may have the same hash.
      let found = merger.byKey.first(under: Self.hash(key)) { target in
        guard merger.compatible(merger.actors[target].kind, actor.kind) else { return false }
        if position == 0, merger.otherKeysOf[Self.slot(target)]?.contains(key) == true { return true }
        let own = merger.nameKey(of: target)
        compared = (target, own)
        return own == key
      }
      if let found { return found }
    }
    guard actor.kind == .person || actor.kind == .unknown else { return nil }
    let words = ActorForm.words(ofKey: keys[0])
    read = words
    guard let fitting = onlyPerson(fitting: words) else { return nil }
    let isOwnFullName = fitting >= firstOfDocument && wordCount(of: fitting) > words.count
    return actor.kind == .person && isOwnFullName ? nil : fitting
  }

  /// The one person, or actor of unknown kind, whose name's key ends in `words` or is their end
  /// (`Jobs` and `Steve Jobs`); nil for none or several. A shorter name of a few words is looked
  /// up by its whole key, the others under their last word and word count: many people of one
  /// family name are never read one by one for each of them.
  private func onlyPerson(fitting words: [Substring]) -> Int? {
    guard let last = words.last else { return nil }
    let count = words.count
    let counted = Self.filedWordCounts
    var found: [Int] = []
    for shorter in 1..<max(1, min(count, counted)) {
      let key = words.suffix(shorter).joined(separator: " ")
      _ = byKey.first(under: Self.hash(key)) { candidate in
        if isPerson(candidate), wordCount(of: candidate) == shorter, nameKey(of: candidate) == key {
          found.append(candidate)
        }
        return found.count > 1
      }
      if found.count > 1 { return nil }
    }
    for filed in (count < counted ? count + 1 : counted)...counted {
      _ = byLastWord.first(under: Self.hash(lastWord: last, count: filed)) { candidate in
        let other = wordCount(of: candidate)
        // An actor renamed since it was filed is read under its new count.
        guard isPerson(candidate), other != count, min(other, counted) == filed else { return false }
        let otherWords = ActorForm.words(ofKey: nameKey(of: candidate))
        let (short, long) = other < count ? (otherWords, words) : (words, otherWords)
        if long.suffix(short.count).elementsEqual(short) { found.append(candidate) }
        return found.count > 1
      }
      if found.count > 1 { return nil }
    }
    return found.first
  }

  /// Whether actor `id` is a person or of unknown kind.
  private func isPerson(_ id: Int) -> Bool {
    actors[id].kind == .person || actors[id].kind == .unknown
  }

  /// Merges `actor`, of a document whose text is `text`, into `target`, whose name's key is
  /// `known` when already worked out.
  private mutating func merge(
    _ actor: Actor, keys: [String], words: [Substring]?, into target: Int, nameKey known: String?,
    text: SharedBytes?
  ) {
    var targetKey = known ?? nameKey(of: target)
    let incoming = keys[0] == targetKey ? nil : words ?? ActorForm.words(ofKey: keys[0])
    let renamed = (incoming?.count ?? 0) > wordCount(of: target)
    if renamed, let incoming {
      let old = actors[target].name
      actors[target].name = actor.name
      Self.shareName(of: &actors[target], as: actor, text: text, in: &texts)
      wordCountOf[target] = Self.stored(wordCount: incoming.count)
      otherKeysOf[Self.slot(target), default: []].insert(targetKey)
      otherKeysOf[Self.slot(target)]?.remove(keys[0])
      targetKey = keys[0]
      actors[target].aliases.removeAll { ActorForm.key(of: $0) == keys[0] }
      actors[target].aliases.append(old)
    }
    var added: [String] = []
    var addedKeys: [String] = []
    for (name, key) in zip([actor.name] + actor.aliases, keys) where isNewKey(key, of: target, nameKey: targetKey) {
      actors[target].aliases.append(name)
      added.append(name)
      addedKeys.append(key)
    }
    if actors[target].kind == .unknown { actors[target].kind = actor.kind }
    actors[target].mentions += actor.mentions
    // The target's own name and last word are filed already; only new names and words are not.
    if renamed || !added.isEmpty || actor.name != actors[target].name {
      index(
        target, names: [actor.name] + added, keys: [keys[0]] + addedKeys, lastWord: renamed ? incoming?.last : nil,
        wordCount: incoming?.count ?? 0)
    }
  }

  /// Records `key` among the keys of the target's names, whose name's key is `nameKey`; whether
  /// it was not there yet.
  private mutating func isNewKey(_ key: String, of target: Int, nameKey: String) -> Bool {
    key != nameKey && otherKeysOf[Self.slot(target), default: []].insert(key).inserted
  }

  /// The number of words of the key of actor `id`'s name: read again from the name only when it
  /// has `WordCount.max` or more.
  private func wordCount(of id: Int) -> Int {
    let stored = wordCountOf[id]
    return stored < WordCount.max ? Int(stored) : ActorForm.words(ofKey: nameKey(of: id)).count
  }

  /// The key of an actor's name.
  private func nameKey(of id: Int) -> String {
    ActorForm.key(of: actors[id].name)
  }

  /// Files actor `id` under the keys of `names` and under the last word of its name's key with
  /// `wordCount`, that key's number of words, when the two are new to it.
  private mutating func index(_ id: Int, names: [String], keys: [String], lastWord: Substring?, wordCount: Int) {
    for (position, name) in names.enumerated() where isKey(name, isName: position == 0 && name == actors[id].name) {
      byKey.file(id, under: Self.hash(keys[position]))
    }
    if let lastWord { byLastWord.file(id, under: Self.hash(lastWord: lastWord, count: wordCount)) }
  }

  /// Whether an actor is found under `name`: its own name always; an alias unless it is a role
  /// noun or a capital written for its country.
  private mutating func isKey(_ name: String, isName: Bool) -> Bool {
    if isName { return true }
    if Self.isRolePhrase(name) { return false }
    if let known = isCapital[name] { return !known }
    let capital = lexicon.capitals.value(forPhrase: name) != nil
    isCapital[name] = capital
    return !capital
  }

  /// Whether a name is one word that names a kind of institution (`treasury`, `parliament`).
  private func isInstitutionByKind(_ key: String) -> Bool {
    guard !key.isEmpty, !hasSpace(key), let info = lexicon.words.value(forWord: key) else { return false }
    return info.flags.contains(.kindNoun) && info.actorKind == .organization
  }
}
