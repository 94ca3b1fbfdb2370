/// Whether a text tells a game: there `the first half` and `the second half` are the game's
/// halves, not a year's (`Rovers were poor in the first half`, while `profit fell in the first
/// half` is the year's first half).
extension TimeScanner {
  /// Whether the tokens name a minute of play (`the 58th minute`), `half-time` or `halftime`,
  /// `stoppage time` or `injury time`, or a game's score by its result (`a 2-1 win`, `the 0-3
  /// defeat`, `beat Carlow 2-1`, `won 3-0`): words that tell a game and seldom anything else. The scanner reads up to its limit.
  func tellsAGame() -> Bool {
    var index = 1
    while index < limit {
      switch tokens[index].length {
      case 6:
        if isWord(index, "minute"), isOrdinalBefore(index) { return true }
      case 4:
        if isWord(index, "time"), isAnyWord(index - 1, "stoppage", "injury") { return true }
        if isWord(index, "time"), isMark(index - 1, UInt8(ascii: "-")), isWord(index - 2, "half") { return true }
      case 8:
        if isWord(index, "halftime") { return true }
      default: break
      }
      if tokens[index].kind == .number, isScore(endingAt: index),
        isAnyWord(index + 1, "win", "victory", "defeat", "draw", "loss", "thrashing") || followsResultVerb(index - 2)
      {
        return true
      }
      index += 1
    }
    return false
  }

  /// Whether the number at `index` ends a score (`2-1`, `0–3`): two short numbers joined by a
  /// hyphen or dash, written without spaces.
  func isScore(endingAt index: Int) -> Bool {
    guard index >= 2, index < limit, digitCount(index) <= 2, isAttached(index), isAttached(index - 1), isNumber(index - 2),
      digitCount(index - 2) <= 2, tokens[index - 1].kind == .punctuation
    else { return false }
    return isMark(index - 1, UInt8(ascii: "-")) || tokens[index - 1].length == 3
  }

  /// Whether a verb of a game's result stands right before the score starting at `start`, or
  /// before the one or two names of the side beaten (`won 3-0`, `beat Carlow Athletic 2-1`).
  private func followsResultVerb(_ start: Int) -> Bool {
    guard start >= 1 else { return false }
    if isAnyWord(start - 1, "won", "lost", "drew", "led", "trailed") { return true }
    var index = start - 1
    while index > max(0, start - 3), isCapitalized(index) { index -= 1 }
    return index < start - 1 && isAnyWord(index, "beat", "beating", "thrashed", "defeated")
  }

  /// Whether an ordinal stands right before `index`: `58th`, `23rd`, `first`.
  private func isOrdinalBefore(_ index: Int) -> Bool {
    if has(index - 1, .ordinal) { return true }
    return index >= 2 && isNumber(index - 2) && isAttached(index - 1) && isAnyWord(index - 1, "st", "nd", "rd", "th")
  }
}
