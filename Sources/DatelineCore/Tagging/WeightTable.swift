/// The perceptron weights laid out for branch-free scoring: a bucketed hash table from feature key
/// to row, and dense rows of `UPOS.count` weights. Row 0 is all zeros and stands for every unknown
/// feature.
///
/// A bucket is 32 bytes, half a cache line: four keys, then the row numbers of those keys. A lookup
/// compares the four keys at once and keeps the row number of the one that matches (none: row 0).
struct WeightTable: Sendable {
  static let bucketSize = 4
  /// Per bucket, `bucketSize` keys (0: empty) then their `bucketSize` row numbers.
  private let buckets: [UInt32]
  private let bucketMask: Int
  /// `UPOS.count` weights per row.
  let rows: [Int16]

  /// A table of the features `keys` whose weights are `weights` (`UPOS.count` per key), the most
  /// important first: when a bucket is full, later features are left out, as is a key given twice.
  init(keys: [UInt32], weights: [Int16]) {
    var count = 1
    while count < keys.count { count <<= 1 }
    let width = 2 * Self.bucketSize
    var buckets = [UInt32](repeating: 0, count: count * width)
    var rows = [Int16](repeating: 0, count: UPOS.count)
    rows.reserveCapacity((keys.count + 1) * UPOS.count)
    for (index, key) in keys.enumerated() {
      let base = (Int(key) & (count - 1)) * width
      var free = base
      while free < base + Self.bucketSize && buckets[free] != 0 && buckets[free] != key { free += 1 }
      guard free < base + Self.bucketSize, buckets[free] == 0 else { continue }
      buckets[free] = key
      buckets[free + Self.bucketSize] = UInt32(rows.count / UPOS.count)
      rows.append(contentsOf: weights[(index * UPOS.count)..<((index + 1) * UPOS.count)])
    }
    self.buckets = buckets
    self.bucketMask = count - 1
    self.rows = rows
  }

  /// The stored features in row order, each with its weights.
  var features: [(key: UInt32, weights: ArraySlice<Int16>)] {
    var keys = [UInt32](repeating: 0, count: count + 1)
    for base in stride(from: 0, to: buckets.count, by: 2 * Self.bucketSize) {
      for slot in base..<(base + Self.bucketSize) where buckets[slot] != 0 {
        keys[Int(buckets[slot + Self.bucketSize])] = buckets[slot]
      }
    }
    return (1..<keys.count).map { row in (keys[row], rows[(row * UPOS.count)..<((row + 1) * UPOS.count)]) }
  }

  /// The number of features stored.
  var count: Int { rows.count / UPOS.count - 1 }

  /// Calls `body` with raw views for the hot loop.
  @inline(__always)
  func withView<R>(_ body: (View) -> R) -> R {
    buckets.withUnsafeBufferPointer { buckets in
      rows.withUnsafeBufferPointer { rows in
        body(View(buckets: UnsafeRawPointer(buckets.baseAddress!), rows: rows.baseAddress!, mask: bucketMask))
      }
    }
  }

  /// Branch-free lookups, valid inside `withView`.
  struct View {
    let buckets: UnsafeRawPointer
    let rows: UnsafePointer<Int16>
    let mask: Int

    /// Adds the weights of feature `key` (none when unknown) to the scores of the first sixteen
    /// tags and of the last one (`X`).
    @inline(__always)
    func add(_ key: UInt32, to scores: inout SIMD16<Int32>, _ lastScore: inout Int32) {
      let bucket = buckets + (Int(key) & mask) &* (2 * WeightTable.bucketSize * MemoryLayout<UInt32>.size)
      let keys = bucket.loadUnaligned(as: SIMD4<UInt32>.self)
      let rowNumbers = bucket.loadUnaligned(fromByteOffset: 16, as: SIMD4<UInt32>.self)
      let matched = rowNumbers.replacing(with: 0, where: keys .!= SIMD4(repeating: key))
      let pair = matched.lowHalf | matched.highHalf
      let weights = rows + Int(pair[0] | pair[1]) &* UPOS.count
      scores &+= SIMD16<Int32>(truncatingIfNeeded: UnsafeRawPointer(weights).loadUnaligned(as: SIMD16<Int16>.self))
      lastScore &+= Int32(weights[16])
    }
  }
}
