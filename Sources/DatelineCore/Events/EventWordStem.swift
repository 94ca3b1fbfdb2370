/// Whether two event words share a stem, by their spelling: `resignation` and `resigned`,
/// `announcement` and `announced`, `vote` and `voted`, but not `strike` and `struck`.
enum EventWordStem {
  /// Whether `first` and `second` (lower case) begin with the same five letters, or one is a
  /// word of four letters or more at the start of the other.
  static func related(_ first: String, _ second: String) -> Bool {
    var shared = 0
    var left = first.utf8.makeIterator()
    var right = second.utf8.makeIterator()
    while let a = left.next(), let b = right.next(), a == b {
      shared += 1
      if shared == 5 { return true }
    }
    return shared >= 4 && (shared == first.utf8.count || shared == second.utf8.count)
  }
}
