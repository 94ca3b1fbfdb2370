/// Decides which forms of a document name the same actor: aliases the text states, aliases from
/// the lexicon, acronyms and their expansions (`IRGC` = `Islamic Revolutionary Guard Corps`),
/// and short forms (`Orton` → `Kyle Orton`, `Al-Kadhimi` → `Mustafa Al-Kadhimi`, `Steve` → the
/// only Steve, `Fatah` → the only institution named `Fatah …`).
struct AliasResolver {
  private let forms: [ActorForm]
  private let lexicon: Lexicon
  /// Tells the words the tagger mostly reads as common ones (`Early`, `Video`), which open
  /// headings rather than stand for a name; without it no unlisted word is a short form.
  private let tagger: PartOfSpeechTagger?
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
      if isPersonLike(form) {
        let matches = byTrailingWords.ids(under: key).filter { long in
          forms[long].wordCount > words.count && forms[long].words.suffix(words.count).elementsEqual(words)
            && isPersonLike(forms[long]) && forms[long].known == nil
        }
        if let choice = nearest(to: short, among: matches) {
          union(short, choice)
          continue
        }
      }
      let prefixed = byLeadingWords.ids(under: key).filter { long in
        forms[long].wordCount > words.count && forms[long].words.prefix(words.count).elementsEqual(words)
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
      if institutions.count == 1, endsWithInstitutionNoun(forms[institutions[0]]),
        !isPlaceOnItsOwn(form) || !Self.endsWithPublicBody(forms[institutions[0]])
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
  private static func hash(_ words: ArraySlice<Substring>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for (index, word) in words.enumerated() {
      if index > 0 { hash = (hash ^ 0x20) &* 0x0000_0100_0000_01B3 }
      for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    }
    return hash
  }

  private func isGivenName(_ word: Substring) -> Bool {
    lexicon.words.value(forWord: word)?.flags.contains(.givenName) ?? false
  }

  private func isPersonLike(_ form: ActorForm) -> Bool {
    if let known = form.known { return known == .person }
    let best = form.votes.best
    return best == .person || best == .unknown
  }

  private func isParticleOnly(_ words: [Substring]) -> Bool {
    words.allSatisfy { word in
      lexicon.words.value(forWord: word)?.flags.contains(.particle) ?? false
    }
  }

  /// Whether a word that no lexicon knows stands for the only longer name it opens, whatever that
  /// name's last word: news names an institution in full first, then by its first word
  /// (`Ridgeback` after `Ridgeback Platinum`; not `Gmail` before `Gmail SRE`, nor the noun
  /// `Cabinet` before `Cabinet Manual`), and a person by the surname, so the first word
  /// of a name the words around it make an organization (and neither a person, a place nor a
  /// product) is its short form.
  private func isFirstWordShortForm(_ form: ActorForm, of long: ActorForm) -> Bool {
    guard mayBeShortForm(form, of: long), let word = form.words.first,
      !(lexicon.words.value(forWord: word)?.flags.contains(.kindNoun) ?? false)
    else { return false }
    let kinds: [Actor.Kind] = [.person, .place, .product]
    guard !kinds.contains(form.votes.best), !kinds.contains(long.votes.best) else { return false }
    // A maker's name before a product's word is a name of its own (`Dropbox`, `Dropbox ATF`):
    // the words around one of them must make an organization.
    return form.votes.best == .organization || long.votes.best == .organization
  }

  /// Whether `form`, one word that no lexicon or gazetteer knows, is the short form of `long`,
  /// the only longer name it opens, written before it, when the contexts of either name a person
  /// (`Mads`, `Mads Kjeldsen`) or an organization (`Norland`, `Norland Freight`) and those of the
  /// other no other kind (not `Mac` before `Mac OS X`, both unknown); not a word the
  /// tagger mostly reads as a common one (`Early` before `Early European`), nor the place an
  /// institution's members come from (`Tarnby Traders’ Association`) or one of what it joins.
  private func isUnlistedShortForm(_ form: ActorForm, of long: ActorForm) -> Bool {
    guard mayBeShortForm(form, of: long), let word = form.words.first, lexicon.words.value(forWord: word) == nil, let tagger,
      [nil, .propn].contains(tagger.usualTag(of: Array(word.utf8), 0..<word.utf8.count))
    else { return false }
    // One of the two must have contexts that say its kind, which the other does not deny.
    for kind in [Actor.Kind.person, .organization] where [form.votes.best, long.votes.best].contains(kind) {
      return [kind, .unknown].contains(form.votes.best) && [kind, .unknown].contains(long.votes.best)
    }
    return false
  }

  /// Whether `form` may be the short form of `long`, the longer name written before it that it
  /// opens: neither is a known actor or a place, and `long` is named neither for its members nor
  /// with `and` after its first word.
  private func mayBeShortForm(_ form: ActorForm, of long: ActorForm) -> Bool {
    form.known == nil && long.known == nil && form.place == nil && long.place == nil && long.first < form.first
      && !Self.isNamedForMembers(long) && !Self.joinsAnother(after: 1, long)
  }

  /// The one name of `names` (the longer names a word opens) that the word alone may stand for:
  /// the only one, or the only organization when the others, named after it, are unknown or its
  /// products (`Brenmoor Appliances`, then `Brenmoor Aria`, then `Brenmoor said`).
  private func soleInstitution(among names: [Int]) -> Int? {
    if names.count == 1 { return names[0] }
    let organizations = names.filter { forms[$0].known == nil && forms[$0].votes.best == .organization }
    guard organizations.count == 1 else { return nil }
    let first = forms[organizations[0]].first
    let othersAreItsProducts = names.allSatisfy { name in
      name == organizations[0]
        || forms[name].known == nil && forms[name].first > first && [.product, .unknown].contains(forms[name].votes.best)
    }
    return othersAreItsProducts ? organizations[0] : nil
  }

  /// Whether the last word of `form` names an institution (`Court`, `Party`), a company
  /// (`Semiconductor`, `Capital`) or a club (`Kingsmere Athletic`): then its first words alone may
  /// stand for it.
  private func endsWithInstitutionNoun(_ form: ActorForm) -> Bool {
    guard let last = form.words.last else { return false }
    if NameShapeEvidence.isClubWord(last), form.votes.best == .organization { return true }
    guard let info = lexicon.words.value(forWord: last) else { return false }
    if info.flags.contains(.companyHead) { return true }
    guard info.flags.contains(.kindNoun) else { return false }
    return info.actorKind == .organization || info.actorKind == .group
  }

  /// Whether a form names its members with a possessive (`Tarnby Growers' Association`, `People's
  /// Party`): its first word alone tells where or who the members are, not the institution.
  private static func isNamedForMembers(_ form: ActorForm) -> Bool {
    ["' ", "’ ", "'s ", "’s "].contains { form.display.contains($0) }
  }

  /// Whether the words of a form after its first `count` go on with `and` (`Avon and Somerset
  /// Police`): those first words name one of what the institution joins, not the institution.
  private static func joinsAnother(after count: Int, _ form: ActorForm) -> Bool {
    let words = form.words
    return count < words.count && (words[count] == "and" || words[count] == "&")
  }

  /// Whether a form ends in a word for a public body that serves a place (`Leeds Crown Court`,
  /// `Shropshire Council`), unlike a company named after one (`Boston Corp`, `Mesa Airlines`).
  private static func endsWithPublicBody(_ form: ActorForm) -> Bool {
    guard let last = form.words.last else { return false }
    let words: Set<Substring> = [
      "court", "council", "police", "university", "college", "school", "hospital", "agency", "authority",
      "government", "assembly", "parliament", "department", "ministry", "museum", "library",
    ]
    return words.contains(last)
  }

  /// Whether a form is a country, region or city the gazetteer holds, and its contexts do not say
  /// it is an institution (`Leeds` beside `Leeds Crown Court` is the city, not the court), or a
  /// name the gazetteer lacks whose contexts make it a place (`the Tarran estuary` beside the
  /// `Tarran Museum`).
  private func isPlaceOnItsOwn(_ form: ActorForm) -> Bool {
    guard form.known == nil else { return false }
    guard let place = form.place else { return form.votes.best == .place }
    guard place != .town else { return false }
    return form.votes.best != .organization && form.votes.best != .group
  }

  /// The only club the text names in full with `word` as its last word, when its contexts make
  /// it an organization (a sports story's `Castleton City` for `City`).
  private func clubNamed(_ word: Substring, among names: [Int]) -> Int? {
    let clubs = names.filter { index in
      forms[index].wordCount >= 2 && forms[index].words.last == word && forms[index].known == nil
        && forms[index].votes.best == .organization
    }
    return clubs.count == 1 ? clubs[0] : nil
  }

  /// Of `candidates`, the form first written closest before `form`'s first mention, or else the
  /// first one written after it.
  private func nearest(to form: Int, among candidates: [Int]) -> Int? {
    let position = forms[form].first
    let before = candidates.filter { forms[$0].first < position }.max { forms[$0].first < forms[$1].first }
    return before ?? candidates.min { forms[$0].first < forms[$1].first }
  }
}
