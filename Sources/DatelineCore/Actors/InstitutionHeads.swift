/// The words a document's institutions are called by alone once named in full: the noun that
/// heads the name (`Commission` of `European Commission`, `Bank` of `Bank of England`, `Port` of
/// `Port of Haiphong`) and the
/// members an institution is named for after its `of` (`Lords` of `House of Lords`, `Deputies` of
/// `Chamber of Deputies`). A word
/// stands for an institution only when it heads no other one in the document.
struct InstitutionHeads {
  private var bodies: [Substring: [Int]] = [:]

  /// The heads of `forms` at `indices` (names of two words or more), by the lexicon's nouns for
  /// an organization or a group, or for a place before `of`.
  init(forms: [ActorForm], indices: [Int], lexicon: Lexicon) {
    func nounKind(_ word: Substring) -> Actor.Kind? {
      guard let info = lexicon.words.value(forWord: word), info.flags.contains(.kindNoun) else { return nil }
      return info.actorKind
    }
    func isInstitutionNoun(_ word: Substring) -> Bool { [.organization, .group].contains(nounKind(word)) }
    for index in indices where forms[index].wordCount >= 2 && forms[index].known == nil {
      let words = forms[index].words
      var heads: Set<Substring> = []
      if let last = words.last, isInstitutionNoun(last) { heads.insert(last) }
      if let of = words.firstIndex(of: "of"), of > 0, isInstitutionNoun(words[of - 1]) || nounKind(words[of - 1]) == .place {
        heads.insert(words[of - 1])
        if isInstitutionNoun(words[of - 1]), of + 2 == words.count, words[of + 1].hasSuffix("s"), lexicon.words.value(forWord: words[of + 1]) == nil {
          heads.insert(words[of + 1])
        }
      }
      for head in heads { bodies[head, default: []].append(index) }
    }
  }

  /// The one institution that `form`, a name of one word, stands for: none when it is a place,
  /// a name the lexicon knows for something else, or heads several institutions.
  func body(for form: ActorForm) -> Int? {
    guard form.wordCount == 1, form.place == nil, form.known == nil || form.known == .organization,
      let word = form.words.first, let found = bodies[word], found.count == 1
    else { return nil }
    return found[0]
  }
}
