/// Reads cardinal numbers written in digits or words: `3`, `19,000`, `2 1/2`, `twenty-four`,
/// `two hundred`, `one and a half`.
extension TimeScanner {
  /// A number at `index`: its value and the index after it.
  func cardinal(at index: Int) -> (value: Double, end: Int)? {
    if let value = digits(index) {
      if isThousandsGroup(index) { return nil }
      var end = index + 1
      var total = Double(value)
      while digitCount(index) <= 3, isThousandsGroup(end + 1), let group = digits(end + 1) {
        total = total * 1000 + Double(group)
        end += 2
      }
      if isMark(end, UInt8(ascii: ".")) && isAttached(end), isAttached(end + 1), let fraction = digits(end + 1) {
        total += Double(fraction) / pow10(digitCount(end + 1))
        end += 2
      } else if let (fraction, after) = fraction(at: end) {
        total += fraction
        end = after
      }
      return (total, end)
    }
    guard let first = value(index, .cardinal) else { return nil }
    var total = first
    var end = index + 1
    if first >= 20 && first < 100, let next = afterHyphen(end) ?? (end < limit ? end : nil),
      let unit = value(next, .cardinal), unit < 10, unit > 0
    {
      total += unit
      end = next + 1
    }
    while let scale = value(end, .cardinal), scale == 100 || scale == 1000 {
      total *= scale
      end += 1
    }
    if isWord(end, "and"), isWord(end + 1, "a"), isWord(end + 2, "half") {
      return (Double(total) + 0.5, end + 3)
    }
    return (Double(total), end)
  }

  /// Whether the number at `index` is the three digits after a thousands comma (`000` in `19,000`).
  private func isThousandsGroup(_ index: Int) -> Bool {
    index >= 2 && isNumber(index) && digitCount(index) == 3 && isAttached(index) && isMark(index - 1, UInt8(ascii: ","))
      && isAttached(index - 1) && isNumber(index - 2)
  }

  /// A spaced `1/2`, `1/4` or `3/4` at `index` (`2 1/2`), and the index after it.
  private func fraction(at index: Int) -> (Double, Int)? {
    guard isNumber(index), !isAttached(index), isMark(index + 1, UInt8(ascii: "/")), isAttached(index + 1), isAttached(index + 2),
      let numerator = digits(index), let denominator = digits(index + 2), denominator == 2 || denominator == 4,
      numerator > 0, numerator < denominator
    else { return nil }
    return (Double(numerator) / Double(denominator), index + 3)
  }

  private func pow10(_ count: Int) -> Double {
    var result = 1.0
    for _ in 0..<count { result *= 10 }
    return result
  }
}
