extension EventDate {
  /// What the date names, in a word for a reader: `day` for a day or a time within one, `weekend`,
  /// `week`, `month`, `year` and so on.
  public var unitWords: String {
    guard case .point(let point) = value else { return "time" }
    switch point.precision {
    case .day, .partOfDay, .hour, .minute, .second: return "day"
    case .week: return point.weekend ? "weekend" : "week"
    default: return point.precision.words
    }
  }
}
