/// Irregular pasts read as nouns inside a sentence that has a verb of its own.
extension FiniteVerbRepair {
  /// Gives back their verb to irregular past forms the tagger read as nouns where a clause goes
  /// on after its subject: after a noun that follows a verb (`said output rose in March`, `said
  /// the output rose`), or after `and` that joins a second predicate to a clause of the sentence
  /// (`grew in January and shrank in February`). The form must be a past of the list whose lemma
  /// differs from it, or one the training data never saw (a bare `cut` stays a noun: `a tax cut
  /// in May`), and what follows must not go on a noun phrase (`a rose garden`).
  func repairReportedPasts(
    _ words: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32], tags: inout [UPOS],
    lemmas: inout [UInt16]
  ) {
    var verbBefore = false
    for index in words {
      defer { if tags[index] == .verb || tags[index] == .aux { verbBefore = true } }
      guard tags[index] == .noun, index >= words.lowerBound + 2, verbBefore,
        index + 1 < words.upperBound, Self.predicateGoesOn.contains(tags[index + 1])
      else { continue }
      let afterSubject = tags[index - 1] == .noun
        && (tags[index - 2] == .verb || tags[index - 2] == .det && index >= words.lowerBound + 3 && tags[index - 3] == .verb)
      guard afterSubject || tags[index - 1] == .cconj else { continue }
      let range = Int(starts[index])..<Int(ends[index])
      let lowered = FeatureHash.bytes(bytes, range, lower: true)
      guard Self.irregularPasts.contains(lowered) else { continue }
      if ambiguity.value(TaggerModel.ambiguityKey(lowered)) == nil {
        tags[index] = .verb
        lemmas[index] = 0
      } else if let (rule, _) = inflectedVerb(bytes, range, lowered: lowered) {
        tags[index] = .verb
        lemmas[index] = rule
      }
    }
  }

  /// The parts of speech that may follow a verb with no object: a preposition, a number, an
  /// adverb, a particle or the end of the clause (`rose in March`, `fell 4%`, `grew sharply`).
  private static let predicateGoesOn: Set<UPOS> = [.adp, .num, .adv, .part, .punct, .cconj]
}
