/// The past forms that do not end in `-ed` (`past-tense-verbs.txt`), with the forms a verb
/// prefix makes of them (`underwent`, `overcame`, `foresaw`, `outran`, `mistook`): a prefixed
/// verb keeps its root's past, and the tagger's data holds too few of them to know them.
enum IrregularPasts {
  /// The prefixes that make a verb of a verb and keep its past: `under`+`went`.
  static let prefixes = ["under", "over", "with", "fore", "out", "up", "mis", "re"]

  /// The pasts spelled as their base (`set`, `cut`, `cast`): prefixed, they are as often nouns or
  /// presents (`outset`, `output`, `forecast`, `upset`), so they make no past of their own.
  static let sameAsBase: Set<String> = [
    "beat", "bet", "bid", "broadcast", "burst", "cast", "cost", "cut", "forecast", "hit", "hurt", "let", "put", "quit",
    "set", "shed", "shut", "split", "spread", "upset",
  ]

  /// The auxiliaries of the past (`was`, `had`), which no prefix takes.
  static let auxiliaries: Set<String> = ["was", "were", "had", "did"]

  /// The listed forms.
  static let listed: [String] = BundledResources.lexicon("past-tense-verbs").map(\.key)

  /// The forms a prefix makes of the listed ones whose past differs from their base, that are not
  /// listed themselves.
  static let prefixed: [String] = {
    let known = Set(listed)
    let roots = listed.filter { !sameAsBase.contains($0) && !auxiliaries.contains($0) && $0.count >= 3 }
    return prefixes.flatMap { prefix in roots.map { prefix + $0 } }.filter { !known.contains($0) }
  }()

  /// All the irregular past forms, listed and prefixed.
  static let all: [String] = listed + prefixed
}
