/// Bare verbs read as nouns after a modal.
extension FiniteVerbRepair {
  /// Gives back their verb to words the tagger read as nouns right after a modal auxiliary (`will
  /// resume its service`, `could face charges`): only a verb stands there. A noun after the noun
  /// `will` keeps its tag (`a will signed in 2019`).
  func repairAfterModals(
    _ words: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32], tags: inout [UPOS],
    lemmas: inout [UInt16]
  ) {
    for index in words.dropFirst() where tags[index] == .noun {
      let before = index - 1
      guard tags[before] == .aux, isModal(bytes, Int(starts[before])..<Int(ends[before])) else { continue }
      let range = Int(starts[index])..<Int(ends[index])
      let lowered = FeatureHash.bytes(bytes, range, lower: true)
      tags[index] = .verb
      lemmas[index] = lemmatizer.rule(bytes, range, lowered: lowered, tag: .verb)
    }
  }

  /// Whether the word in `range` is a modal auxiliary (`will`, `would`, `can`, `could`, `may`,
  /// `might`, `shall`, `should`, `must`).
  private func isModal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    Self.modals.contains(FeatureHash.bytes(bytes, range, lower: true))
  }

  /// The hashes of the lower-cased modal auxiliaries.
  private static let modals: Set<UInt64> = Set(
    ["will", "would", "can", "could", "may", "might", "shall", "should", "must"].map(hash))
}
