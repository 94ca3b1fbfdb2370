/// The perceptron weights laid out for branch-free scoring: a bucketed hash table from feature key
/// to row (four slots per bucket, compared with selects, no probing), and dense rows of
/// `UPOS.count` weights. Row 0 is all zeros and stands for every unknown feature.
struct WeightTable: Sendable {
  static let bucketSize = 4
  private let slots: [UInt64]
  private let bucketMask: Int
  /// `UPOS.count` weights per row.
  let rows: [Int16]

  /// A table of the features `keys` whose weights are `weights` (`UPOS.count` per key), the most
  /// important first: when a bucket is full, later features are left out.
  init(keys: [UInt32], weights: [Int16]) {
    var buckets = 1
    while buckets < keys.count { buckets <<= 1 }
    var slots = [UInt64](repeating: 0, count: buckets * Self.bucketSize)
    var rows = [Int16](repeating: 0, count: UPOS.count)
    rows.reserveCapacity((keys.count + 1) * UPOS.count)
    for (index, key) in keys.enumerated() {
      let base = (Int(key) & (buckets - 1)) * Self.bucketSize
      var free = base
      while free < base + Self.bucketSize && slots[free] != 0 { free += 1 }
      guard free < base + Self.bucketSize else { continue }
      slots[free] = UInt64(key) << 32 | UInt64(rows.count / UPOS.count)
      rows.append(contentsOf: weights[(index * UPOS.count)..<((index + 1) * UPOS.count)])
    }
    self.slots = slots
    self.bucketMask = buckets - 1
    self.rows = rows
  }

  /// The stored features in row order, each with its weights.
  var features: [(key: UInt32, weights: ArraySlice<Int16>)] {
    var keys = [UInt32](repeating: 0, count: count + 1)
    for slot in slots where slot != 0 { keys[Int(slot & 0xFFFF_FFFF)] = UInt32(truncatingIfNeeded: slot >> 32) }
    return (1..<keys.count).map { row in (keys[row], rows[(row * UPOS.count)..<((row + 1) * UPOS.count)]) }
  }

  /// The number of features stored.
  var count: Int { rows.count / UPOS.count - 1 }

  /// Calls `body` with raw views for the hot loop.
  @inline(__always)
  func withView<R>(_ body: (View) -> R) -> R {
    slots.withUnsafeBufferPointer { slots in
      rows.withUnsafeBufferPointer { rows in body(View(slots: slots.baseAddress!, rows: rows.baseAddress!, mask: bucketMask)) }
    }
  }

  /// Branch-free lookups, valid inside `withView`.
  struct View {
    let slots: UnsafePointer<UInt64>
    let rows: UnsafePointer<Int16>
    let mask: Int

    /// Adds the weights of feature `key` (none when unknown) to the scores of the first sixteen
    /// tags and of the last one (`X`).
    @inline(__always)
    func add(_ key: UInt32, to scores: inout SIMD16<Int32>, _ lastScore: inout Int32) {
      let bucket = slots + (Int(key) & mask) &* WeightTable.bucketSize
      var row: UInt64 = 0
      for slot in 0..<WeightTable.bucketSize {
        let entry = bucket[slot]
        row = UInt32(truncatingIfNeeded: entry >> 32) == key ? entry & 0xFFFF_FFFF : row
      }
      let weights = rows + Int(row) &* UPOS.count
      scores &+= SIMD16<Int32>(truncatingIfNeeded: UnsafeRawPointer(weights).loadUnaligned(as: SIMD16<Int16>.self))
      lastScore &+= Int32(weights[16])
    }
  }
}
