/// A deadline an infinitive takes, which does not date the verb that governs it.
extension ClauseTimes {
  /// Whether time `time` is a deadline (`by 2030`) of an infinitive that the verb at `verb`
  /// takes (`has promised to build 100,000 homes by 2030`, `agreed to repay the loan by March`):
  /// it bounds what is to be done, not when the promise or the agreement was made. A passive
  /// verb tells of what is to be done itself (`Talks are expected to finish by March 15`).
  func isDeadlineOfComplement(_ time: Int, after verb: Int, in range: Range<Int>) -> Bool {
    guard let start = range.first(where: { tagged.timeOf[$0] == Int32(time) }), start > verb + 2 else { return false }
    var before = verb - 1
    while before >= 0, tagged.upos(before) == .adv { before -= 1 }
    if before >= 0, tagged.upos(before) == .aux, tagged.lemma(before) == "be" { return false }
    let by = tagged.isWord(start, "by") ? start : start - 1
    guard tagged.isWord(by, "by") else { return false }
    // The infinitive's words reach the `by`: a clause joined after it has its own time (`began
    // to use the names, and by 1907 this was the norm`).
    guard let to = (verb + 1..<by).last(where: { tagged.isWord($0, "to") && tagged.upos($0 + 1) == .verb }) else {
      return false
    }
    return !(to..<by).contains { tagged.upos($0) == .cconj || tagged.has($0, [.comma, .semicolon, .dash]) }
  }
}
