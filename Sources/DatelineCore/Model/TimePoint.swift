/// A calendar point at some precision: a century, a year, a quarter, a month, a day, a time…
///
/// Fields finer than `precision` are ignored. A `nil` year is an unknown one (`XXXX-12-25`).
public struct TimePoint: Hashable, Sendable {
  /// How precise the point is, from coarsest to finest.
  public enum Precision: Int, Hashable, Sendable, Comparable {
    /// `19` (1900–1999): `year` holds the first year.
    case century
    /// `199` (1990–1999): `year` holds the first year.
    case decade
    /// `2014`.
    case year
    /// `2021-H1`: uses `half`.
    case half
    /// `2021-Q4`: uses `quarter`.
    case quarter
    /// `2020-SU`: uses `season`.
    case season
    /// `2020-05`.
    case month
    /// `2021-W45` (ISO week, `week`; `weekend` makes it `2021-W45-WE`).
    case week
    /// `2021-11-07`.
    case day
    /// `2021-11-07TNI`: uses `partOfDay`.
    case partOfDay
    /// `2021-11-07T02`.
    case hour
    /// `2021-11-07T02:30`.
    case minute
    /// `2021-11-07T02:30:15`.
    case second

    /// Orders from coarsest to finest.
    public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// A season of the year (TIMEX3 `SP`, `SU`, `FA`, `WI`).
  public enum Season: String, Hashable, Sendable, CaseIterable {
    /// Spring.
    case spring = "SP"
    /// Summer.
    case summer = "SU"
    /// Autumn, fall.
    case fall = "FA"
    /// Winter.
    case winter = "WI"
  }

  /// A part of a day (TIMEX3 `MO`, `MI`, `AF`, `EV`, `NI`, `DT`).
  public enum PartOfDay: String, Hashable, Sendable, CaseIterable {
    /// Morning.
    case morning = "MO"
    /// Midday.
    case midday = "MI"
    /// Afternoon.
    case afternoon = "AF"
    /// Evening.
    case evening = "EV"
    /// Night.
    case night = "NI"
    /// Daytime.
    case daytime = "DT"
  }

  /// How precise the point is.
  public var precision: Precision
  /// Whether a week point means its weekend.
  public var weekend: Bool
  /// With `precision == .season`.
  public var season: Season?
  /// With `precision == .partOfDay`.
  public var partOfDay: PartOfDay?
  /// Whether the year is a fiscal year (`FY2022`).
  public var fiscal: Bool
  // The numeric fields are stored small, with `Int32.min` and `Int8.min` for unknown, so that
  // points (and the values and expressions made of them) are cheap to copy.
  private var storedYear: Int32
  private var fields: SmallFields

  /// The year (the first year for decades and centuries); `nil` when unknown.
  public var year: Int? {
    get { storedYear == .min ? nil : Int(storedYear) }
    set { storedYear = newValue.map { Int32(clamping: max($0, Int(Int32.min) + 1)) } ?? .min }
  }
  /// 1–12.
  public var month: Int? {
    get { SmallFields.read(fields.month) }
    set { fields.month = SmallFields.stored(newValue) }
  }
  /// 1–31.
  public var day: Int? {
    get { SmallFields.read(fields.day) }
    set { fields.day = SmallFields.stored(newValue) }
  }
  /// ISO week 1–53, with `precision == .week`.
  public var week: Int? {
    get { SmallFields.read(fields.week) }
    set { fields.week = SmallFields.stored(newValue) }
  }
  /// ISO weekday 1–7 of a week point that names one day of it (`XXXX-WXX-1`, every Monday).
  public var weekday: Int? {
    get { SmallFields.read(fields.weekday) }
    set { fields.weekday = SmallFields.stored(newValue) }
  }
  /// 1–4, with `precision == .quarter`.
  public var quarter: Int? {
    get { SmallFields.read(fields.quarter) }
    set { fields.quarter = SmallFields.stored(newValue) }
  }
  /// 1–2, with `precision == .half`.
  public var half: Int? {
    get { SmallFields.read(fields.half) }
    set { fields.half = SmallFields.stored(newValue) }
  }
  /// 0–24.
  public var hour: Int? {
    get { SmallFields.read(fields.hour) }
    set { fields.hour = SmallFields.stored(newValue) }
  }
  /// 0–59.
  public var minute: Int? {
    get { SmallFields.read(fields.minute) }
    set { fields.minute = SmallFields.stored(newValue) }
  }
  /// 0–59.
  public var second: Int? {
    get { SmallFields.read(fields.second) }
    set { fields.second = SmallFields.stored(newValue) }
  }

