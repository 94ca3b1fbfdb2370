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

  /// Files every candidate of `candidates`, whose context votes are `votes`.
  init(_ candidates: [NameCandidate], votes: [KindVotes], tagged: TaggedText) {
    let lexicon = tagged.lexicon
    let capitals = CapitalUse(tagged: tagged)
    for (index, candidate) in candidates.enumerated() {
      let range = candidate.tokens
      let text = tagged.string(tokens: range)
      var form: Int
      if let country = wholeMatch(lexicon.capitals, candidate, tagged), capitals.standsForState(candidate) {
        form = formIndex(key: "capital of " + ActorForm.key(of: country), display: text)
        forms[form].isCapitalAlias = true
        let state = formIndex(key: ActorForm.key(of: country), display: country, origin: .lexicon)
        forms[state].known = .place
        links.append((form, state))
      } else {
        form = formIndex(key: ActorForm.key(of: text), display: text)
        if let kind = wholeMatch(lexicon.knownActors, candidate, tagged) { forms[form].known = kind }
        if wholeMatch(lexicon.capitals, candidate, tagged) != nil { forms[form].known = .place }
        if let canonical = wholeMatch(lexicon.aliases, candidate, tagged),
          ActorForm.key(of: canonical) != forms[form].key
        {
          let target = formIndex(key: ActorForm.key(of: canonical), display: canonical, origin: .lexicon)
          if forms[target].known == nil { forms[target].known = lexicon.knownActors.value(forPhrase: canonical) }
          links.append((form, target))
        }
      }
      let token = tagged.tokens[range.lowerBound]
      if range.count == 1, token.flags.contains(.allUpper), token.length <= 6 { forms[form].isAcronym = true }
      forms[form].mentions.append(index)
      forms[form].votes.add(votes[index])
      forms[form].first = min(forms[form].first, range.lowerBound)
      formOfCandidate.append(form)
    }
  }

  private mutating func formIndex(key: String, display: String, origin: ActorForm.Origin = .written) -> Int {
    if let index = indexByKey[key] { return index }
    var form = ActorForm(display: display)
    form.key = key
    form.origin = origin
    indexByKey[key] = forms.count
    forms.append(form)
    return forms.count - 1
  }

  /// The value of the phrase of `table` that covers exactly the candidate's tokens.
  private func wholeMatch<Value>(_ table: PhraseTable<Value>, _ candidate: NameCandidate, _ tagged: TaggedText) -> Value? {
    let range = candidate.tokens
    guard let match = tagged.match(table, at: range.lowerBound, limit: range.upperBound), match.length == range.count
    else { return nil }
    return match.value
  }
}
