/// Links a definite description by age and role (`The 27-year-old forward was injured …`) to the
/// person named last before it, within a few sentences: news names someone, then calls them by
/// their age and what they do. Not when the text brought in someone of that age by `a` before
/// (`A 45-year-old woman was treated …` … `The 45-year-old woman was released`: someone unnamed),
/// nor when the nearest person's given name is of the other sex than the noun's (`woman`, `man`).
struct AgeDescriptions {
  let tagged: TaggedText

  /// How many sentences back the person may be named.
  private static let reach = 3
  /// How many adjectives may stand between the age and the noun: `the 61-year-old retired nurse`.
  private static let adjectives = 2

  /// The role mentions the descriptions make, given the candidates, their contexts and the actor
  /// of each; in text order.
  func mentions(candidates: [NameCandidate], contexts: [NameContext], actorOf: [Int]) -> [RoleResolver.RoleMention] {
    var found: [RoleMention] = []
    // The ages `a` or `an` brought someone in with so far, read once as the text goes on.
    var introduced: Set<UInt32> = []
    var index = 0
    var next = 0
    while index + 6 < tagged.tokens.count {
      if isIntroduction(at: index) { introduced.insert(tagged.tokens[index + 1].hash) }
      guard tagged.isWord(index, "the"), let head = description(at: index) else {
        index += 1
        continue
      }
      while next < candidates.count, candidates[next].tokens.lowerBound < index { next += 1 }
      if !introduced.contains(tagged.tokens[index + 1].hash),
        let person = nearestPerson(before: next, at: index, candidates, contexts),
        agreesInSex(head, candidates[person])
      {
        let alias = tagged.string(tokens: index..<(head + 1)).lowercased()
        found.append(RoleMention(tokens: index..<(head + 1), actor: actorOf[person], alias: alias))
      }
      index = head + 1
    }
    return found
  }

  private typealias RoleMention = RoleResolver.RoleMention

  /// The head noun of `the N-year-old NOUN` opened at `article` (or `old` itself, with no noun
  /// after it): a singular noun of a person
  /// (``PersonWords``, or a title the lexicon holds) with no name after it or set off after it or
  /// its post's phrase (`the 27-year-old forward Dario Kessel`, `the 61-year-old chairman of
  /// Tavistel, Rolf Berge,` name the person themselves).
  private func description(at article: Int) -> Int? {
    let age = article + 1
    guard tagged.tokens[age].kind == .number, tagged.tokens[age].length <= 3, isHyphen(age + 1),
      tagged.isWord(age + 2, "year"), isHyphen(age + 3), tagged.isWord(age + 4, "old")
    else { return nil }
    // The age alone is the noun when a verb or a comma follows it: `The 24-year-old, who …, has
    // agreed`, `the 31-year-old said`.
    if tagged.has(age + 5, .comma) || [.verb, .aux].contains(tagged.upos(age + 5)) && tagged.isLowercaseWord(age + 5) {
      return age + 4
    }
    var head = age + 5
    while head < min(tagged.tokens.count - 1, age + 5 + Self.adjectives), tagged.isLowercaseWord(head),
      tagged.upos(head) == .adj, tagged.isLowercaseWord(head + 1)
    {
      head += 1
    }
    guard head < tagged.tokens.count, tagged.isLowercaseWord(head), tagged.upos(head) == .noun, !tagged.isPluralNoun(head),
      PersonWords.occupations.contains(Substring(tagged.lemma(head).lowercased()))
        || tagged.match(tagged.lexicon.titles, at: head, limit: head + 1) != nil
    else { return nil }
    var after = head + 1
    // Past a phrase of its post: `the 61-year-old chairman of Tavistel, Rolf Berge,`.
    if tagged.isLowercaseWord(after), tagged.upos(after) == .adp {
      after += 1
      while after < tagged.tokens.count, tagged.tokens[after].kind == .word,
        [.det, .adj, .noun, .propn].contains(tagged.upos(after))
      {
        after += 1
      }
    }
    if tagged.isCapitalizedWord(head + 1) || tagged.has(after, .comma) && tagged.isCapitalizedWord(after + 1) { return nil }
    return head
  }