  /// Creates a point; prefer the static constructors.
  public init(
    precision: Precision, year: Int?, month: Int? = nil, day: Int? = nil, week: Int? = nil,
    weekend: Bool = false, weekday: Int? = nil, quarter: Int? = nil, half: Int? = nil, season: Season? = nil,
    partOfDay: PartOfDay? = nil, hour: Int? = nil, minute: Int? = nil, second: Int? = nil,
    fiscal: Bool = false
  ) {
    self.precision = precision
    self.weekend = weekend
    self.season = season
    self.partOfDay = partOfDay
    self.fiscal = fiscal
    storedYear = .min
    fields = SmallFields()
    self.year = year
    self.month = month
    self.day = day
    self.week = week
    self.weekday = weekday
    self.quarter = quarter
    self.half = half
    self.hour = hour
    self.minute = minute
    self.second = second
  }

  /// A year: `2014`.
  public static func year(_ year: Int?) -> TimePoint { TimePoint(precision: .year, year: year) }

  /// A month: `2020-05`.
  public static func month(_ year: Int?, _ month: Int) -> TimePoint {
    TimePoint(precision: .month, year: year, month: month)
  }

  /// A day: `2021-11-07`.
  public static func day(_ year: Int?, _ month: Int, _ day: Int) -> TimePoint {
    TimePoint(precision: .day, year: year, month: month, day: day)
  }

  /// The day with day number `n` (days since 1970-01-01).
  public static func day(number n: Int) -> TimePoint {
    let date = CivilDay.date(n)
    return .day(date.year, date.month, date.day)
  }

  /// The day number of the point's day, when the point is at least day-precise with a known year.
  public var dayNumber: Int? {
    guard precision >= .day, let year, let month, let day else { return nil }
    return CivilDay.number(year: year, month: month, day: day)
  }

  /// Whether the year is known but a field its precision needs is not (`2017-XX`, `2017-WXX-2`,
  /// told against a reference that names only a year): such a point lies somewhere in its year.
  public var isUnderspecified: Bool {
    guard year != nil else { return false }
    switch precision {
    case .century, .decade, .year: return false
    case .half: return half == nil
    case .quarter: return quarter == nil
    case .season: return season == nil
    case .month: return month == nil
    case .week: return week == nil
    default: return month == nil || day == nil
    }
  }

  /// The same point cut down to `coarser` precision (no change when it is already as coarse).
  public func truncated(to coarser: Precision) -> TimePoint {
    guard coarser < precision else { return self }
    var copy = self
    copy.precision = coarser
    return copy
  }
}

/// The small numeric fields of a `TimePoint`, one byte each, `Int8.min` when unknown.
private struct SmallFields: Hashable, Sendable {
  var month = Int8.min
  var day = Int8.min
  var week = Int8.min
  var weekday = Int8.min
  var quarter = Int8.min
  var half = Int8.min
  var hour = Int8.min
  var minute = Int8.min
  var second = Int8.min

  @inline(__always)
  static func read(_ stored: Int8) -> Int? { stored == .min ? nil : Int(stored) }

  @inline(__always)
  static func stored(_ value: Int?) -> Int8 { value.map { Int8(clamping: max($0, -127)) } ?? .min }
}
