extension ScheduledClause {
  /// Whether the subject before `copula` names an occasion by what the copula says of it: a noun
  /// phrase with no time of its own that is on a day (`The men's final is on Sunday`, `The
  /// hearing is on 14 January`). Only an occasion is on a day; a state told with a day has no day
  /// right after its copula (`The shop is closed on Sunday`, `is on leave until March 24`).
  func namesOccasion(before copula: Int, at next: Int, in range: Range<Int>) -> Bool {
    guard next < range.upperBound else { return false }
    let time = tagged.isWord(next, "on") && next + 1 < range.upperBound ? next + 1 : next
    guard tagged.timeOf[time] >= 0 else { return false }
    let subject = range.lowerBound..<copula
    return subject.contains { tagged.upos($0) == .noun } && !subject.contains { tagged.timeOf[$0] >= 0 }
  }
}
