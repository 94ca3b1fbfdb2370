/// Decides which forms of a document name the same actor: aliases the text states, aliases from
/// the lexicon, acronyms and their expansions (`IRGC` = `Islamic Revolutionary Guard Corps`),
/// and short forms (`Orton` → `Kyle Orton`, `Al-Kadhimi` → `Mustafa Al-Kadhimi`, `Steve` → the
/// only Steve, `Fatah` → the only institution named `Fatah …`).
struct AliasResolver {
  let forms: [ActorForm]
  let lexicon: Lexicon
  /// Tells the words the tagger mostly reads as common ones (`Early`, `Video`), which open
  /// headings rather than stand for a name; without it no unlisted word is a short form.
  let tagger: PartOfSpeechTagger?
  private var parent: [Int]

  /// A resolver over `forms`, with the tagger that tells common words.
  init(forms: [ActorForm], lexicon: Lexicon, tagger: PartOfSpeechTagger? = nil) {
    self.forms = forms
    self.lexicon = lexicon
    self.tagger = tagger
    parent = Array(forms.indices)
  }

  /// The clusters of forms that name one actor, each sorted by form index, given pairs of forms
  /// already known to be one.
  mutating func clusters(linking pairs: [(Int, Int)]) -> [[Int]] {
    for (left, right) in pairs { union(left, right) }
    linkAcronyms()
    linkShortForms()
    var members = [[Int]](repeating: [], count: forms.count)
    var order: [Int] = []
    for index in forms.indices {
      let root = find(index)
      if members[root].isEmpty { order.append(root) }
      members[root].append(index)
    }
    return order.map { members[$0] }
  }

  private mutating func find(_ index: Int) -> Int {
    var root = index
    while parent[root] != root { root = parent[root] }
    var cursor = index
    while parent[cursor] != root {
      let next = parent[cursor]
      parent[cursor] = root
      cursor = next
    }
    return root
  }

  private mutating func union(_ left: Int, _ right: Int) {
    let a = find(left)
    let b = find(right)
    if a != b { parent[max(a, b)] = min(a, b) }
  }

  private var fullNames: [Int] {
    forms.indices.filter { forms[$0].origin == .written && !forms[$0].isAcronym && !forms[$0].isCapitalAlias }
  }

  private mutating func linkAcronyms() {
    guard let shortest = forms.filter(\.isAcronym).map(\.key.utf8.count).min() else { return }
    var byInitials: [[UInt8]: [Int]] = [:]
    for index in fullNames where forms[index].wordCount >= max(2, shortest) {
      for letters in initials(of: forms[index]) { byInitials[letters, default: []].append(index) }
    }
    for acronym in forms.indices where forms[acronym].isAcronym {
      guard let matches = byInitials[Array(forms[acronym].key.utf8)] else { continue }
      if let choice = nearest(to: acronym, among: matches) { union(acronym, choice) }
    }
  }

  /// The initials of a form: of every word, of the words that are not connectors or particles
  /// (`Asaib Ahl Al-Haq` → `aaah`, `aah`), and of the words after the nationalities that open it
  /// (`Iranian Islamic Revolutionary Guard Corps` → `irgc`).
  private func initials(of form: ActorForm) -> [[UInt8]] {
    let words = form.words
    let all = words.compactMap(\.utf8.first)
    let content = words.filter { word in
      let flags = lexicon.words.value(forWord: word)?.flags ?? []
      return flags.isDisjoint(with: [.connector, .particle, .determiner, .conjunction])
    }.compactMap(\.utf8.first)
    var found = all == content ? [all] : [all, content]
    let nationalities = words.count >= 3 ? nationalityCount(words) : 0
    if nationalities > 0, words.count - nationalities >= 2 {
      found.append(words.dropFirst(nationalities).compactMap(\.utf8.first))
    }
    return found
  }

  /// How many of the first words are nationalities (`british` of `british foreign office`).
  private func nationalityCount(_ words: [Substring]) -> Int {
    words.prefix { lexicon.words.value(forWord: $0)?.flags.contains(.demonymStart) ?? false }.count
  }

