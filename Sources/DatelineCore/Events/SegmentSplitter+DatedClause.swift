extension SegmentSplitter {
  /// Whether `and` or `but` at `index` joins a clause with a subject and a time of its own to a
  /// clause `piece` with a finite verb and a time of its own (`Construction will begin later this
  /// year | and the factory is expected to open in 2028`): two events, each with its date.
  func startsDatedClause(at index: Int, after piece: Range<Int>, end: Int) -> Bool {
    guard tagged.upos(index) == .cconj, tagged.isWord(index, "and") || tagged.isWord(index, "but"),
      tagged.isLowercaseWord(index), !isInsideTime(index)
    else {
      return false
    }
    var verb = index + 1
    while verb < end, !isTimedWord(verb), [.det, .adj, .noun, .propn, .num, .pron].contains(tagged.upos(verb))
      || tagged.isWord(verb, "of") || tagged.isWord(verb, "s") && tagged.isGlued(verb)
    {
      verb += 1
    }
    while verb < end, tagged.upos(verb) == .adv { verb += 1 }
    guard verb > index + 1, verb < end, tagged.isFiniteVerb(verb), piece.contains(where: isTimedWord),
      piece.contains(where: { tagged.isFiniteVerb($0) })
    else {
      return false
    }
    var word = verb + 1
    while word < end, !tagged.has(word, WordFlags.segmentBreak) {
      if isTimedWord(word) { return true }
      word += 1
    }
    return false
  }

  private func isTimedWord(_ index: Int) -> Bool { tagged.timeOf[index] >= 0 }
}
