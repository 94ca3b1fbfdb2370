/// Recognizes event-anchored times: `(the) UNIT before|after|following|preceding (the …) EVENT`,
/// where UNIT is a word of `anchor-units.txt` and EVENT a trigger noun.
struct EventAnchorFinder {
  let tagged: TaggedText

  /// The event-anchored times inside `tokens`.
  func times(in tokens: Range<Int>) -> [EventAnchoredTime] {
    var found: [EventAnchoredTime] = []
    let reader = TriggerReader(tagged: tagged)
    for index in tokens where tagged.infos[index].flags.contains(.anchorUnit) && tagged.isLowercaseWord(index) {
      let relation = index + 1
      let isBefore = tagged.isWord(relation, "before") || tagged.isWord(relation, "preceding")
      guard isBefore || tagged.isWord(relation, "after") || tagged.isWord(relation, "following"),
        let unit = unit(at: index)
      else { continue }
      let limit = min(tokens.upperBound, relation + 6)
      guard let noun = (relation + 1..<limit).first(where: { tagged.has($0, .triggerNoun) && tagged.isLowercaseWord($0) }),
        reader.isDefinite(noun)
      else { continue }
      let start = tagged.isWord(index - 1, "the") ? index - 1 : index
      found.append(EventAnchoredTime(tokens: start..<(noun + 1), anchorNoun: noun, unit: unit, isBefore: isBefore))
    }
    return found
  }

  private func unit(at index: Int) -> Lexicon.AnchorUnit? {
    tagged.analysis.text.withUnsafeBufferPointer { tagged.lexicon.anchorUnits.value(for: tagged.tokens[index], in: $0) }
  }
}
