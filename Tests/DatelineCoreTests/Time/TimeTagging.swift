import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Tags one marked sentence: `[[…]]` marks the one expression expected.
struct TimeTagging {
  let text: String
  let expected: Range<Int>?
  let expressions: [TimeExpression]
  let analysis: TextAnalysis

  init(_ marked: String, reference: String? = "2021-11-09") {
    let input = MarkedText(marked)
    text = input.text
    expected = input.spans.first
    analysis = TextAnalysis(input.text)
    let point = reference.flatMap { TimePoint(timex: $0) }
    expressions = TimeTagger.standard.tag(analysis, reference: point.map { ReferenceTime(point: $0, source: .metadata) })
  }

  /// The expression with the marked span, if the tagger found it.
  var marked: TimeExpression? { expressions.first { $0.range == expected } }

  /// What the tagger found, for failure messages.
  var found: String {
    expressions.map { "[\(analysis.string($0.range))] \($0.kind.rawValue) \($0.value.timex)" }.joined(separator: "; ")
  }
}

/// Expects the marked expression with `value` (and `kind`, when given), resolved against
/// `reference`.
func expectTime(
  _ marked: String, _ value: String, _ kind: TimeExpression.Kind? = nil, reference: String? = "2021-11-09",
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let tagging = TimeTagging(marked, reference: reference)
  guard let expression = tagging.marked else {
    Issue.record("no expression at the marked span of “\(tagging.text)”; found: \(tagging.found)", sourceLocation: sourceLocation)
    return
  }
  #expect(expression.value.timex == value, "“\(tagging.text)”", sourceLocation: sourceLocation)
  if let kind { #expect(expression.kind == kind, "“\(tagging.text)”", sourceLocation: sourceLocation) }
}

/// Expects no temporal expression at all in `text`.
func expectNoTime(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let tagging = TimeTagging(text)
  #expect(tagging.expressions.isEmpty, "found: \(tagging.found)", sourceLocation: sourceLocation)
}
