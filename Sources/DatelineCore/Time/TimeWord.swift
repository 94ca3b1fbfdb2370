/// The parts a word can play in a temporal expression.
enum TimeWordRole: UInt8, Sendable {
  case month, weekday, cardinal, ordinal, unit, season, partOfDay, clock
  case relativeDay, deictic, edge, vague, direction, frequency, approximation, amount
  case determiner, fiscal, holiday, leading, decade, between
}

/// A unit of calendar time, as the tagger counts and shifts in it.
enum CalendarUnit: UInt8, Sendable, Comparable {
  static func < (lhs: CalendarUnit, rhs: CalendarUnit) -> Bool { lhs.rawValue < rhs.rawValue }

  case second, minute, hour, day, weekend, week, fortnight, month, quarter, half, season, year, decade, century
  case millennium

  /// The duration unit and how many of it one of this unit makes.
  var duration: (unit: TimeDuration.Unit, count: Double) {
    switch self {
    case .second: (.second, 1)
    case .minute: (.minute, 1)
    case .hour: (.hour, 1)
    case .day: (.day, 1)
    case .weekend: (.day, 2)
    case .week: (.week, 1)
    case .fortnight: (.week, 2)
    case .month: (.month, 1)
    case .quarter: (.quarter, 1)
    case .half: (.month, 6)
    case .season: (.month, 3)
    case .year: (.year, 1)
    case .decade: (.year, 10)
    case .century: (.year, 100)
    case .millennium: (.millennium, 1)
    }
  }

  /// Reads a unit code of the `time-units` lexicon.
  init?(code: String) {
    switch code {
    case "S": self = .second
    case "MIN": self = .minute
    case "H": self = .hour
    case "D": self = .day
    case "WE": self = .weekend
    case "W": self = .week
    case "FN": self = .fortnight
    case "M": self = .month
    case "Q": self = .quarter
    case "Y": self = .year
    case "DE": self = .decade
    case "CE": self = .century
    case "ML": self = .millennium
    case "HALF": self = .half
    default: return nil
    }
  }
}

/// One reading of a word: its role and a number that says more (a month, an offset, a unit…).
struct TimeWord: Sendable {
  var role: TimeWordRole
  var value: Int32
}

/// Up to three readings of one word ("second" is an ordinal and a unit; "may" a month).
struct TimeSenses: Sendable {
  var first: TimeWord
  var second: TimeWord?
  var third: TimeWord?

  /// The value of the reading with `role`, if the word has one.
  @inline(__always)
  func value(_ role: TimeWordRole) -> Int? {
    if first.role == role { return Int(first.value) }
    if let second, second.role == role { return Int(second.value) }
    if let third, third.role == role { return Int(third.value) }
    return nil
  }

  /// Whether every reading of the word only modifies what follows (`the`, `about`, `early`).
  var onlyModifies: Bool {
    func modifies(_ word: TimeWord?) -> Bool {
      guard let word else { return true }
      switch word.role {
      case .determiner, .approximation, .leading, .edge: return true
      default: return false
      }
    }
    return modifies(first) && modifies(second) && modifies(third)
  }

  /// Whether the word has a reading with `role`.
  @inline(__always)
  func has(_ role: TimeWordRole) -> Bool { value(role) != nil }

  mutating func add(_ word: TimeWord) {
    if second == nil { second = word } else if third == nil { third = word }
  }
}
