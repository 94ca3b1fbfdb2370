/// Titles and role nouns written next to a name: `Iraq’s prime minister, Mustafa Al-Kadhimi`,
/// `then-prime minister Adel Abdul-Mahdi`, `Kyle Orton, an independent Middle East analyst`.
struct TitleContext {
  /// A title found next to a name.
  ///
  /// Stored in 10 bytes (32-bit token indices): every name keeps two of them while its actor is
  /// found.
  struct Found: Hashable {
    private var start: Int32
    private var end: Int32
    /// What kind of title it is.
    var kind: Lexicon.TitleKind
    /// Whether the text says the post is no longer held: `then-`, `former`, `ex-`, `late`.
    var isFormer: Bool

    /// A title over the tokens `range`.
    init(range: Range<Int>, kind: Lexicon.TitleKind, isFormer: Bool) {
      start = Int32(range.lowerBound)
      end = Int32(range.upperBound)
      self.kind = kind
      self.isFormer = isFormer
    }

    /// The title's tokens.
    var range: Range<Int> { Int(start)..<Int(end) }
  }

  let tagged: TaggedText

  /// The title right before the name starting at token `start` (`prime minister Mustafa`), or
  /// before a comma there (`prime minister, Mustafa`), perhaps with its field after `for` or `of`
  /// in lower case (`member for transport Joanna Pryce`, `minister of health Ana Brel`).
  func before(_ start: Int) -> Found? {
    var last = start - 1
    if tagged.has(last, .comma) { last -= 1 }
    guard last >= 0, tagged.tokens[last].kind == .word else { return nil }
    let sentenceStart = tagged.sentences[Int(tagged.sentenceOf[start])].tokens.lowerBound
    if let found = title(endingAt: last, from: sentenceStart) { return found }
    if last + 1 < start, !isListed(start), let found = titleCompleted(byNameEndingAt: last + 1, from: sentenceStart) {
      return found
    }
    var field = last
    while field > sentenceStart, last - field < Self.fieldReach, tagged.isLowercaseWord(field),
      [.noun, .adj].contains(tagged.upos(field))
    {
      field -= 1
    }
    guard field < last, field > sentenceStart, tagged.isWord(field, "for") || tagged.isWord(field, "of"),
      tagged.isLowercaseWord(field)
    else { return nil }
    return title(endingAt: field - 1, from: sentenceStart)
  }

  /// The title a name before the comma at `comma` completes after `of` or `for`, whose holder is
  /// then the name set off after the comma: `Lord Mayor` in `The Lord Mayor of Bergen, Ingrid
  /// Solheim,`, `Governor` in `the Governor of the Bank of Ruritania, Tomas Vail`.
  private func titleCompleted(byNameEndingAt comma: Int, from sentenceStart: Int) -> Found? {
    var start = comma - 1
    while start > sentenceStart, comma - start <= Self.complementReach, isNameToken(start) {
      if tagged.isCapitalizedWord(start), let found = title(completedByNameAt: start) { return found }
      start -= 1
    }
    return nil
  }

  /// Whether the name starting at `start` goes on into a list (`the Mayor of Leeds, Bradford
  /// and York`, `a member of the United Nations, Commonwealth of Nations, ANZUS`) rather than
  /// closing an apposition: `and`, `or` or a comma and a capitalized word come right after its
  /// words (with `of` or `the` between them).
  private func isListed(_ start: Int) -> Bool {
    var end = start
    while end < tagged.tokens.count,
      tagged.isCapitalizedWord(end) || tagged.has(end, .hyphen) && tagged.isGlued(end)
        || (tagged.isWord(end, "of") || tagged.isWord(end, "the")) && tagged.isCapitalizedWord(end + 1)
    {
      end += 1
    }
    return tagged.isWord(end, "and") || tagged.isWord(end, "or") || tagged.has(end, .comma) && tagged.isCapitalizedWord(end + 1)
  }

  /// How many tokens the name completing a title may have: `the Bank of Ruritania`.
  private static let complementReach = 8

