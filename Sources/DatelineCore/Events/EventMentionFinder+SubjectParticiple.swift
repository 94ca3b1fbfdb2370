extension EventMentionFinder {
  /// How many words after a participle its phrase may hold before the clause's verb.
  private static let participleReach = 8

  /// The finite verb of `range` after `verb` when `verb` is a past participle right after the
  /// noun phrase that opens the range (`Pills sold online appear to contain …`, `Cars built
  /// before 2010 are exempt`): the participle tells what the noun is, the verb after its phrase
  /// the clause's tense. The phrase holds adverbs and prepositional phrases only: a noun right
  /// after the participle is its object, so it is the clause's verb (`The firm sold the plant
  /// it built`).
  func finiteVerb(afterParticiple verb: Int, in range: Range<Int>) -> Int? {
    guard tagged.isLowercaseWord(verb), tagged.has(verb, .pastVerb) || tagged.endsWith(verb, "ed"),
      !tagged.has(verb, [.speechVerb, .cognitionVerb]), [.noun, .propn].contains(tagged.upos(verb - 1))
    else { return nil }
    var opening = verb - 1
    while opening >= range.lowerBound, tagged.upos(opening).isNounPhraseWord || tagged.has(opening, .hyphen) {
      opening -= 1
    }
    guard opening < range.lowerBound else { return nil }
    var inPhrase = false
    var index = verb + 1
    while index < range.upperBound, index - verb <= Self.participleReach {
      let tag = tagged.upos(index)
      if tag == .adp, tagged.tokens[index].kind == .word {
        inPhrase = true
      } else if tag.isNounPhraseWord || tagged.timeOf[index] >= 0 {
        guard inPhrase || tagged.timeOf[index] >= 0 else { return nil }
      } else if tag != .adv {
        // A plain present cannot agree with a singular subject: in `Ilse Karro conceded defeat in
        // a short statement` the tagger read the object as a verb, and `conceded` is the verb.
        guard tagged.isFiniteVerb(index), !isPlainPresent(index, after: verb - 1) else { return nil }
        return lastOfVerbGroup(from: index, in: range)
      }
      index += 1
    }
    return nil
  }

  /// Whether the verb at `index` is written as its lemma, as a present that only a plural subject
  /// takes, while the noun or name at `subject` is singular.
  private func isPlainPresent(_ index: Int, after subject: Int) -> Bool {
    tagged.upos(index) == .verb && tagged.isWrittenAsLemma(index) && !tagged.has(index, .pastVerb)
      && !tagged.endsWith(subject, "s")
  }

  /// The last verb of the verb group that the finite verb at `finite` opens, over auxiliaries and
  /// adverbs (`has been`, `are now being sold`): the verb whose auxiliaries give the tense.
  private func lastOfVerbGroup(from finite: Int, in range: Range<Int>) -> Int {
    var last = finite
    var index = finite + 1
    while index < range.upperBound, tagged.upos(last) == .aux, [.aux, .verb, .adv].contains(tagged.upos(index)) {
      if tagged.upos(index) != .adv { last = index }
      index += 1
    }
    return last
  }

  /// The first word of `range` that is a past form of the lexicon the tagger read as a noun,
  /// lowercase, right after a capitalized name and before the name, determiner, number or
  /// pronoun of an object: a clause's verb between its subject and object (`Carlow Athletic beat
  /// Harbour Rovers`), which a name read as an adjective hid.
  func pastReadAsNoun(in range: Range<Int>) -> Int? {
    range.first { index in
      index > range.lowerBound && tagged.upos(index) == .noun && tagged.isLowercaseWord(index) && tagged.has(index, .pastVerb)
        && tagged.isCapitalizedWord(index - 1) && [.propn, .adj].contains(tagged.upos(index - 1))
        && [.propn, .det, .num, .pron].contains(tagged.upos(index + 1))
    }
  }
}
