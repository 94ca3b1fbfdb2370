extension TimeExpression {
  /// Whether the expression names a vague past or future (`months ago`, `in the future`: `PAST_REF`,
  /// `FUTURE_REF`), which dates nothing but tells that its clause is not of the days around it.
  var isVaguePastOrFuture: Bool {
    guard case .reference(let reference) = value else { return false }
    return reference != .present
  }
}
