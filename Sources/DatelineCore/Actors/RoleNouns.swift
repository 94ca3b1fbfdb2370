/// The common noun a text uses after `the` for someone it first names with a title written before
/// the name: `the judge` for `Justice Miriam Cole` or `Judge Ana Ruiz`, `the senator` for `Sen.
/// Tom Price`. Only titles that name one person's post in a story are listed, and each keeps to
/// its own noun (no `the official` for a minister): a story with two judges leaves `the judge` to
/// no one.
enum RoleNouns {
  /// Title word (lowercased, as written before a name) → the role noun that names its bearer.
  private static let nounOfTitle: [String: String] = [
    "judge": "judge", "justice": "judge",
    "minister": "minister",
    "coach": "coach",
    "prosecutor": "prosecutor",
    "senator": "senator", "sen": "senator",
    "governor": "governor", "gov": "governor",
    "mayor": "mayor",
    "professor": "professor", "prof": "professor",
    "detective": "detective",
    "sheriff": "sheriff",
  ]

  /// The role noun for the title word `word`, and the case-folded hash of that noun as the
  /// tokenizer computes it.
  static func noun(forTitle word: String) -> (noun: String, hash: UInt32)? {
    guard let noun = nounOfTitle[word.lowercased()] else { return nil }
    return (noun, noun.utf8.reduce(FNV.offset) { FNV.step($0, $1) })
  }
}
