extension TaggedText {
  /// Whether the word at `index` opens its sentence as a present participle (`Speaking in
  /// Brussels on Thursday, he said …`): it tells what the main clause's subject was doing then,
  /// the same happening at the same time. A past participle tells an earlier state (`Founded in
  /// 1976, the company …`).
  func opensWithPresentParticiple(_ index: Int) -> Bool {
    upos(index) == .verb && endsWith(index, "ing") && isSentenceInitial(index)
  }
}
