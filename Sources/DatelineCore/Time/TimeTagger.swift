/// Finds temporal expressions in a text and normalizes them to TIMEX3 values.
public struct TimeTagger: Sendable {
  private let months: WordTable<Int>

  /// The tagger with the bundled lexicons.
  public static let standard = TimeTagger()

  /// Creates a tagger with the bundled lexicons.
  public init() {
    months = WordTable(BundledResources.lexicon("months").compactMap { entry in Int(entry.value).map { (entry.key, $0) } })
  }

  /// The temporal expressions of `analysis`, in text order, resolved against `reference` (or, when
  /// it is `nil`, against a reference time inferred from the text).
  public func tag(_ analysis: TextAnalysis, reference: ReferenceTime?) -> [TimeExpression] {
    let referenceYear = reference?.point.year
    var found: [TimeExpression] = []
    analysis.text.withUnsafeBufferPointer { text in
      let tokens = analysis.tokens
      var index = 0
      while index < tokens.count {
        let token = tokens[index]
        if token.kind == .word, let month = months.value(for: token, in: text) {
          var end = index
          if end + 1 < tokens.count, text[Int(tokens[end + 1].start)] == UInt8(ascii: "."), !tokens[end + 1].isSpaced {
            end += 1
          }
          var day: Int?
          var year: Int?
          if end + 1 < tokens.count, tokens[end + 1].kind == .number, let value = Self.number(tokens[end + 1], text) {
            if value >= 1 && value <= 31 && tokens[end + 1].length <= 2 {
              day = value
              end += 1
              if end + 2 < tokens.count, text[Int(tokens[end + 1].start)] == UInt8(ascii: ","),
                tokens[end + 2].kind == .number, tokens[end + 2].length == 4
              {
                year = Self.number(tokens[end + 2], text)
                end += 2
              }
            } else if tokens[end + 1].length == 4 {
              year = value
              end += 1
            }
          }
          if day == nil && year == nil && !token.isCapitalized { index += 1; continue }
          let resolvedYear = year ?? referenceYear
          let point = day.map { TimePoint.day(resolvedYear, month, $0) } ?? .month(resolvedYear, month)
          found.append(
            TimeExpression(
              range: Int(token.start)..<Int(tokens[end].end), kind: .date, value: .point(point),
              resolution: year == nil ? .yearFromReference : .explicit))
          index = end + 1
          continue
        }
        if token.kind == .number, token.length == 4, let value = Self.number(token, text), value >= 1900, value <= 2100,
          index + 1 >= tokens.count || tokens[index + 1].isSpaced || text[Int(tokens[index + 1].start)] != UInt8(ascii: "-")
        {
          found.append(TimeExpression(range: token.range, kind: .date, value: .point(.year(value))))
        }
        index += 1
      }
    }
    return found
  }

  private static func number(_ token: Token, _ text: UnsafeBufferPointer<UInt8>) -> Int? {
    guard token.length <= 9 else { return nil }
    var value = 0
    for offset in token.range { value = value * 10 + Int(text[offset] - 48) }
    return value
  }
}
