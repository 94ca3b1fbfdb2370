/// Whether a past tense found near a phrase tells the phrase itself: a finite past verb that
/// governs it with nothing between that looks ahead (`The board voted in April`, `The deal was
/// signed on Feb. 20`, `In April, the board met`), so that what it dates came before the writing.
extension SentenceTense {
  /// Whether the past marker at `verb`, before the phrase that starts at `start`, governs it
  /// directly: a finite past form, then at most a short object and a preposition (`cut 300 jobs
  /// in`, `met again on`), and none of the words that put a plan, a deadline or another clause
  /// between them (`to`, `would`, `for`, `until`, `expected`, `payable`, a comma). A `was` or
  /// `were` after a report verb may tell the future in reported speech (`said the vote was on
  /// Dec. 5`), so it does not count.
  static func governsDirectly(past verb: Int, before start: Int, in sentence: Range<Int>, _ scanner: TimeScanner) -> Bool {
    guard isFinitePast(verb, in: sentence, scanner), start - verb - 1 <= maximumBetween else { return false }
    if scanner.isAnyWord(verb, "was", "were"), (sentence.lowerBound..<verb).contains(where: { tellsSpeech($0, scanner) }) {
      return false
    }
    let between = verb + 1..<start
    if tellsSpeech(verb, scanner) {
      return between.allSatisfy { scanner.isAnyWord($0, "in", "on", "at", "during", "earlier", "again", "also") }
    }
    guard between.allSatisfy({ isPlainWord($0, scanner) }) else { return false }
    return between.isEmpty || scanner.isAnyWord(start - 1, "in", "on", "at", "during")
  }

  /// Whether the past marker at `verb`, after a phrase that opens its sentence, governs it: the
  /// phrase, a comma, a short subject and the verb (`In April, the board voted`).
  static func governsFronted(past verb: Int, after expression: Range<Int>, in sentence: Range<Int>, _ scanner: TimeScanner)
    -> Bool
  {
    let lead = sentence.lowerBound..<expression.lowerBound
    guard lead.count <= 1, lead.allSatisfy({ scanner.isAnyWord($0, "in", "on", "at", "during") }),
      scanner.isMark(expression.upperBound, UInt8(ascii: ",")), isFinitePast(verb, in: sentence, scanner)
    else { return false }
    let subject = expression.upperBound + 1..<verb
    return subject.count <= maximumBetween && subject.allSatisfy { isPlainWord($0, scanner) }
  }

  /// Whether the phrase that starts at `start` lies in a gerund's clause that a preposition of
  /// time opens after the finite past verb at `verb` (`served eight months before being released
  /// in January`, `was fined after leaving on Monday`): a gerund has no tense of its own, so what
  /// it tells is told as done, like the verb it hangs on. Only plain words may stand between
  /// the gerund and the phrase.
  static func governsThroughGerund(past verb: Int, before start: Int, in sentence: Range<Int>, _ scanner: TimeScanner)
    -> Bool
  {
    guard isFinitePast(verb, in: sentence, scanner) else { return false }
    var index = start - 1
    while index > verb + 1 {
      if scanner.isAnyWord(index - 1, "before", "after", "since", "upon") && isGerund(index, scanner) { return true }
      guard isPlainWord(index, scanner) else { return false }
      index -= 1
    }
    return false
  }

  /// Whether the word at `index` is a lowercase form in `-ing` of at least five letters.
  private static func isGerund(_ index: Int, _ scanner: TimeScanner) -> Bool {
    let token = scanner.tokens[index]
    let end = Int(token.end)
    return token.kind == .word && token.length >= 5 && !token.isCapitalized && scanner.text[end - 3] == UInt8(ascii: "i")
      && scanner.text[end - 2] == UInt8(ascii: "n") && scanner.text[end - 1] == UInt8(ascii: "g")
  }

  /// How many tokens may stand between a past verb and the phrase it governs.
  private static let maximumBetween = 6

