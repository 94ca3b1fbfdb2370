/// Splits a paragraph's tokens into sentences at `.`, `!`, `?` and `…`, keeping abbreviations
/// (`Nov.`, `Gen.`, `U.S.`) and initials inside the sentence, unless a word that only opens a
/// sentence follows (`in the U.S. The company said`), or a person's name opens a clause after
/// one that may end a name or a place (`in the U.S. Jobs also noted`).
public struct SentenceSplitter: Sendable {
  private let abbreviations: WordTable<Bool>
  /// Pronouns, determiners, conjunctions, subordinators and prepositions: after an abbreviation,
  /// one of these capitalized starts a sentence, as no name or title goes on with it (`at 6:30
  /// a.m. By 8 a.m. …`); a preposition that joins the words of a name (`Dept. Of Energy`) does not.
  private let openers: WordTable<Bool>
  /// Abbreviations that may end a name or a place (`Inc.`, `Ltd.`, `Jr.`), after which a
  /// person's name may open a sentence; dotted initials of a country or body (`U.S.`) are such too.
  private let nameEnders: WordTable<Bool>
  private let givenNames: WordTable<Bool>

  /// The splitter with the bundled abbreviation lexicon.
  public static let standard = SentenceSplitter(
    abbreviations: BundledResources.lexicon("abbreviations").map { ($0.key, true) },
    nameEnders: BundledResources.lexicon("abbreviations").compactMap { $0.value == "name" ? $0.key : nil })

  /// Creates a splitter that does not end sentences after the given abbreviations.
  public init<S: Sequence>(abbreviations: S) where S.Element == String {
    self.init(abbreviations: abbreviations.map { ($0, true) }, nameEnders: [])
  }

  private init(abbreviations: [(String, Bool)], nameEnders: [String]) {
    self.abbreviations = WordTable(abbreviations)
    openers = WordTable(Self.openerWords().map { ($0, true) })
    self.nameEnders = WordTable(nameEnders.map { ($0, true) })
    givenNames = WordTable(BundledResources.lexicon("given-names").map { ($0.key, true) })
  }

  /// The words of the function-word lexicon that open sentences and never go on a name.
  private static func openerWords() -> [String] {
    let classes: Set<Substring> = ["det", "pron-person", "pron-group", "pron", "sub", "conj", "prep"]
    return BundledResources.lexicon("function-words").compactMap { entry in
      let own = entry.value.split(separator: " ")
      return own.contains(where: classes.contains) && !own.contains("connector") ? entry.key : nil
    }
  }

  /// The sentences of the document whose tokens and paragraphs are given; the paragraphs are
  /// numbered from `firstParagraph` (a block of a document starts inside it).
  public func sentences(
    text: UnsafeBufferPointer<UInt8>, tokens: [Token], paragraphs: [Range<Int>], firstParagraph: Int = 0
  ) -> [Sentence] {
    var sentences: [Sentence] = []
    var tokenIndex = 0
    var known: KnownSurnames?
    for (ordinal, range) in paragraphs.enumerated() {
      let paragraph = firstParagraph + ordinal
      while tokenIndex < tokens.count, Int(tokens[tokenIndex].start) < range.lowerBound { tokenIndex += 1 }
      var first = tokenIndex
      while tokenIndex < tokens.count, Int(tokens[tokenIndex].start) < range.upperBound {
        if let last = boundary(after: tokenIndex, text: text, tokens: tokens, limit: range.upperBound, known: &known)
          ?? listLineEnd(at: tokenIndex, text: text, tokens: tokens, limit: range.upperBound)
        {
          sentences.append(make(first...last, tokens, paragraph))
          tokenIndex = last + 1
          first = tokenIndex
        } else {
          tokenIndex += 1
        }
      }
      if first < tokenIndex { sentences.append(make(first...(tokenIndex - 1), tokens, paragraph)) }
    }
    return sentences
  }

  private func make(_ span: ClosedRange<Int>, _ tokens: [Token], _ paragraph: Int) -> Sentence {
    Sentence(
      tokens: span.lowerBound..<(span.upperBound + 1),
      range: Int(tokens[span.lowerBound].start)..<Int(tokens[span.upperBound].end),
      paragraph: paragraph)
  }

