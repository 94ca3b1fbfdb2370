/// Every word the time tagger knows, with its readings and the tense it marks, in one
/// case-insensitive table, so that each word of a text is looked up once.
struct TimeLexicon: Sendable {
  /// The word table.
  let words: WordTable<TimeWordEntry>
  /// The readings of the words, indexed by `TimeWordEntry.senses`.
  let senses: [TimeSenses]
  /// One bit per value of a word's hash bits `filterShift` and up, set for the lexicon's words:
  /// most words of a text are not in the lexicon, and most of those are turned away here.
  let filter: [UInt64]
  private static let filterShift: UInt32 = 19
  /// The words the event lexicon lists as naming an event (`ruling`, `attack`, `vote`), each
  /// with whether it names an occasion held on a set day (a meeting or a vote: `summit`, `vote`).
  private let eventNouns: WordTable<Bool>
  /// Nouns of what an event left behind (`result`, `defeat`, `remarks`): they name no event of
  /// the event lexicon, yet exist only once it is over.
  private let outcomeNouns = WordTable(
    [
      "result", "results", "outcome", "score", "scoreline", "defeat", "victory", "win", "loss", "draw", "decision",
      "figures", "remarks", "comments", "findings", "aftermath",
    ].map { ($0, true) })

  /// The lexicon built from the bundled lexicon files.
  static let bundled = TimeLexicon()

  private init() {
    var senses: [String: TimeSenses] = [:]
    func add(_ key: String, _ word: TimeWord) {
      if senses[key] == nil { senses[key] = TimeSenses(first: word) } else { senses[key]?.add(word) }
    }
    func addAll(_ lexicon: String, _ role: TimeWordRole, _ read: (String) -> Int32?) {
      for entry in BundledResources.lexicon(lexicon) {
        if let value = read(entry.value) { add(entry.key, TimeWord(role: role, value: value)) }
      }
    }
    addAll("months", .month) { Int32($0) }
    addAll("weekdays", .weekday) { Int32($0) }
    addAll("numbers", .cardinal) { Int32($0) }
    addAll("ordinals", .ordinal) { Int32($0) }
    addAll("time-units", .unit) { CalendarUnit(code: $0).map { Int32($0.rawValue) } }
    addAll("seasons", .season) { code in
      TimePoint.Season.allCases.firstIndex { $0.rawValue == code }.map { Int32($0) }
    }
    for entry in BundledResources.lexicon("parts-of-day") {
      if let index = TimePoint.PartOfDay.allCases.firstIndex(where: { $0.rawValue == entry.value }) {
        add(entry.key, TimeWord(role: .partOfDay, value: Int32(index)))
      } else if let colon = entry.value.firstIndex(of: ":"), let hour = Int32(entry.value[..<colon]),
        let minute = Int32(entry.value[entry.value.index(after: colon)...])
      {
        add(entry.key, TimeWord(role: .clock, value: hour * 100 + minute))
      }
    }
    for entry in BundledResources.lexicon("time-words") {
      let parts = entry.value.split(separator: " ")
      guard parts.count == 2, let role = Self.role(String(parts[0])) else { continue }
      let value = Int32(parts[1]) ?? CalendarUnit(code: String(parts[1])).map { Int32($0.rawValue) } ?? 0
      add(entry.key, TimeWord(role: role, value: value))
    }
    var entries: [String: TimeWordEntry] = [:]
    var list: [TimeSenses] = []
    for (word, readings) in senses.sorted(by: { $0.key < $1.key }) {
      entries[word] = TimeWordEntry(senses: Int16(list.count), tense: TimeWordEntry.noTense)
      list.append(readings)
    }
    for entry in BundledResources.lexicon("tense-markers") {
      guard let tense = Int8(entry.value) else { continue }
      entries[entry.key, default: .unknown].tense = tense
    }
    for word in IrregularPasts.prefixed where entries[word]?.tense ?? TimeWordEntry.noTense == TimeWordEntry.noTense {
      entries[word, default: .unknown].tense = -1
    }
    words = WordTable(entries.map { ($0.key, $0.value) })
    self.senses = list
    var filter = [UInt64](repeating: 0, count: 1 << (32 - Self.filterShift - 6))
    for word in entries.keys {
      var hash = FNV.offset
      for byte in word.utf8 { hash = FNV.step(hash, byte.asciiLowercased) }
      let bit = Int(hash >> Self.filterShift)
      filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }
    self.filter = filter
    var nouns: [String: (isNoun: Bool, isOccasion: Bool)] = [:]
    for entry in BundledResources.lexicon("event-triggers") where nouns[entry.key] == nil {
      let fields = entry.value.split(separator: " ")
      nouns[entry.key] = (fields.contains("noun"), fields.first == "meeting" || fields.first == "election")
    }
    eventNouns = WordTable(nouns.filter(\.value.isNoun).map { ($0.key, $0.value.isOccasion) })
  }