  /// Whether the past form at `index` is a finite verb that tells what happened: not a word whose
  /// object lies ahead (`set`, `planned`, `postponed`), not an adjective after a preposition or
  /// determiner (`under revised rules`), and the first verb of its clause but for its own
  /// auxiliary (`had closed`): not a modal's, an infinitive's or a perfect's participle (`would
  /// have closed`, `to have met`, `has extended`), nor an adjective after the clause's verb (`it
  /// will redeem preferred shares`).
  private static func isFinitePast(_ index: Int, in sentence: Range<Int>, _ scanner: TimeScanner) -> Bool {
    if scanner.isAnyWord(index, "has", "have", "ago", "set", "planned", "expected", "scheduled", "postponed", "delayed")
      || scanner.isAnyWord(index, "deferred", "extended", "moved", "rescheduled", "adjourned", "slated", "proposed", "targeted")
      || scanner.isAnyWord(index, "promised", "pledged", "vowed", "hoped", "intended", "aimed", "called", "asked", "invited")
    {
      return false
    }
    if index > sentence.lowerBound
      && scanner.isAnyWord(
        index - 1, "of", "in", "on", "at", "for", "with", "under", "by", "from", "into", "about", "after", "before", "as",
        "over", "than", "without", "a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those", "some",
        "any", "no")
    {
      return false
    }
    var word = index - 1
    while word >= sentence.lowerBound && !opensClause(word, scanner) {
      let distance = index - word
      let tense = scanner.entries[word].tense
      if distance <= 2 && scanner.isAnyWord(word, "had", "was", "were", "did") {
        word -= 1
        continue
      }
      if distance <= 3 && scanner.isWord(word, "to") || tense != TimeWordEntry.noTense && Int(tense) != ignored
        || scanner.isAnyWord(word, "should", "could", "can", "might", "must")
        || scanner.isWord(word, "may") && !scanner.isCapitalized(word)
      {
        return false
      }
      word -= 1
    }
    return true
  }

  /// Whether the token at `index` ends the clause before a verb: a comma or other mark between
  /// clauses, a word that opens one, or a report verb (`said it closed …`).
  private static func opensClause(_ index: Int, _ scanner: TimeScanner) -> Bool {
    let token = scanner.tokens[index]
    if token.kind == .punctuation { return !isPlainWord(index, scanner) }
    return tellsSpeech(index, scanner)
      || scanner.isAnyWord(
        index, "that", "which", "who", "whom", "whose", "when", "where", "after", "before", "because", "since", "while", "and",
        "but", "or", "if", "as")
  }

  /// Whether the past form at `index` reports speech or a thought, whose object is another
  /// clause with a time of its own (`said the plant closes in April`).
  static func tellsSpeech(_ index: Int, _ scanner: TimeScanner) -> Bool {
    scanner.isAnyWord(
      index, "said", "told", "announced", "reported", "added", "noted", "stated", "warned", "predicted", "estimated", "forecast",
      "projected", "believed", "thought", "feared", "knew", "learned", "confirmed", "indicated", "suggested", "urged", "signaled",
      "disclosed", "revealed", "declared", "claimed", "insisted", "argued", "agreed", "decided", "ruled", "ordered",
      "acknowledged", "admitted", "denied", "explained", "wrote", "replied", "testified", "threatened", "approved", "authorized")
  }

  /// Whether the token at `index` may stand between a past verb and its phrase: a word or number
  /// that neither opens another clause nor looks ahead, or a mark inside a word or amount.
  private static func isPlainWord(_ index: Int, _ scanner: TimeScanner) -> Bool {
    let token = scanner.tokens[index]
    switch token.kind {
    case .number: return true
    case .punctuation:
      let byte = scanner.text[Int(token.start)]
      if token.length == 3 { return byte == 0xE2 && scanner.text[Int(token.start) + 2] == 0x99 }
      return byte == UInt8(ascii: "%") || byte == UInt8(ascii: "$") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'")
        || byte == UInt8(ascii: "&") || byte == UInt8(ascii: ".")
    case .word:
      if scanner.isWord(index, "to") { return opensNounPhrase(index + 1, scanner) }
      let tense = scanner.entries[index].tense
      if tense == 0 || tense == 1 { return false }
      return !scanner.isAnyWord(
        index, "that", "which", "who", "whom", "whose", "when", "where", "whether", "if", "until", "till", "through", "by",
        "for", "before", "ahead", "toward", "towards", "next", "upcoming", "coming", "future", "would", "could", "should", "can",
        "may", "might", "must", "plan", "plans", "planned", "schedule", "set", "due", "expected", "slated", "deadline",
        "postponed", "delayed", "deferred", "extended", "moved", "pushed", "record", "proposed", "target", "likely", "expire",
        "expires", "expiring", "mature", "matures", "maturing", "and", "or", "but", "because", "while", "as", "so")
    }
  }

