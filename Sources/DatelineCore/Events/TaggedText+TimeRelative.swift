/// Relative clauses on a unit of time (`in the year that followed`, `over the weeks which
/// preceded the vote`): they tell which time, not a happening of their own.
extension TaggedText {
  /// Whether the relative word at `relative` is the subject of a clause on a unit of time: a noun
  /// of time before it and a verb after it, past adverbs. One with a subject of its own tells a
  /// happening (`in the week that the verdict was announced`).
  func isSubjectOfTimeRelative(_ relative: Int) -> Bool {
    guard has(relative, .relative), upos(relative - 1) == .noun else { return false }
    var verb = relative + 1
    while upos(verb) == .adv { verb += 1 }
    guard upos(verb) == .verb || upos(verb) == .aux else { return false }
    return analysis.text.withUnsafeBufferPointer { TimeLexicon.bundled.isUnit(tokens[relative - 1], in: $0) }
  }

  /// Whether the verb at `verb` is the first verb of a relative clause on a unit of time
  /// (`the centuries that followed`).
  func isVerbOfTimeRelative(_ verb: Int) -> Bool {
    var relative = verb - 1
    while relative > 0, upos(relative) == .adv || upos(relative) == .aux { relative -= 1 }
    return relative > 0 && isSubjectOfTimeRelative(relative)
  }
}