  /// Whether token `index` may stand inside a name completing a title: a capitalized word, a
  /// period or hyphen glued inside it, or `of`, `the`, `and` between its words.
  private func isNameToken(_ index: Int) -> Bool {
    if tagged.isCapitalizedWord(index) { return true }
    if tagged.has(index, [.period, .hyphen]) { return tagged.isGlued(index) }
    return tagged.isWord(index, "of") || tagged.isWord(index, "the") || tagged.isWord(index, "and")
  }

  /// The title that the name starting at token `start` completes after `of` or `for` (and perhaps
  /// `the`): `the Lord Mayor of Bergen`, `the Governor of the Bank of Ruritania`.
  func title(completedByNameAt start: Int) -> Found? {
    guard start > 0 else { return nil }
    var preposition = start - 1
    if tagged.isWord(preposition, "the"), tagged.isLowercaseWord(preposition) { preposition -= 1 }
    guard preposition > 0, tagged.isLowercaseWord(preposition),
      tagged.isWord(preposition, "of") || tagged.isWord(preposition, "for")
    else { return nil }
    return title(endingAt: preposition - 1, from: tagged.sentences[Int(tagged.sentenceOf[start])].tokens.lowerBound)
  }

  /// How many lower-case words a title's field after `for` or `of` may have: `minister for
  /// foreign affairs`.
  private static let fieldReach = 3

  /// The lexicon's title whose last word is at `last`, starting at or after `sentenceStart`.
  private func title(endingAt last: Int, from sentenceStart: Int) -> Found? {
    for length in stride(from: 4, through: 1, by: -1) {
      let first = last - length + 1
      guard first >= sentenceStart, tagged.has(first, .titleStart),
        let match = tagged.match(tagged.lexicon.titles, at: first, limit: last + 1), match.length == length
      else { continue }
      // A lowercase word that is a title only sometimes, read as an adjective, describes the name
      // (`a major Zap Store update`); a title of two words does not (`chief executive`).
      if length == 1, match.value.isAmbiguous, tagged.isLowercaseWord(last), tagged.upos(last) == .adj { return nil }
      return Found(range: first..<(last + 1), kind: match.value.kind, isFormer: isFormer(before: first))
    }
    return nil
  }

  /// The title heading an appositive after the name ending before token `end`:
  /// `, an independent Middle East analyst`, `, leader of …`, `, the prime minister,`.
  func after(_ end: Int) -> Found? {
    // A quotation mark after the comma closes a quote (`… on the Moon," flight director X said`).
    guard tagged.has(end, .comma), !tagged.has(end + 1, .quoteMark), !opensClause(end + 1) else { return nil }
    var index = end + 1
    let limit = min(tagged.tokens.count, end + 12)
    // A conjunction after the comma opens a clause of its own, no appositive: `a firm based in
    // Kessling, and its chief executive, Marta Oudin, said`.
    if tagged.isLowercaseWord(index), tagged.has(index, .conjunction) { return nil }
    while index < limit, !tagged.has(index, WordFlags.segmentBreak.union([.period, .terminal, .relative])) {
      // `st` of `21st` is no saint's title.
      if tagged.isLowercaseWord(index), tagged.has(index, .titleStart), !NameFinder.isOrdinal(index - 1, tagged),
        let match = tagged.match(tagged.lexicon.titles, at: index, limit: limit)
      {
        // A title word before a kind noun describes what the noun names: `, a militant group`.
        let head = index + match.length
        if tagged.isLowercaseWord(head), tagged.has(head, .kindNoun) { return nil }
        // A title before a speech verb is the subject of a report of its own, no apposition:
        // `… met Lena Holt, the spokesman said`.
        if tagged.has(head, .speechVerb), opensClause(head) { return nil }
        return Found(range: index..<(index + match.length), kind: match.value.kind, isFormer: isFormer(before: index))
      }
      if tagged.has(index, [.preposition, .auxiliary, .modal]) && !tagged.isCapitalizedWord(index) { return nil }
      index += 1
    }
    return nil
  }

