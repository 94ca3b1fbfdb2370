/// What a country does by force: `Israeli strikes on the port`, `Russia's strikes hit Kherson`,
/// `Russia struck the depot`. A word that is an attack only beside armed force (`strike`) is one
/// when a country, or its adjective, tells it and it has a target, though no armed word stands
/// near; a labour strike has neither (`French unions called strikes over pensions`).
extension TaggedText {
  /// How many words (adjectives, adverbs, auxiliaries) may stand between the country and the
  /// event word (`Russian overnight strikes`, `Russia has again struck`).
  static let stateReach = 3

  /// Whether the event word at `index` is told as a country's (`Israeli strikes`, `Russia's
  /// strikes`, `Russia struck`) and has a target after it: `on` or `against` something other than
  /// a time (`on the port`, not `on Tuesday`), a place behind a preposition (`in Gaza`), a verb of
  /// force whose subject it is (`strikes hit the port`, `strikes killed 12`), or, for a verb, its
  /// object (`struck the depot`).
  func isStateForce(_ index: Int) -> Bool {
    isToldAsState(index) && hasTarget(after: index)
  }

  private func isToldAsState(_ index: Int) -> Bool {
    let sentence = sentences[Int(sentenceOf[index])].tokens
    var last = index - 1
    while last > sentence.lowerBound, index - last <= Self.stateReach, isLowercaseWord(last),
      [.adj, .adv, .aux].contains(upos(last))
    {
      last -= 1
    }
    if isWord(last, "s"), last - 1 > sentence.lowerBound, has(last - 1, [.closeSingle, .straightSingle]) { last -= 2 }
    guard last >= sentence.lowerBound, isCapitalizedWord(last) || tokens[last].flags.contains(.allUpper) else { return false }
    for start in stride(from: last, through: max(sentence.lowerBound, last - 2), by: -1) {
      let limit = last + 1
      if let demonym = match(lexicon.demonyms, at: start, limit: limit), demonym.length == limit - start {
        return !demonym.value.isEmpty
      }
      if let alias = match(lexicon.aliases, at: start, limit: limit), alias.length == limit - start {
        return lexicon.countries.contains(alias.value)
      }
      if place(start..<limit) == .country { return true }
    }
    return false
  }

  private func hasTarget(after index: Int) -> Bool {
    let sentence = sentences[Int(sentenceOf[index])].tokens
    var next = index + 1
    while next < sentence.upperBound, upos(next) == .adv { next += 1 }
    guard next + 1 < sentence.upperBound else { return false }
    if isWord(next, "on") || isWord(next, "against") {
      var head = next + 1
      while head + 1 < sentence.upperBound, upos(head) == .det || upos(head) == .adj { head += 1 }
      return timeOf[head] < 0 && [.noun, .propn].contains(upos(head))
    }
    if has(next, .preposition) {
      var name = next + 1
      while name + 1 < sentence.upperBound, isLowercaseWord(name), upos(name) == .det || upos(name) == .adj { name += 1 }
      var end = name
      while end < sentence.upperBound, end - name < 4, isCapitalizedWord(end) { end += 1 }
      return end > name && place(name..<end) != nil
    }
    if upos(index) == .verb { return upos(next) == .det || upos(next) == .noun || upos(next) == .propn }
    guard upos(next) == .verb, timeOf[next] < 0 else { return false }
    let info = infos[next].eventKind != nil ? infos[next] : lexicon.words.value(forWord: lemma(next)) ?? .none
    return info.eventKind == .attack || info.eventKind == .death || info.contextKinds.gives(.attack)
  }
}
