extension RandomAccessCollection {
  /// The index of the first element for which `isInSecondPart` holds, in a collection where it
  /// fails for every element before that one and holds for every element after (binary search);
  /// `endIndex` when it holds for none.
  @inlinable
  public func partitioningIndex(where isInSecondPart: (Element) throws -> Bool) rethrows -> Index {
    var low = startIndex
    var remaining = count
    while remaining > 0 {
      let half = remaining / 2
      let middle = index(low, offsetBy: half)
      if try isInSecondPart(self[middle]) {
        remaining = half
      } else {
        low = index(after: middle)
        remaining -= half + 1
      }
    }
    return low
  }
}
