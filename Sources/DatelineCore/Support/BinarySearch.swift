extension RandomAccessCollection {
  /// The index of the first element for which `belongs` is true, in a collection where every
  /// element for which it is false comes before every element for which it is true (`endIndex`
  /// when there is none): a binary search.
  @inlinable
  public func partitioningIndex(where belongs: (Element) throws -> Bool) rethrows -> Index {
    var low = startIndex
    var count = self.count
    while count > 0 {
      let half = count / 2
      let middle = index(low, offsetBy: half)
      if try belongs(self[middle]) {
        count = half
      } else {
        low = index(after: middle)
        count -= half + 1
      }
    }
    return low
  }
}