  /// Whether the word at `index` opens a noun phrase, so that a `to` before it is a preposition
  /// (`went to the polls`, `sold the unit to Halvard`, `agreed to that in July`), not an
  /// infinitive's.
  static func opensNounPhrase(_ index: Int, _ scanner: TimeScanner) -> Bool {
    guard index < scanner.tokens.count else { return false }
    return scanner.isAnyWord(
      index, "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "that", "this", "these", "those", "it",
      "them") || scanner.isCapitalized(index)
  }

  /// Whether the word at `index` is a verb whose past form is its bare form before the score of
  /// a game, after at most five words of the side it names (`Rovers beat league leaders Dunmore
  /// City 2-1 on Wednesday`): a score is known once the game is over, so the verb tells a
  /// result, whatever its subject.
  static func isBarePastBeforeScore(_ index: Int, _ scanner: TimeScanner) -> Bool {
    guard isBarePast(index, scanner) else { return false }
    var next = index + 1
    while next < scanner.limit, next - index <= 6, scanner.isWordToken(next) { next += 1 }
    return scanner.isNumber(next) && scanner.isScore(endingAt: next + 2)
  }

  /// Whether the word at `index` is a verb whose past is spelled as its base (`beat`, `cut`, `hit`).
  static func isBarePast(_ index: Int, _ scanner: TimeScanner) -> Bool {
    scanner.isAnyWord(
      index, "forecast", "broadcast", "cut", "spread", "hit", "cost", "shut", "quit", "bet", "let", "split", "cast",
      "burst", "upset", "beat", "hurt")
  }

  /// Whether a modal stands right before the word at `index`, or before an adverb right before
  /// it (`will set`, `would not put`): a past form whose base is the same is the base there, and
  /// the modal gives the clause's tense (`The mayor will set the budget by the end of March`).
  static func followsModal(_ index: Int, _ scanner: TimeScanner) -> Bool {
    guard index > 0 else { return false }
    let before = isMidAdverb(index - 1, scanner) ? index - 2 : index - 1
    return before >= 0
      && scanner.isAnyWord(before, "will", "would", "shall", "ll", "can", "could", "may", "might", "must", "should")
  }

  /// Whether the word at `index` is an adverb that may stand between a modal and its verb
  /// (`will also boycott`, `would not attend`, `will probably miss`).
  static func isMidAdverb(_ index: Int, _ scanner: TimeScanner) -> Bool {
    guard index >= 0, scanner.isWordToken(index), !scanner.isCapitalized(index) else { return false }
    if scanner.isAnyWord(index, "also", "not", "still", "never", "again", "then", "now", "only", "even") { return true }
    let token = scanner.tokens[index]
    let end = Int(token.start) + token.length
    return token.length > 4 && scanner.text[end - 2] == UInt8(ascii: "l") && scanner.text[end - 1] == UInt8(ascii: "y")
  }

  /// Whether the word at `index` is an auxiliary, a modal or `to`, after which a verb is no finite past.
  static func isVerbGroupWord(_ index: Int, _ scanner: TimeScanner) -> Bool {
    scanner.isAnyWord(
      index, "be", "been", "being", "is", "are", "am", "was", "were", "has", "have", "had", "will", "would", "can", "could",
      "may", "might", "must", "should", "shall", "to", "get", "gets", "got")
  }
}