  /// When the token at `index` ends a sentence, the index of the sentence's last token (the mark
  /// plus any closing quotes and brackets after it). `known` holds the document's surnames once
  /// read.
  private func boundary(
    after index: Int, text: UnsafeBufferPointer<UInt8>, tokens: [Token], limit: Int, known: inout KnownSurnames?
  ) -> Int? {
    let token = tokens[index]
    guard token.kind == .punctuation, let mark = Self.terminator(token, text) else { return nil }
    var last = index
    while last + 1 < tokens.count, !tokens[last + 1].isSpaced,
      Int(tokens[last + 1].start) < limit, Self.isCloser(tokens[last + 1], text)
    {
      last += 1
    }
    guard last + 1 < tokens.count, Int(tokens[last + 1].start) < limit else { return last }
    let next = tokens[last + 1]
    guard next.isSpaced,
      next.isCapitalized || next.kind == .number || Self.isOpener(next, text) || next.isCamelCase(in: text)
    else {
      return nil
    }
    if mark == UInt8(ascii: "."), index > 0, isAbbreviation(before: index, text: text, tokens: tokens),
      next.length == 1 || !next.isCapitalized || openers.value(for: next, in: text) == nil,
      !endsClockTime(at: index, before: next, text: text, tokens: tokens),
      !endsName(at: index, next: last + 1, text: text, tokens: tokens, known: &known)
    {
      return nil
    }
    return last
  }

  /// The most bytes a line of a list or a heading may have: a wrapped line of prose is longer.
  private static let listLineLimit = 40

  /// `index` when the word there ends a short line without punctuation and the next line opens
  /// with a capital: the line is a heading or an item of a list (`Related topics` over `Interest
  /// rates`), not a wrapped line of a sentence, whose lines run longer; a line ending on a word
  /// that goes on (`the`, `of`, `and`) goes on.
  private func listLineEnd(at index: Int, text: UnsafeBufferPointer<UInt8>, tokens: [Token], limit: Int) -> Int? {
    let token = tokens[index]
    guard token.kind != .punctuation, index + 1 < tokens.count, Int(tokens[index + 1].start) < limit,
      tokens[index + 1].isCapitalized, openers.value(for: token, in: text) == nil,
      text[Int(token.end)..<Int(tokens[index + 1].start)].contains(0x0A)
    else { return nil }
    var lineStart = Int(token.start)
    while lineStart > 0, text[lineStart - 1] != 0x0A {
      lineStart -= 1
      if Int(token.end) - lineStart > Self.listLineLimit { return nil }
    }
    return index
  }

  /// Words that go on a clock time after its `a.m.` or `p.m.`: a day (`3 p.m. Monday`), a month
  /// or a time zone (`9 p.m. Eastern time`).
  private static let clockFollowers = WordTable(
    [
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu",
      "thurs", "fri", "sat", "sun", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
      "oct", "nov", "dec", "eastern", "pacific", "central", "mountain", "atlantic", "greenwich", "local", "today",
      "tomorrow", "yesterday",
    ].map { ($0, true) })

  /// Whether the full stop at `index` closes `a.m.` or `p.m.` and `next` is a capitalized word
  /// that goes on no clock time: no name follows a time of day, so a sentence starts (`Polls
  /// close at 9 p.m. Results are due`). An all-capitals word may be a time zone (`p.m. EST`).
  private func endsClockTime(at index: Int, before next: Token, text: UnsafeBufferPointer<UInt8>, tokens: [Token]) -> Bool {
    guard index >= 3, next.kind == .word, next.isCapitalized, next.length > 1,
      tokens[index - 1].length == 1, text[Int(tokens[index - 1].start)] | 0x20 == UInt8(ascii: "m"),
      tokens[index - 3].length == 1, text[Int(tokens[index - 2].start)] == UInt8(ascii: "."),
      case let hour = text[Int(tokens[index - 3].start)] | 0x20, hour == UInt8(ascii: "a") || hour == UInt8(ascii: "p")
    else {
      return false
    }
    let second = text[Int(next.start) + 1]
    let isAllCapitals = second >= UInt8(ascii: "A") && second <= UInt8(ascii: "Z")
    return !isAllCapitals && Self.clockFollowers.value(for: next, in: text) == nil
  }

