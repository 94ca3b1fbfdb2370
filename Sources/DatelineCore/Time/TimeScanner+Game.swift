/// Whether a text tells a game: there `the first half` and `the second half` are the game's
/// halves, not a year's (`Rovers were poor in the first half`, while `profit fell in the first
/// half` is the year's first half).
extension TimeScanner {
  /// Whether the tokens name a minute of play (`the 58th minute`), `half-time` or `halftime`,
  /// or `stoppage time` or `injury time`: words that tell a game and seldom anything else. The
  /// scanner reads up to its limit.
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
      index += 1
    }
    return false
  }

  /// Whether an ordinal stands right before `index`: `58th`, `23rd`, `first`.
  private func isOrdinalBefore(_ index: Int) -> Bool {
    if has(index - 1, .ordinal) { return true }
    return index >= 2 && isNumber(index - 2) && isAttached(index - 1) && isAnyWord(index - 1, "st", "nd", "rd", "th")
  }
}
