extension TimePoint.Precision {
  /// The precision's name as exports and the Detail pane write it (`year`, `partOfDay`, …);
  /// spelled out because `String(describing:)` goes through reflection on every call.
  public var name: String {
    switch self {
    case .century: "century"
    case .decade: "decade"
    case .year: "year"
    case .half: "half"
    case .quarter: "quarter"
    case .season: "season"
    case .month: "month"
    case .week: "week"
    case .day: "day"
    case .partOfDay: "partOfDay"
    case .hour: "hour"
    case .minute: "minute"
    case .second: "second"
    }
  }

  /// The precision in words, for people: `part of day` where exports write `partOfDay`.
  public var words: String { self == .partOfDay ? "part of day" : name }
}
