/// The holders the text gives one office, in the order a reader meets them: the first one and
/// where the text first gives them the office, and where it first gives it to another.
struct OfficeHolders {
  private var first: Int
  private var firstAt: Int
  private var otherAt: Int?

  /// Holders of an office the text first gives `actor` at token `at`.
  init(actor: Int, at position: Int) {
    first = actor
    firstAt = position
  }

  /// Records that the text gives the office to `actor` at token `position`.
  mutating func file(_ actor: Int, at position: Int) {
    if actor == first {
      firstAt = min(firstAt, position)
    } else if position < firstAt {
      otherAt = firstAt
      first = actor
      firstAt = position
    } else {
      otherAt = min(otherAt ?? position, position)
    }
  }

  /// The one holder a mention of the office at token `index` names: the one the text has named
  /// before it, or the only one it names at all when it names none before. A reader knows only
  /// the holders met so far (`health minister Peter Vance` … `the minister` … later `junior
  /// health minister Ruth Adeyemi` leaves `the minister` Vance's).
  func sole(before index: Int) -> Int? {
    guard let otherAt else { return first }
    return firstAt < index && index < otherAt ? first : nil
  }
}
