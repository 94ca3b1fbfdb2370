/// Infers a reference time for a text that has none: the latest date the text spells out in
/// full, or failing that the latest month or year it names.
enum ReferenceInference {
  /// The latest explicit point among `matches`, preferring the most precise kind of point.
  static func latestDate(in matches: [TimeMatch]) -> TimePoint? {
    var best: TimePoint?
    for match in matches {
      guard case .point(let point, _) = match.meaning, point.year != nil, point.precision >= .year, point.precision != .week
      else { continue }
      let candidate = point.truncated(to: .day)
      guard let current = best else {
        best = candidate
        continue
      }
      let rank = { (point: TimePoint) in point.precision >= .day ? 2 : point.precision >= .month ? 1 : 0 }
      if rank(candidate) > rank(current)
        || rank(candidate) == rank(current) && (candidate.interval?.lowerBound ?? 0) > (current.interval?.lowerBound ?? 0)
      {
        best = candidate
      }
    }
    return best
  }
}