  /// The kind noun heading an appositive after the name ending before `end` (`, the militia`),
  /// or ending right before the comma before the name starting at `start` (`alliance, Sayirun`),
  /// unless it is the object of a preposition: the name is then in apposition to the phrase the
  /// preposition closes, of the kind of its head (`a spokeswoman for the union, Hanna Lirr`).
  func appositiveKind(start: Int, end: Int) -> Actor.Kind? {
    if start >= 2, tagged.has(start - 1, .comma), tagged.isLowercaseWord(start - 2), tagged.has(start - 2, .kindNoun) {
      guard let preposition = preposition(before: start - 2) else { return tagged.actorKind(ofKindNoun: start - 2) }
      return headKind(before: preposition)
    }
    // A verb after the comma closes an apposition before the name: `Naomi Fairley, told the court`;
    // a participle opens a clause of the sentence's subject (`… in Kastrup, saying her party …`).
    guard tagged.has(end, .comma), !opensClause(end + 1), !(tagged.isLowercaseWord(end + 1) && tagged.upos(end + 1) == .verb)
    else { return nil }
    var index = end + 1
    let limit = min(tagged.tokens.count, end + 8)
    while index < limit, !tagged.has(index, WordFlags.segmentBreak.union([.period, .terminal, .relative])) {
      // A product noun before another word modifies it: `, the phone company,`, `, a film director,`;
      // any kind noun before a noun does: `, a high school senior,`, `, the state news agency,`;
      // and one before `’s` owns the head (`, the country’s largest lender,` is no place).
      if tagged.isLowercaseWord(index), tagged.has(index, .kindNoun), !tagged.isPossessive(after: index + 1),
        tagged.infos[index].actorKind != .product || !tagged.isLowercaseWord(index + 1),
        !(tagged.isLowercaseWord(index + 1) && tagged.upos(index + 1) == .noun)
      {
        // A kind noun that a verb follows, right after the comma or before a speech verb, is the
        // subject of a clause of its own, no apposition: `in the village of Orbe, police said`,
        // `the hamlet of Drune, the fire service said`.
        let isSubject = opensClause(index + 1) && (index == end + 1 || tagged.has(index + 1, .speechVerb))
        return isSubject ? nil : tagged.actorKind(ofKindNoun: index)
      }
      if tagged.has(index, [.preposition, .auxiliary, .modal]) { return nil }
      index += 1
    }
    return nil
  }

  /// The preposition the noun at `noun` is the object of, past a determiner and an adjective:
  /// `for the union`, `of the national bank`.
  private func preposition(before noun: Int) -> Int? {
    var index = noun - 1
    if tagged.isLowercaseWord(index), tagged.upos(index) == .adj { index -= 1 }
    if tagged.isLowercaseWord(index), tagged.has(index, .determiner) { index -= 1 }
    return tagged.isLowercaseWord(index) && tagged.has(index, [.preposition, .locativePreposition]) ? index : nil
  }

  /// The kind of the head word right before `preposition`: a person for a title or role
  /// (`spokeswoman`), the kind of a kind noun (`the capital of …`).
  private func headKind(before preposition: Int) -> Actor.Kind? {
    let head = preposition - 1
    guard tagged.isLowercaseWord(head) else { return nil }
    if tagged.has(head, .titleStart), tagged.match(tagged.lexicon.titles, at: head, limit: head + 1) != nil {
      return .person
    }
    return tagged.has(head, .kindNoun) ? tagged.actorKind(ofKindNoun: head) : nil
  }

  /// Whether a verb follows the comma after a name, which then closes an apposition before it
  /// rather than opening one: `Tomas Brandt, a spokesman for Halvard, said the chief executive …`
  /// gives Halvard no title.
  private func opensClause(_ index: Int) -> Bool { tagged.isFiniteVerb(index) }

  private func isFormer(before first: Int) -> Bool {
    if first >= 2, tagged.has(first - 1, .hyphen), tagged.isWord(first - 2, "then") || tagged.isWord(first - 2, "ex") {
      return true
    }
    return first >= 1 && (tagged.isWord(first - 1, "former") || tagged.isWord(first - 1, "late"))
  }
}
