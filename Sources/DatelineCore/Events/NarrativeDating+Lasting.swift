/// States told in the present perfect: what has held up to now is no happening of a day.
extension NarrativeDating {
  /// How many words of a clause are read for `never` or `always`.
  static let lastingReach = 12

  /// Whether `draft` is told in the present perfect as a state lasting up to now rather than a
  /// happening of the story's days: for a measured stretch (`has served in the town for 22
  /// years`) or with `never` or `always` (`has never won the cup`, `has always refused`). Such
  /// a clause takes no day from the story or the clauses around it. Not a passive with a
  /// stretch, which measures what was done (`has been jailed for ten years`).
  func isLasting(_ draft: EventDraft) -> Bool {
    guard draft.tense == .perfect else { return false }
    let span = draft.primary
    var isPassive = false
    var index = draft.firstToken
    while index < tagged.tokens.count, index - draft.firstToken < Self.lastingReach, Int(tagged.tokens[index].start) < span.end {
      if tagged.upos(index) == .adv, tagged.isWord(index, "never") || tagged.isWord(index, "always") { return true }
      isPassive = isPassive || tagged.isWord(index, "been") && index + 1 < tagged.tokens.count && tagged.upos(index + 1) == .verb
      index += 1
    }
    guard !isPassive else { return false }
    var time = tagged.times.partitioningIndex { $0.range.lowerBound >= span.start }
    while time < tagged.times.count, tagged.times[time].range.lowerBound < span.end {
      if case .duration = tagged.times[time].value, isMeasuredStretch(before: tagged.tokens(ofTime: time).lowerBound) {
        return true
      }
      time += 1
    }
    return false
  }

  /// Whether `for` stands right before the duration starting at token `start`, or one word
  /// before it (`for 22 years`, `for over a decade`, `for the past two years`).
  private func isMeasuredStretch(before start: Int) -> Bool {
    (max(0, start - 3)..<start).contains { tagged.isWord($0, "for") }
  }
}
