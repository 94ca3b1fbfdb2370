/// Whether two event words share a stem, by their spelling: `resignation` and `resigned`,
/// `announcement` and `announced`, `vote` and `voted`, a noun and the verb it is made from
/// (`ruling` and `rule`, `decision` and `decide`, `approval` and `approve`), but not `strike`
/// and `struck`.
enum EventWordStem {
  /// Whether `first` and `second` (lower case) begin with the same five letters, or one is a
  /// word of four letters or more at the start of the other, or both leave the same stem of three
  /// letters or more without a verb's or a noun's ending (`rul|e`, `rul|ing`; `deci|de`,
  /// `deci|sion`), not one word whole (`act`, `action`).
  static func related(_ first: String, _ second: String) -> Bool {
    var shared = 0
    var left = first.utf8.makeIterator()
    var right = second.utf8.makeIterator()
    while let a = left.next(), let b = right.next(), a == b {
      shared += 1
      if shared == prefixLength { return true }
    }
    if shared >= 4 && (shared == first.utf8.count || shared == second.utf8.count) { return true }
    guard shared >= Self.shortestStem else { return false }
    let firstStems = stems(Array(first.utf8))
    return stems(Array(second.utf8)).contains { firstStems.contains($0) }
  }

  /// How many first letters two forms of one word share, whatever their endings (`worker` and
  /// `workers`, `closed` and `close`).
  static let prefixLength = 5

  /// The fewest letters a stem left by an ending may have.
  private static let shortestStem = 3

  /// The endings that make a noun of a verb (`-ing`, `-ion`, `-sion`, `-ation`, `-ment`, `-al`,
  /// `-ure`) and the verb endings they replace (`-e`, `-de`: `decide`, `decision`).
  private static let endings: [[UInt8]] = ["ation", "ition", "sion", "tion", "ment", "ing", "ion", "ure", "al", "de", "e"]
    .map { Array($0.utf8) }

  /// What is left of the word without each ending it has, when three letters or more.
  private static func stems(_ word: [UInt8]) -> [ArraySlice<UInt8>] {
    var found: [ArraySlice<UInt8>] = []
    for ending in endings where word.count - ending.count >= shortestStem && word.suffix(ending.count).elementsEqual(ending) {
      found.append(word.dropLast(ending.count))
    }
    return found
  }
}