  /// What the lexicon says about the word spelled by `token` in `text`.
  @inline(__always)
  func entry(for token: Token, in text: UnsafeBufferPointer<UInt8>) -> TimeWordEntry {
    let bit = Int(token.hash >> Self.filterShift)
    guard token.kind == .word, filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return .unknown }
    return words.value(for: token, in: text) ?? .unknown
  }

  /// Whether the word spelled by `token` in `text` names a holiday (`Christmas`, `Easter`).
  func isHoliday(_ token: Token, in text: UnsafeBufferPointer<UInt8>) -> Bool {
    let found = entry(for: token, in: text).senses
    return found >= 0 && senses[Int(found)].has(.holiday)
  }

  /// Whether the word spelled by `token` in `text` names a day of the week (`Sunday`, `Tues`).
  func isWeekday(_ token: Token, in text: UnsafeBufferPointer<UInt8>) -> Bool {
    let found = entry(for: token, in: text).senses
    return found >= 0 && senses[Int(found)].has(.weekday)
  }

  /// Whether the word spelled by `token` in `text` names an event (`ruling`, `attack`).
  func namesEvent(_ token: Token, in text: UnsafeBufferPointer<UInt8>) -> Bool {
    token.kind == .word && eventNouns.value(for: token, in: text) != nil
  }

  /// Whether the word spelled by `token` in `text` names an occasion held on a set day (`vote`,
  /// `summit`, `talks`).
  func namesOccasion(_ token: Token, in text: UnsafeBufferPointer<UInt8>) -> Bool {
    token.kind == .word && eventNouns.value(for: token, in: text) == true
  }

  /// Whether the word spelled by `token` in `text` names what an event left (`result`, `defeat`).
  func namesOutcome(_ token: Token, in text: UnsafeBufferPointer<UInt8>) -> Bool {
    token.kind == .word && outcomeNouns.value(for: token, in: text) != nil
  }

  /// Whether the word spelled by `token` in `text` is a unit of time (`year`, `months`, `days`).
  func isUnit(_ token: Token, in text: UnsafeBufferPointer<UInt8>) -> Bool {
    let found = entry(for: token, in: text).senses
    return found >= 0 && senses[Int(found)].has(.unit)
  }

  private static func role(_ name: String) -> TimeWordRole? {
    switch name {
    case "relday": .relativeDay
    case "deictic": .deictic
    case "edge": .edge
    case "vague": .vague
    case "direction": .direction
    case "frequency": .frequency
    case "approx": .approximation
    case "amount": .amount
    case "determiner": .determiner
    case "fiscal": .fiscal
    case "holiday": .holiday
    case "lead": .leading
    case "decade": .decade
    case "between": .between
    default: nil
    }
  }
}

/// What the time lexicon says about one word: where its readings are and the tense it marks.
struct TimeWordEntry: Sendable {
  /// The index of the word's readings in `TimeLexicon.senses`; -1 when it has none.
  var senses: Int16
  /// The tense the word marks (-1 past, 0 present, 1 future, 9 none though it ends in `-ed`), or
  /// `noTense`.
  var tense: Int8

  /// The `tense` of a word that marks none.
  static let noTense = Int8.min
  /// A word (or other token) the lexicon does not know.
  static let unknown = TimeWordEntry(senses: -1, tense: noTense)
}
