/// Read access to the tokens of one sentence for the time rules: word readings, numbers,
/// punctuation and fixed words, all on bytes.
struct TimeScanner {
  let text: UnsafeBufferPointer<UInt8>
  let tokens: UnsafeBufferPointer<Token>
  /// What the lexicon says about each token (looked up once per text).
  let entries: UnsafeBufferPointer<TimeWordEntry>
  /// The lexicon's readings, indexed by `TimeWordEntry.senses`.
  let readings: UnsafeBufferPointer<TimeSenses>
  /// One past the last token the rules may read (the end of the sentence).
  var limit: Int
  /// Whether the whole text tells a game (`tellsAGame()`), so that its halves are the game's.
  var isAboutAGame = false

  /// The readings of the word at `index`, if it is a word the lexicon knows.
  @inline(__always)
  func senses(_ index: Int) -> TimeSenses? {
    guard index < limit else { return nil }
    let entry = Int(entries[index].senses)
    return entry < 0 ? nil : readings[entry]
  }

  /// Whether the token at `index` is a word the lexicon knows.
  @inline(__always)
  func isKnown(_ index: Int) -> Bool { index < limit && entries[index].senses >= 0 }

  /// The value of the reading with `role` of the word at `index`.
  @inline(__always)
  func value(_ index: Int, _ role: TimeWordRole) -> Int? { senses(index)?.value(role) }

  /// Whether the word at `index` has a reading with `role`.
  @inline(__always)
  func has(_ index: Int, _ role: TimeWordRole) -> Bool { senses(index)?.has(role) ?? false }

  /// The value of the digits at `index` (up to nine of them).
  @inline(__always)
  func digits(_ index: Int) -> Int? {
    guard index < limit, tokens[index].kind == .number, tokens[index].length <= 9 else { return nil }
    var value = 0
    for offset in tokens[index].range { value = value * 10 + Int(text[offset] &- 48) }
    return value
  }

  /// Whether the token at `index` is a run of digits.
  @inline(__always)
  func isNumber(_ index: Int) -> Bool { index < limit && tokens[index].kind == .number }

  /// Whether the token at `index` is a word.
  @inline(__always)
  func isWordToken(_ index: Int) -> Bool { index < limit && tokens[index].kind == .word }

  /// The number of digits of the number at `index`.
  func digitCount(_ index: Int) -> Int { tokens[index].length }

  /// Whether the token at `index` is the punctuation mark `mark`.
  @inline(__always)
  func isMark(_ index: Int, _ mark: UInt8) -> Bool {
    index < limit && tokens[index].kind == .punctuation && text[Int(tokens[index].start)] == mark
  }

  /// Whether the token at `index` touches the one before it (no space between).
  @inline(__always)
  func isAttached(_ index: Int) -> Bool { index < limit && !tokens[index].isSpaced }

  /// Whether a possessive `'s` (or `’s`) is written onto the token before `apostrophe`
  /// (`Wednesday's ruling`).
  func isPossessive(at apostrophe: Int) -> Bool {
    guard isAttached(apostrophe), tokens[apostrophe].kind == .punctuation, isWord(apostrophe + 1, "s"), isAttached(apostrophe + 1)
    else { return false }
    return isMark(apostrophe, UInt8(ascii: "'")) || tokens[apostrophe].length == 3
  }

  /// Whether the token at `index` is `word` (ASCII, compared ignoring case). Inlined, so that
  /// the literal's length and bytes are constants.
  @inline(__always)
  func isWord(_ index: Int, _ word: StaticString) -> Bool {
    guard index < limit, tokens[index].kind == .word, tokens[index].length == word.utf8CodeUnitCount else { return false }
    let start = Int(tokens[index].start)
    let bytes = word.utf8Start
    for offset in 0..<word.utf8CodeUnitCount {
      let byte = text[start + offset]
      let folded = byte.asciiLowercased
      if folded != bytes[offset] { return false }
    }
    return true
  }

  /// Whether the token at `index` is one of the words. The short lists, which most rules use,
  /// have overloads of their own so that no array is built for them.
  @inline(__always)
  func isAnyWord(_ index: Int, _ a: StaticString, _ b: StaticString) -> Bool {
    isWord(index, a) || isWord(index, b)
  }

  /// Whether the token at `index` is one of the words.
  @inline(__always)
  func isAnyWord(_ index: Int, _ a: StaticString, _ b: StaticString, _ c: StaticString) -> Bool {
    isWord(index, a) || isWord(index, b) || isWord(index, c)
  }

  /// Whether the token at `index` is one of the words.
  @inline(__always)
  func isAnyWord(_ index: Int, _ a: StaticString, _ b: StaticString, _ c: StaticString, _ d: StaticString) -> Bool {
    isWord(index, a) || isWord(index, b) || isWord(index, c) || isWord(index, d)
  }

  /// Whether the token at `index` is one of the words.
  @inline(__always)
  func isAnyWord(
    _ index: Int, _ a: StaticString, _ b: StaticString, _ c: StaticString, _ d: StaticString, _ e: StaticString
  ) -> Bool {
    isWord(index, a) || isWord(index, b) || isWord(index, c) || isWord(index, d) || isWord(index, e)
  }

  /// Whether the token at `index` is one of the words.
  @inline(__always)
  func isAnyWord(
    _ index: Int, _ a: StaticString, _ b: StaticString, _ c: StaticString, _ d: StaticString, _ e: StaticString,
    _ f: StaticString
  ) -> Bool {
    isWord(index, a) || isWord(index, b) || isWord(index, c) || isWord(index, d) || isWord(index, e) || isWord(index, f)
  }

  /// Whether the token at `index` is one of `words`.
  @inline(__always)
  func isAnyWord(_ index: Int, _ words: StaticString...) -> Bool {
    guard index < limit, tokens[index].kind == .word else { return false }
    for word in words where isWord(index, word) { return true }
    return false
  }

  /// Whether the token at `index` is a capitalized word.
  func isCapitalized(_ index: Int) -> Bool { index < limit && tokens[index].isCapitalized }

  /// The index after an optional `.` attached to the token before `index` (`Nov.`, `a.m.`).
  func skippingPeriod(_ index: Int) -> Int {
    isMark(index, UInt8(ascii: ".")) && isAttached(index) ? index + 1 : index
  }

  /// The index after a hyphen (or dash) at `index`, if there is one.
  func afterHyphen(_ index: Int) -> Int? {
    guard index < limit else { return nil }
    if isMark(index, UInt8(ascii: "-")) { return index + 1 }
    let token = tokens[index]
    if token.kind == .punctuation && token.length == 3 && text[Int(token.start)] == 0xE2 && text[Int(token.start) + 1] == 0x80
      && (text[Int(token.start) + 2] == 0x93 || text[Int(token.start) + 2] == 0x90 || text[Int(token.start) + 2] == 0x91)
    {
      return index + 1
    }
    return nil
  }
}
