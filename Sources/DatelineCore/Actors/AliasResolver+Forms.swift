/// What the forms of a document say of themselves when the alias resolver links short forms to
/// long ones: given names and particles, persons, institutions, clubs and places.
extension AliasResolver {
  /// Whether the lexicon lists `word` as a given name.
  func isGivenName(_ word: Substring) -> Bool {
    lexicon.words.value(forWord: word)?.flags.contains(.givenName) ?? false
  }

  /// Whether the form names a person, by the lexicon or by its votes (or names an unknown kind).
  func isPersonLike(_ form: ActorForm) -> Bool {
    if let known = form.known { return known == .person }
    let best = form.votes.best
    return best == .person || best == .unknown
  }

  /// Whether two forms name people of the other sex: each by the honorifics written before it
  /// (`Mrs Gellan`) or else the given name it opens with (`Owen Gellan`).
  func differInSex(_ form: ActorForm, _ other: ActorForm) -> Bool {
    guard let sex = namedSex(of: form), let otherSex = namedSex(of: other) else { return false }
    return sex != otherSex
  }

  /// The sex a form names its bearer by; nil when nothing tells, or its honorifics disagree. A
  /// given name the lexicon gives no sex, or a first word the tagger does not know, tells it by
  /// its ending (`Alma`), as for pronouns.
  private func namedSex(of form: ActorForm) -> WordFlags? {
    if form.isTitledMale || form.isTitledFemale {
      return form.isTitledMale == form.isTitledFemale ? nil : form.isTitledMale ? .maleName : .femaleName
    }
    guard form.wordCount >= 2, let first = form.words.first else { return nil }
    let flags = lexicon.words.value(forWord: first)?.flags ?? []
    let named = flags.intersection([.maleName, .femaleName])
    if named.isEmpty, flags.contains(.givenName) || isUnknownWord(first) { return PronounResolver.endingGender(of: first) }
    return named == .maleName || named == .femaleName ? named : nil
  }

  /// The river, lake or mountain among `longer` named by the words of `form` after its head word
  /// (`the Isel` after `the River Isel`), when it is the only name among them that ends in those
  /// words (`Cook` may be `James Cook` as well as `Mount Cook`).
  func landform(named form: ActorForm, among longer: [Int]) -> Int? {
    let words = form.words
    let ending = names(among: longer, endingIn: words)
    guard ending.count == 1, let long = ending.first, forms[long].wordCount == words.count + 1,
      NameShapeEvidence.isWaterOrMountainWord(forms[long].words[0])
    else { return nil }
    return long
  }

  /// Whether the form names a product, by the lexicon or by its votes.
  func isProduct(_ form: ActorForm) -> Bool {
    (form.known ?? form.votes.best) == .product
  }

  /// The only name among `longer` that is `form` after a maker's name, a word that opens the name
  /// of an organization of the text (`Korval Nova 5` for `Nova 5`, after `Korval Electronics`);
  /// `byLeadingWords` files the names by their leading words.
  func makersProduct(named form: ActorForm, among longer: [Int], _ byLeadingWords: IDsByHash) -> Int? {
    let words = form.words
    let found = names(among: longer, endingIn: words).filter { long in
      forms[long].wordCount == words.count + 1
        && byLeadingWords.ids(under: Self.hash(forms[long].words.prefix(1))).contains { maker in
          maker != long && (forms[maker].known ?? forms[maker].votes.best) == .organization
        }
    }
    return found.count == 1 ? found[0] : nil
  }

  /// The names among `longer` of more words than `words` whose last words they are.
  func names(among longer: [Int], endingIn words: [Substring]) -> [Int] {
    longer.filter { long in
      forms[long].wordCount > words.count && forms[long].words.suffix(words.count).elementsEqual(words)
    }
  }

  /// Whether the tagger has not seen `word`, or mostly as a name.
  private func isUnknownWord(_ word: Substring) -> Bool {
    guard let tagger else { return false }
    let bytes = Array(word.utf8)
    let usual = tagger.usualTag(of: bytes, 0..<bytes.count)
    return usual == nil || usual == .propn
  }