  private mutating func linkShortForms() {
    let longer = fullNames
    // Filed by a hash of every shorter run of leading and of trailing words (`Dana`, and `Dana
    // Whitfield` for a three-word name), so that a short form finds the longer names it may stand
    // for in one look-up; the words themselves are compared when the lists are filtered. Forms
    // are filed in increasing order, the order a hash's forms come out in.
    var byTrailingWords = IDsByHash()
    var byLeadingWords = IDsByHash()
    // And by the words after the nationalities that open an institution's name (`Foreign
    // Office` of `British Foreign Office`).
    var byNameAfterNationalities = IDsByHash()
    for index in longer where forms[index].wordCount >= 2 {
      let words = forms[index].words
      for count in 1..<words.count {
        byTrailingWords.file(index, under: Self.hash(words.suffix(count)))
        byLeadingWords.file(index, under: Self.hash(words.prefix(count)))
      }
      let nationalities = words.count >= 3 ? nationalityCount(words) : 0
      if nationalities > 0, words.count - nationalities >= 2 {
        byNameAfterNationalities.file(index, under: Self.hash(words.dropFirst(nationalities)))
      }
    }
    byTrailingWords.sort()
    byLeadingWords.sort()
    byNameAfterNationalities.sort()
    let heads = InstitutionHeads(forms: forms, indices: longer, lexicon: lexicon)
    var sharedGivenNames: [(short: Int, people: [Int])] = []
    for short in longer {
      let form = forms[short]
      let words = form.words
      guard let first = words.first, !isParticleOnly(words) else { continue }
      let key = Self.hash(words[...])
      if form.known == nil, form.place == nil, let landform = landform(named: form, among: byTrailingWords.ids(under: key)) {
        union(short, landform)
        continue
      }
      if isProduct(form), let named = makersProduct(named: form, among: byTrailingWords.ids(under: key), byLeadingWords) {
        union(short, named)
        continue
      }
      let prefixed = byLeadingWords.ids(under: key).filter { long in
        forms[long].wordCount > words.count && forms[long].words.prefix(words.count).elementsEqual(words)
      }
      if isPersonLike(form) {
        let matches = names(among: byTrailingWords.ids(under: key), endingIn: words).filter { long in
          isPersonLike(forms[long]) && forms[long].known == nil && !differInSex(form, forms[long])
        }
        // A short form takes a full name told before it, not a person told only later (`Harlow`
        // after `Harlow Foods`, before `George Harlow`).
        if let choice = nearest(to: short, among: matches),
          forms[choice].first < form.first || !prefixed.contains(where: { forms[$0].first < form.first })
        {
          union(short, choice)
          continue
        }
      }
      if words.count == 1, isGivenName(first) {
        let people = prefixed.filter { isPersonLike(forms[$0]) && forms[$0].known == nil }
        if people.count == 1 { union(short, people[0]) }
        if people.count > 1 { sharedGivenNames.append((short, people)) }
        continue
      }
      // `Mads` after `Mads Kjeldsen`, `Norland` after `Norland Freight`: a word no lexicon knows
      // that opens only one name written before it.
      if words.count == 1, prefixed.count == 1, isUnlistedShortForm(form, of: forms[prefixed[0]]) {
        union(short, prefixed[0])
        continue
      }
      if let body = heads.body(for: form) {
        union(short, body)
        continue
      }
      if words.count == 1, NameShapeEvidence.isClubWord(first), let club = clubNamed(first, among: longer) {
        union(short, club)
        continue
      }
      // `Valmont` after `Olympique Valmont`: a club is named by the words after its opening word.
      let clubs = byTrailingWords.ids(under: key).filter { long in
        forms[long].wordCount == words.count + 1 && forms[long].words.suffix(words.count).elementsEqual(words)
          && NameShapeEvidence.isClubOpeningWord(forms[long].words[0]) && forms[long].votes.best == .organization
      }
      if clubs.count == 1 {
        union(short, clubs[0])
        continue
      }
      if let party = groupOfMembers(named: form, among: byLeadingWords) {
        union(short, party)
        continue
      }
      guard form.known == nil || form.known == .organization || form.known == .group else { continue }
      let national = byNameAfterNationalities.ids(under: key).filter { long in
        forms[long].wordCount > words.count && forms[long].words.suffix(words.count).elementsEqual(words)
          && endsWithInstitutionNoun(forms[long])
      }
      if national.count == 1 {
        union(short, national[0])
        continue
      }
      let institutions = prefixed.filter { !Self.isNamedForMembers(forms[$0]) && !Self.joinsAnother(after: words.count, forms[$0]) }
      if institutions.count == 1,
        endsWithInstitutionNoun(forms[institutions[0]])
          && form.votes.best != .place && (!isPlaceOnItsOwn(form) || !Self.endsWithPublicBody(forms[institutions[0]]))
          || isTradeNamedShortForm(form, of: forms[institutions[0]])
      {
        union(short, institutions[0])
      } else if words.count == 1, let long = soleInstitution(among: institutions), isFirstWordShortForm(form, of: forms[long]) {
        union(short, long)
      }
    }
    guard !sharedGivenNames.isEmpty else { return }
    // Mentions by linked group, kept up to date as given names join their people.
    var counts: [Int: Int] = [:]
    for index in forms.indices { counts[find(index), default: 0] += forms[index].mentionCount }
    for (short, people) in sharedGivenNames {
      guard let choice = dominant(among: people, counts: counts) else { continue }
      let (a, b) = (find(short), find(choice))
      guard a != b else { continue }
      union(short, choice)
      counts[find(short)] = (counts.removeValue(forKey: a) ?? 0) + (counts.removeValue(forKey: b) ?? 0)
    }
  }

  /// Of `people` who share a given name, the one the text names at least twice as often as each
  /// other (with all the forms already linked to them, `counts` by group): a story's `Steve` is
  /// its main Steve.
  private mutating func dominant(among people: [Int], counts: [Int: Int]) -> Int? {
    let ranked = Set(people.map { find($0) }).map { (root: $0, count: counts[$0] ?? 0) }.sorted { $0.count > $1.count }
    guard ranked.count > 1 else { return ranked.first?.root }
    return ranked[0].count >= 2 * ranked[1].count ? ranked[0].root : nil
  }

  /// The FNV-1a hash of the bytes of some words, with a space between them.
  static func hash(_ words: ArraySlice<Substring>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for (index, word) in words.enumerated() {
      if index > 0 { hash = (hash ^ 0x20) &* 0x0000_0100_0000_01B3 }
      for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    }
    return hash
  }
}
