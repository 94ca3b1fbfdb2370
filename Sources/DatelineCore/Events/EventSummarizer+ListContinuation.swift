/// Who goes on in a list of predicates: the verbs whose subject may go through a change with no
/// one doing it, and a report whose past perfect a simple past after it does not share.
extension EventSummarizer {
  /// Whether the verb at `index` tells a change its subject goes through of its own, told with
  /// no object and no agent after it: after a passive, it goes on active (`was called off in May
  /// and resumed in June`: the strike resumed; `was closed in May and reopened in June`), unless
  /// `by` names who did it (`and resumed by the new board`).
  func tellsChangeOfItsOwn(_ index: Int) -> Bool {
    // A lemma the lemmatizer cut one letter short is found too: `resumed` → `resum`.
    guard tagged.lemmaForms(index).contains(where: { Self.changeVerbs.contains(String($0)) }) else { return false }
    var next = index + 1
    while tagged.upos(next) == .adv { next += 1 }
    return !tagged.isWord(next, "by")
  }

  /// Verbs whose subject may go through the change they tell with no one doing it: `the strike
  /// resumed`, `the road reopened`, `output fell`.
  private static let changeVerbs: Set<String> = [
    "resume", "restart", "reopen", "reconvene", "recover", "rebound", "return", "continue", "begin", "start", "end",
    "finish", "stop", "close", "open", "collapse", "rise", "fall", "grow", "shrink", "increase", "decrease",
    "drop", "climb", "soar", "plunge", "slump", "sink", "expire", "escalate", "ease", "improve", "worsen",
    "spread", "stall", "break", "burn", "erupt", "subside", "dissolve", "merge", "split", "fail", "expand", "contract",
    "decline", "double", "triple", "slow", "accelerate", "widen", "narrow", "strengthen", "weaken", "surge", "tumble",
    "jump", "develop", "evolve", "shift", "thrive", "prosper", "flourish", "stabilise", "stabilize", "recede", "deepen",
    "intensify", "struggle", "survive", "die",
  ]

  /// Whether the continuation at `continuation` goes on from `reporter`, the verb of finding
  /// that reports the clause of `subject` whose verb group opens at `reported`, not inside that
  /// clause: a thing found in the past perfect, before the time of its finding, is not continued
  /// by a simple past set off by a comma (`Officials found that the dam had cracked, and closed
  /// the road`: the officials closed it). What a speaker says goes on (`Prosecutors said he had
  /// moved the money, and used it`), and so does what a person did.
  func continuesReporter(_ reporter: Int, reported: Int, subject: Range<Int>, continuation: Int) -> Bool {
    guard !tagged.has(reporter, .speechVerb), let head = subject.last, tagged.upos(head) == .noun, tagged.isLowercaseWord(head),
      tagged.isWord(reported, "had"), tagged.upos(reported) == .aux
    else { return false }
    var participle = reported + 1
    while tagged.upos(participle) == .adv { participle += 1 }
    guard tagged.upos(participle) == .verb || tagged.isWord(participle, "been"), tagged.upos(continuation) == .verb,
      !tagged.isWrittenAsLemma(continuation), !tagged.isThirdPersonPresent(continuation)
    else { return false }
    var before = continuation - 1
    while before > reported, [.cconj, .adv].contains(tagged.upos(before)) { before -= 1 }
    return tagged.has(before, .comma)
  }
}