  /// Whether every word is a name particle (`al`, `van`, `de`).
  func isParticleOnly(_ words: [Substring]) -> Bool {
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
  func isFirstWordShortForm(_ form: ActorForm, of long: ActorForm) -> Bool {
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
  func isUnlistedShortForm(_ form: ActorForm, of long: ActorForm) -> Bool {
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
  func mayBeShortForm(_ form: ActorForm, of long: ActorForm) -> Bool {
    form.known == nil && long.known == nil && form.place == nil && long.place == nil && long.first < form.first
      && !Self.isNamedForMembers(long) && !Self.joinsAnother(after: 1, long)
  }

  /// The one name of `names` (the longer names a word opens) that the word alone may stand for:
  /// the only one, or the only organization when the others, named after it, are unknown or its
  /// products (`Brenmoor Appliances`, then `Brenmoor Aria`, then `Brenmoor said`).
  func soleInstitution(among names: [Int]) -> Int? {
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
  func endsWithInstitutionNoun(_ form: ActorForm) -> Bool {
    guard let last = form.words.last else { return false }
    if NameShapeEvidence.isClubWord(last), form.votes.best == .organization { return true }
    guard let info = lexicon.words.value(forWord: last) else { return false }
    if info.flags.contains(.companyHead) { return true }
    guard info.flags.contains(.kindNoun) else { return false }
    return info.actorKind == .organization || info.actorKind == .group
  }

  /// The one group the text names by a word and a noun for a body of members (`Green Party`,
  /// `Liberal Party`) whose members `form` names in the plural of that word (`the Greens`, `the
  /// Liberals`), which stands for the group as a whole.
  func groupOfMembers(named form: ActorForm, among byLeadingWords: IDsByHash) -> Int? {
    guard form.wordCount == 1, form.known == nil, !form.isAcronym, let plural = form.words.first, plural.utf8.count >= 4,
      plural.hasSuffix("s"), !plural.hasSuffix("ss")
    else { return nil }
    let member = plural.dropLast()
    let groups = byLeadingWords.ids(under: AliasResolver.hash([member][...])).filter { long in
      let words = forms[long].words
      guard words.count == 2, words[0] == member, let info = lexicon.words.value(forWord: words[1]) else { return false }
      return info.flags.contains(.kindNoun) && info.actorKind == .group
    }
    return groups.count == 1 ? groups[0] : nil
  }

  /// Whether `long`, a name of two words that names no person, place or product, is a word of
  /// letters (no abbreviation: `U.S.`) that no lexicon knows and that the tagger does not take for
  /// a common one, then a common noun in the
  /// plural that the lexicon does not list: a company named for what it makes or deals in
  /// (`Stonegate Homes`, `Marwick Outfitters`), whose first word alone, `short`, stands for it, as
  /// it does before `Motors` or `Holdings`. Not a heading's common words (`Web Standards`, `Pipe
  /// Bands`), nor after a city or country the gazetteer holds, which stands for itself (`Chicago`
  /// beside a team's `Chicago Bears`).
  func isTradeNamedShortForm(_ short: ActorForm, of long: ActorForm) -> Bool {
    guard short.wordCount == 1, long.wordCount == 2, short.known == nil, long.known == nil, !short.isAcronym,
      [nil, .town].contains(short.place), long.place == nil, let tagger, let first = short.words.first,
      first.allSatisfy(\.isLetter), lexicon.words.value(forWord: first) == nil, short.votes.best != .place,
      [nil, .propn].contains(tagger.usualTag(of: Array(first.utf8), 0..<first.utf8.count)),
      ![.person, .place, .product].contains(long.votes.best), let last = long.words.last, last.utf8.count >= 4,
      last.hasSuffix("s"), !last.hasSuffix("ss"), !last.hasSuffix("us"), lexicon.words.value(forWord: last) == nil
    else { return false }
    return tagger.usualTag(of: Array(last.utf8), 0..<last.utf8.count) == .noun
  }

  /// Whether a form names its members with a possessive (`Tarnby Growers' Association`, `People's
  /// Party`): its first word alone tells where or who the members are, not the institution.
  static func isNamedForMembers(_ form: ActorForm) -> Bool {
    ["' ", "’ ", "'s ", "’s "].contains { form.display.contains($0) }
  }

  /// Whether the words of a form after its first `count` go on with `and` (`Avon and Somerset
  /// Police`): those first words name one of what the institution joins, not the institution.
  static func joinsAnother(after count: Int, _ form: ActorForm) -> Bool {
    let words = form.words
    return count < words.count && (words[count] == "and" || words[count] == "&")
  }

  /// Whether a form ends in a word for a public body that serves a place (`Leeds Crown Court`,
  /// `Shropshire Council`), unlike a company named after one (`Boston Corp`, `Mesa Airlines`).
  static func endsWithPublicBody(_ form: ActorForm) -> Bool {
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
  func isPlaceOnItsOwn(_ form: ActorForm) -> Bool {
    guard form.known == nil else { return false }
    guard let place = form.place else { return form.votes.best == .place }
    guard place != .town else { return false }
    return form.votes.best != .organization && form.votes.best != .group
  }

  /// The only club the text names in full with `word` as its last word, when its contexts make
  /// it an organization (a sports story's `Castleton City` for `City`).
  func clubNamed(_ word: Substring, among names: [Int]) -> Int? {
    let clubs = names.filter { index in
      forms[index].wordCount >= 2 && forms[index].words.last == word && forms[index].known == nil
        && forms[index].votes.best == .organization
    }
    return clubs.count == 1 ? clubs[0] : nil
  }

  /// Of `candidates`, the form first written closest before `form`'s first mention, or else the
  /// first one written after it.
  func nearest(to form: Int, among candidates: [Int]) -> Int? {
    let position = forms[form].first
    let before = candidates.filter { forms[$0].first < position }.max { forms[$0].first < forms[$1].first }
    return before ?? candidates.min { forms[$0].first < forms[$1].first }
  }
}
