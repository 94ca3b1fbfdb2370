/// A deadline an infinitive takes, which does not date the verb that governs it.
extension ClauseTimes {
  /// Whether time `time`, after the verb at `verb`, is a deadline (`by 2030`) of an infinitive
  /// that an active verb takes (`has promised to build 100,000 homes by 2030`, `agreed to repay
  /// the loan by March`), also when more bare verbs are joined to the infinitive by `and` or `or`
  /// (`has promised to cut income tax and build 100,000 homes by 2030`), whether `verb` governs
  /// the infinitive or is one of its verbs: it bounds what is to be done, not when the promise or
  /// the agreement was made. A passive verb tells of what is to be done itself (`Talks are
  /// expected to finish by March 15`).
  func isDeadlineOfComplement(_ time: Int, after verb: Int, in range: Range<Int>) -> Bool {
    guard let start = range.first(where: { tagged.timeOf[$0] == Int32(time) }), start > verb + 1 else { return false }
    let by = tagged.isWord(start, "by") ? start : start - 1
    guard tagged.isWord(by, "by"), let to = infinitive(reaching: by) else { return false }
    return tagged.upos(to - 1) == .verb && isActive(to - 1)
  }

  /// How many words before its deadline an infinitive's `to` may stand.
  private static let infinitiveReach = 16

  /// The `to` of the infinitive whose words reach the `by` at `by` in its sentence (`to cut income
  /// tax and build 100,000 homes by`): nothing ends them between (`breaksInfinitive`).
  private func infinitive(reaching by: Int) -> Int? {
    let sentence = tagged.sentenceOf[by]
    var index = by - 1
    while index > 0, by - index <= Self.infinitiveReach, tagged.sentenceOf[index] == sentence,
      !breaksInfinitive(index, before: by)
    {
      if tagged.isWord(index, "to"), tagged.upos(index + 1) == .verb { return index }
      index -= 1
    }
    return nil
  }

  /// Whether the verb at `verb` is active: no form of `be` stands before it but for adverbs.
  private func isActive(_ verb: Int) -> Bool {
    var before = verb - 1
    while before >= 0, tagged.upos(before) == .adv { before -= 1 }
    return !(before >= 0 && tagged.upos(before) == .aux && tagged.lemma(before) == "be")
  }

  /// Whether the word at `index` ends an infinitive's words before its deadline at `by`: a comma,
  /// semicolon or dash, but not a comma inside a number (`100,000 homes`), or a conjunction that
  /// opens a clause with a time of its own: the deadline right after it (`began to use the names
  /// and by 1907 this was the norm`), or an auxiliary or a verb in another form than the bare one
  /// after it (`and the farmers harvested it by`); not more objects or bare verbs of the
  /// infinitive (`to cut taxes and duties by`, `to repair roads and open clinics by`).
  private func breaksInfinitive(_ index: Int, before by: Int) -> Bool {
    if tagged.has(index, [.comma, .semicolon, .dash]) {
      return !(tagged.has(index, .comma) && tagged.isGlued(index) && tagged.isGlued(index + 1) && tagged.upos(index - 1) == .num)
    }
    guard tagged.upos(index) == .cconj else { return false }
    return index + 1 == by
      || (index + 1..<by).contains { tagged.upos($0) == .aux || tagged.upos($0) == .verb && !isBareVerb($0) }
  }

  /// Whether the word at `index` is a verb in its bare form (`build`), as an infinitive's is.
  private func isBareVerb(_ index: Int) -> Bool {
    tagged.upos(index) == .verb && tagged.isLowercaseWord(index)
      && tagged.lemma(index) == tagged.string(tokens: index..<(index + 1))
  }
}
