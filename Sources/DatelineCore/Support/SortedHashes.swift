/// Sorted lists of 64-bit hashes of words, as event matching keeps the words of a clause or a
/// summary: two lists are compared in one pass.
enum SortedHashes {
  /// Whether the sorted lists `left` and `right` share at least `minimum` values.
  static func share(_ left: ArraySlice<UInt64>, _ right: ArraySlice<UInt64>, atLeast minimum: Int = 1) -> Bool {
    var found = 0
    var i = left.startIndex
    var j = right.startIndex
    while i < left.endIndex, j < right.endIndex {
      if left[i] == right[j] {
        found += 1
        if found >= minimum { return true }
        i += 1
        j += 1
      } else if left[i] < right[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return false
  }
}