  /// Whether the full stop at `index` closes an abbreviation that may end a name or a place
  /// (`U.S.`, `Inc.`, `Jr.`) and the capitalized word at `next` opens a clause: a person's name,
  /// a surname the document gave before or a given name and a surname, with a lower-case word
  /// after it (`in the U.S. Jobs also noted`, `stakes in Acme Inc. Karl Hoff said`); the name of
  /// a body or a title goes on from the abbreviation (`the U.S. Senate voted`, `U.S. President
  /// Joe Biden`).
  private func endsName(
    at index: Int, next: Int, text: UnsafeBufferPointer<UInt8>, tokens: [Token], known: inout KnownSurnames?
  ) -> Bool {
    let word = tokens[index - 1]
    let isDotted = word.length == 1 && word.isCapitalized && index >= 3 && tokens[index - 2].length == 1
      && text[Int(tokens[index - 2].start)] == UInt8(ascii: ".") && tokens[index - 3].length == 1
    guard isDotted || nameEnders.contains(word, in: text), tokens[next].kind == .word else { return false }
    var subject = next
    if givenNames.contains(tokens[next], in: text), next + 1 < tokens.count, tokens[next + 1].isCapitalized,
      tokens[next + 1].kind == .word, tokens[next + 1].isSpaced, !isOwnerOfTitle(endingAt: index - 1, text: text, tokens: tokens)
    {
      subject = next + 1
    } else {
      if known == nil { known = KnownSurnames(text: text, tokens: tokens, givenNames: givenNames) }
      guard known?.contains(tokens[next]) == true else { return false }
    }
    guard subject + 1 < tokens.count else { return false }
    let after = tokens[subject + 1]
    return after.kind == .word && after.isSpaced && !after.isCapitalized
  }

  /// Whether the name that ends at `last` follows `of`, so that it may close a title before a
  /// person's name (`former chief executive of Apple Inc. Steve Jobs has died`).
  private func isOwnerOfTitle(endingAt last: Int, text: UnsafeBufferPointer<UInt8>, tokens: [Token]) -> Bool {
    var start = last
    while start > 0, tokens[start - 1].kind == .word && tokens[start - 1].isCapitalized
      || tokens[start - 1].length == 1 && text[Int(tokens[start - 1].start)] == UInt8(ascii: ".")
    {
      start -= 1
    }
    guard start > 0, tokens[start - 1].length == 2, tokens[start - 1].kind == .word else { return false }
    let first = Int(tokens[start - 1].start)
    return text[first] == UInt8(ascii: "o") && text[first + 1] == UInt8(ascii: "f")
  }

  private func isAbbreviation(before index: Int, text: UnsafeBufferPointer<UInt8>, tokens: [Token]) -> Bool {
    let word = tokens[index - 1]
    guard word.kind == .word, Int(word.end) == Int(tokens[index].start) else { return false }
    // A unit written onto its number is no initial or abbreviation: `up to 36C. Organisers …`.
    if index >= 2, !word.isSpaced, tokens[index - 2].kind == .number { return false }
    if word.length == 1 && word.isCapitalized { return true }
    if index >= 2, !word.isSpaced, text[Int(tokens[index - 2].start)] == UInt8(ascii: ".") { return true }
    return abbreviations.contains(word, in: text)
  }

  private static func terminator(_ token: Token, _ text: UnsafeBufferPointer<UInt8>) -> UInt8? {
    let byte = text[Int(token.start)]
    if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") { return byte }
    if token.length == 3 && byte == 0xE2 && text[Int(token.start) + 1] == 0x80 && text[Int(token.start) + 2] == 0xA6 {
      return UInt8(ascii: ".")
    }
    return nil
  }

  private static func isCloser(_ token: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    let byte = text[Int(token.start)]
    if token.length == 1 { return byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") }
    return token.length == 3 && byte == 0xE2 && text[Int(token.start) + 1] == 0x80
      && (text[Int(token.start) + 2] == 0x9D || text[Int(token.start) + 2] == 0x99)
  }

  private static func isOpener(_ token: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    let byte = text[Int(token.start)]
    if token.length == 1 { return byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") }
    return token.length == 3 && byte == 0xE2 && text[Int(token.start) + 1] == 0x80
      && (text[Int(token.start) + 2] == 0x9C || text[Int(token.start) + 2] == 0x98)
  }
}
