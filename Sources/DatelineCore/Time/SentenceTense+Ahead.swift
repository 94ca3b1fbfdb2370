/// What a predicting or a planning told in the past looks ahead to: the prediction's object lies
/// after the predicting, the plan's infinitive after the planning.
extension SentenceTense {
  /// How many words before a time the verb of prediction whose object holds it may stand.
  static let predictionReach = 10

  /// Whether the expression starting at `start` stands in the object of a past verb of prediction
  /// told right after a subject of its own, with no comma between them (`Several analysts predicted
  /// a second cut in June`, `The agency forecast heavy snow in January`): what is predicted lies
  /// ahead of the predicting, told just before the writing, so a month or day there is the next
  /// one. Not a time of the predicting itself, right after the verb or before it in the sentence
  /// (`predicted on Monday that …`, `In spring, analysts predicted a cut in June`), nor a
  /// prediction after `had`, `than` or `as`, which tells what was. Only the prediction's own
  /// clause counts: a time in a clause before a conjunction dates something else (`analysts
  /// predicted a cut in June, while others forecast a cut in March`).
  static func predictsAhead(before start: Int, in sentence: Range<Int>, _ scanner: TimeScanner) -> Bool {
    var verb = start - 1
    while verb > sentence.lowerBound, start - verb <= predictionReach, !scanner.isMark(verb, UInt8(ascii: ",")),
      !scanner.isMark(verb, UInt8(ascii: ";"))
    {
      if scanner.isAnyWord(verb, "predicted", "forecast", "projected", "anticipated", "foresaw") { break }
      verb -= 1
    }
    guard verb > sentence.lowerBound, start > verb + 2, scanner.isWordToken(verb),
      scanner.isAnyWord(verb, "predicted", "forecast", "projected", "anticipated", "foresaw"),
      !scanner.isAnyWord(verb + 1, "that", "to"), let subject = auxiliary(before: verb, scanner), scanner.isWordToken(subject),
      !scanner.isAnyWord(subject, "had", "than", "as", "was", "were", "be", "been", "is", "are", "have", "has", "a", "an"),
      !isDeterminer(subject, scanner)
    else { return false }
    var clauseStart = verb
    while clauseStart > sentence.lowerBound, !opensClause(clauseStart - 1, scanner) { clauseStart -= 1 }
    return !(clauseStart..<verb).contains { namesTime($0, scanner) }
  }

  /// Whether the word at `index` is a conjunction that opens a clause of its own, or a semicolon;
  /// not `and` or `or`, which as often join words (`current and anticipated web standards`).
  private static func opensClause(_ index: Int, _ scanner: TimeScanner) -> Bool {
    scanner.isMark(index, UInt8(ascii: ";"))
      || scanner.isAnyWord(index, "while", "whereas", "but", "although", "though", "yet")
  }

  /// Whether the word at `index` is a number or a word that names a time by itself: a month, a
  /// weekday, a season, a holiday, a relative day or a deictic word (`today`, `last`).
  private static func namesTime(_ index: Int, _ scanner: TimeScanner) -> Bool {
    guard !scanner.isNumber(index) else { return true }
    guard let senses = scanner.senses(index) else { return false }
    return [.month, .weekday, .season, .holiday, .relativeDay, .deictic].contains { senses.has($0) }
  }

  /// Whether `to` at `index` follows a word of plan or offer told after `had` (`had offered to`,
  /// `had planned to`): the planning is past, told of the story's days, and what it looked ahead
  /// to came after it. For a holiday or season, the last one begun may lie before the planning,
  /// so the nearest is meant (`had offered to pause the strike over Christmas`, told in November,
  /// is of the coming Christmas); a weekday stays the last one (`had been due to expire Friday`).
  static func followsPastPlan(_ index: Int, _ scanner: TimeScanner) -> Bool {
    index > 0 && scanner.isWord(index, "to") && isPlanWord(index - 1, scanner) && hadBefore(index - 1, scanner)
  }

  /// Whether a word of `expression` names a yearly occurrence: a holiday or a season.
  static func namesOccurrence(_ expression: Range<Int>, _ scanner: TimeScanner) -> Bool {
    expression.contains { index in scanner.senses(index).map { $0.has(.holiday) || $0.has(.season) } ?? false }
  }

  /// Whether the word at `index` makes a `to` after it look ahead (`plans to`, `is to`, `agreed
  /// to`, `offered to`, `expected to`).
  static func isPlanWord(_ index: Int, _ scanner: TimeScanner) -> Bool {
    scanner.isAnyWord(
      index, "plan", "plans", "planned", "planning", "agreed", "agree", "agrees", "agreement", "set", "scheduled", "slated",
      "due", "expected", "expects", "expect", "is", "are", "was", "were", "going", "intend", "intends", "intended", "promised",
      "pledged", "vowed", "ready", "poised", "likely", "hopes", "hope", "hoped", "wants", "want", "aim", "aims", "aimed",
      "offered", "offer", "offers", "proposed", "threatened")
  }
}
