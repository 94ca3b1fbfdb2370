/// The forms of the names of one document: each candidate is filed under its spelling, or under
/// its country when it is a capital used for the state; forms the lexicon ties together (`US` →
/// `United States`) start out linked.
struct ActorFormTable {
  /// The forms, in order of creation.
  private(set) var forms: [ActorForm] = []
  /// For each candidate, its form.
  private(set) var formOfCandidate: [Int] = []
  /// Pairs of forms the lexicon says are one actor.
  private(set) var links: [(Int, Int)] = []
  private var indexByKey: [String: Int] = [:]

  /// Files every candidate of `candidates`, whose contexts (and the votes they give) are
  /// `contexts`.
  init(_ candidates: [NameCandidate], contexts: [NameContext], tagged: TaggedText) {
    let capitals = CapitalUse(tagged: tagged)
    // The forms filed under one name hash are chained, latest first: each entry names its form
    // and the entry filed before it under the same hash.
    var latestByHash: [UInt64: Int] = [:]
    var filed: [(form: Int, previous: Int)] = []
    // Nothing is reserved for as many forms as candidates: a name told a million times is one
    // form, and a form is large. The look-ups are reserved so: an entry is small, and growing
    // them one doubling at a time hashed every name again (2% of the time on 100,000 names).
    formOfCandidate.reserveCapacity(candidates.count)
    latestByHash.reserveCapacity(candidates.count)
    indexByKey.reserveCapacity(candidates.count)
    for (index, candidate) in candidates.enumerated() {
      let range = candidate.tokens
      var form: Int
      if tagged.has(range.lowerBound, .capitalStart),
        let country = wholeMatch(tagged.lexicon.capitals, candidate, tagged),
        capitals.standsForState(candidate)
      {
        let text = tagged.string(tokens: range)
        let countryKey = ActorForm.key(of: country)
        form = formIndex(key: "capital of " + countryKey, display: text, spelling: ActorForm.key(of: text))
        forms[form].isCapitalAlias = true
        let state = formIndex(key: countryKey, display: country, origin: .lexicon)
        forms[state].known = .place
        links.append((form, state))
      } else {
        let hash = Self.nameHash(range, tagged)
        let sex = Self.honorificSex(before: range.lowerBound, tagged)
        var isOtherBearer = false
        if let known = Self.earliest(in: filed, from: latestByHash[hash], where: {
          guard Self.sameWords(candidates[forms[$0].firstMention].tokens, range, tagged) else { return false }
          // `Ms Alden` after `Mr Alden` is another bearer of the name.
          let differs = forms[$0].isTitled(otherThan: sex)
          isOtherBearer = isOtherBearer || differs
          return !differs
        }) {
          form = known
          if Self.isShouted(candidates[forms[known].firstMention].tokens, tagged), !Self.isShouted(range, tagged) {
            forms[known].display = tagged.string(tokens: range)
          }
        } else {
          form = newForm(for: candidate, tagged, isOtherBearer: isOtherBearer)
          filed.append((form, latestByHash[hash] ?? -1))
          latestByHash[hash] = filed.count - 1
        }
      }
      let token = tagged.tokens[range.lowerBound]
      if range.count == 1, token.flags.contains(.allUpper), token.length <= 6 { forms[form].isAcronym = true }
      forms[form].addMention(index, start: range.lowerBound)
      switch Self.honorificSex(before: range.lowerBound, tagged) {
      case .maleName: forms[form].isTitledMale = true
      case .femaleName: forms[form].isTitledFemale = true
      default: break
      }
      forms[form].votes.add(contexts[index].votes)
      formOfCandidate.append(form)
    }
    // The keys are needed only while candidates are filed.
    indexByKey = [:]
  }

  /// The sex an honorific right before a name names its bearer by (`Mrs Gellan`, `Mr. Gellan`).
  private static func honorificSex(before start: Int, _ tagged: TaggedText) -> WordFlags? {
    var index = start - 1
    if index > 0, tagged.has(index, .period), tagged.isGlued(index) { index -= 1 }
    guard index >= 0, tagged.has(index, .honorific) else { return nil }
    return PronounResolver.sexWords[tagged.string(tokens: index..<(index + 1)).lowercased()]
  }

