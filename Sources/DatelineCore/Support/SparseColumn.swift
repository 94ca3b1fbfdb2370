/// Values by index, kept in pages of 4,096 made only when a value in them is set: an index never
/// set reads as the column's `missing` value, and a page of such indexes takes no memory. For
/// what only some of a long list's items have (the dated events of a text of undated ones).
struct SparseColumn<Element> {
  private static var pageShift: Int { 12 }
  private static var pageSize: Int { 1 << pageShift }

  /// The pages in order; an empty one was never set.
  private var pages: [[Element]] = []
  private let missing: Element

  /// A column where every index reads as `missing`.
  init(missing: Element) {
    self.missing = missing
  }

  /// The value at `index` (not negative), or `missing` when none was set.
  subscript(index: Int) -> Element {
    get {
      let page = index >> Self.pageShift
      guard page < pages.count, !pages[page].isEmpty else { return missing }
      return pages[page][index & (Self.pageSize - 1)]
    }
    set {
      let page = index >> Self.pageShift
      while pages.count <= page { pages.append([]) }
      if pages[page].isEmpty { pages[page] = Array(repeating: missing, count: Self.pageSize) }
      pages[page][index & (Self.pageSize - 1)] = newValue
    }
  }
}

extension SparseColumn: Sendable where Element: Sendable {}