  /// Whether token `index` is a hyphen glued to the words on both sides.
  private func isHyphen(_ index: Int) -> Bool {
    tagged.has(index, .hyphen) && tagged.isGlued(index) && tagged.isGlued(index + 1)
  }

  /// Whether `a` or `an` at `index` opens a phrase of an age (`a 45-year-old woman`): it brings
  /// in someone unnamed, whom a later description of that age (`the 45-year-old`) stands for.
  private func isIntroduction(at index: Int) -> Bool {
    (tagged.isWord(index, "a") || tagged.isWord(index, "an")) && tagged.tokens[index + 1].kind == .number
      && tagged.isWord(index + 3, "year")
  }

  /// The candidate of the person named last before candidate `next`, which starts at or after
  /// `article`: within `reach` sentences, a name whose context makes it a person.
  private func nearestPerson(before next: Int, at article: Int, _ candidates: [NameCandidate], _ contexts: [NameContext])
    -> Int?
  {
    let sentence = Int(tagged.sentenceOf[article])
    var previous = next - 1
    while previous >= 0 {
      let candidate = candidates[previous]
      if sentence - Int(tagged.sentenceOf[candidate.tokens.lowerBound]) > Self.reach { return nil }
      if isPerson(previous, candidates, contexts) {
        return opensSentence(article) ? subject(of: previous, candidates, contexts) ?? previous : previous
      }
      previous -= 1
    }
    return nil
  }

  /// Whether candidate `index` is a person by its context, not a nationality or a place.
  private func isPerson(_ index: Int, _ candidates: [NameCandidate], _ contexts: [NameContext]) -> Bool {
    contexts[index].votes.best == .person && !candidates[index].isDemonymReference
      && tagged.place(candidates[index].tokens) == nil
  }

  /// Whether token `index` is the first of its sentence.
  private func opensSentence(_ index: Int) -> Bool {
    index == 0 || tagged.sentenceOf[index - 1] != tagged.sentenceOf[index]
  }

  /// The person opening the sentence of candidate `last`, when one does and `last` is another
  /// person after it: a description opening the next sentence goes on with the subject (`Daria
  /// Ivanova won, beating Lucia Ferrante. The 21-year-old saved …` is Ivanova). Reads at most a
  /// few names back.
  private func subject(of last: Int, _ candidates: [NameCandidate], _ contexts: [NameContext]) -> Int? {
    let sentence = tagged.sentenceOf[candidates[last].tokens.lowerBound]
    var index = last - 1
    while index >= max(0, last - 8), tagged.sentenceOf[candidates[index].tokens.lowerBound] == sentence {
      if opensSentence(candidates[index].tokens.lowerBound) { return isPerson(index, candidates, contexts) ? index : nil }
      index -= 1
    }
    return nil
  }

  /// Whether the noun at `head` may name the person named by `candidate`: a noun of a sex
  /// (`woman`, `boy`) fits no given name the lexicon gives the other.
  private func agreesInSex(_ head: Int, _ candidate: NameCandidate) -> Bool {
    let word = tagged.lemma(head).lowercased()
    let female = word.hasSuffix("woman") || ["girl", "mother", "wife", "daughter", "widow", "actress"].contains(word)
    let male = !female && (word.hasSuffix("man") || ["boy", "father", "husband", "son", "widower"].contains(word))
    guard female || male else { return true }
    let first = tagged.string(tokens: candidate.tokens.lowerBound..<(candidate.tokens.lowerBound + 1))
    let flags = tagged.lexicon.words.value(forWord: first)?.flags ?? []
    return !flags.contains(female ? .maleName : .femaleName)
  }
}