  /// The form filed earliest in the chain of entries that starts at `latest` that satisfies
  /// `matches`.
  private static func earliest(
    in filed: [(form: Int, previous: Int)], from latest: Int?, where matches: (Int) -> Bool
  ) -> Int? {
    var found: Int?
    var entry = latest ?? -1
    while entry >= 0 {
      if matches(filed[entry].form) { found = filed[entry].form }
      entry = filed[entry].previous
    }
    return found
  }

  /// The form of a spelling not seen before, with what the lexicons say of it; a spelling seen
  /// before for `isOtherBearer`, whose honorific names another sex, gets a form of its own.
  private mutating func newForm(for candidate: NameCandidate, _ tagged: TaggedText, isOtherBearer: Bool) -> Int {
    let lexicon = tagged.lexicon
    let start = candidate.tokens.lowerBound
    let text = tagged.string(tokens: candidate.tokens)
    let form = formIndex(key: ActorForm.key(of: text), display: text, isNew: isOtherBearer)
    if tagged.has(start, .knownStart), let kind = wholeMatch(lexicon.knownActors, candidate, tagged) {
      forms[form].known = kind
    }
    if tagged.has(start, .capitalStart), wholeMatch(lexicon.capitals, candidate, tagged) != nil {
      forms[form].known = .place
    }
    forms[form].place = tagged.place(candidate.tokens)
    if tagged.has(start, .aliasStart), let canonical = wholeMatch(lexicon.aliases, candidate, tagged) {
      let canonicalKey = ActorForm.key(of: canonical)
      guard canonicalKey != forms[form].key else { return form }
      let target = formIndex(key: canonicalKey, display: canonical, origin: .lexicon)
      if forms[target].known == nil { forms[target].known = lexicon.knownActors.value(forPhrase: canonical) }
      links.append((form, target))
    }
    return form
  }

  /// A hash of the case-folded words of a name.
  private static func nameHash(_ range: Range<Int>, _ tagged: TaggedText) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for index in range where tagged.tokens[index].kind != .punctuation {
      hash = (hash ^ UInt64(tagged.tokens[index].hash)) &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  /// Whether every word of a name is in capitals (`BAGHDAD` in a dateline): a spelling shown
  /// only until the name is written in mixed case.
  private static func isShouted(_ range: Range<Int>, _ tagged: TaggedText) -> Bool {
    range.allSatisfy { index in
      tagged.tokens[index].kind != .word || tagged.tokens[index].flags.contains(.allUpper)
    }
  }

  /// Whether two names have the same words, ignoring case and the punctuation between them.
  private static func sameWords(_ left: Range<Int>, _ right: Range<Int>, _ tagged: TaggedText) -> Bool {
    let tokens = tagged.tokens
    let text = tagged.analysis.text
    var a = left.lowerBound
    var b = right.lowerBound
    while true {
      while a < left.upperBound, tokens[a].kind == .punctuation { a += 1 }
      while b < right.upperBound, tokens[b].kind == .punctuation { b += 1 }
      guard a < left.upperBound, b < right.upperBound else { return a >= left.upperBound && b >= right.upperBound }
      guard tokens[a].hash == tokens[b].hash, tokens[a].length == tokens[b].length else { return false }
      for offset in 0..<tokens[a].length {
        let p = text[Int(tokens[a].start) + offset]
        let q = text[Int(tokens[b].start) + offset]
        if p != q && (p | 0x20 != q | 0x20 || p | 0x20 < 0x61 || p | 0x20 > 0x7A) { return false }
      }
      a += 1
      b += 1
    }
  }

  /// The form filed under `key`, created when new (or always, with `isNew`); `spelling` is the key
  /// of `display` when it is not `key` itself.
  private mutating func formIndex(
    key: String, display: String, spelling: String? = nil, origin: ActorForm.Origin = .written, isNew: Bool = false
  ) -> Int {
    if !isNew, let index = indexByKey[key] { return index }
    var form = ActorForm(display: display, spelling: spelling ?? key)
    form.key = key
    form.origin = origin
    indexByKey[key] = forms.count
    forms.append(form)
    return forms.count - 1
  }

  /// The value of the phrase of `table` that covers exactly the candidate's tokens.
  private func wholeMatch<Value>(
    _ table: PhraseTable<Value>, _ candidate: NameCandidate, _ tagged: TaggedText
  ) -> Value? {
    let range = candidate.tokens
    guard let match = tagged.match(table, at: range.lowerBound, limit: range.upperBound), match.length == range.count
    else { return nil }
    return match.value
  }
}
