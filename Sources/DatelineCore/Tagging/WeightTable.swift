/// The perceptron weights laid out for branch-free scoring: a bucketed hash table from feature key
/// to row, and rows of weights widened to 32 bits. Row 0 is all zeros and stands for every unknown
/// feature.
///
/// A bucket is 32 bytes, half a cache line: four keys, then the row numbers of those keys; a lookup
/// compares the four keys at once and keeps the row number of the one that matches (none: row 0).
/// A row holds the weights of the first sixteen tags in one aligned cache line (added with four
/// SIMD adds, no widening in the loop); the weights of the last tag (`X`) are a column of their own.
struct WeightTable: Sendable {
  static let bucketSize = 4
  /// Bytes of one bucket and of one row.
  private static let bucketBytes = 2 * bucketSize * MemoryLayout<UInt32>.size
  private static let rowBytes = 16 * MemoryLayout<Int32>.size
  private let storage: Storage
  private let bucketMask: Int
  /// The number of features stored.
  let count: Int

  /// A table of the features `keys` whose weights are `weights` (`UPOS.count` per key), the most
  /// important first: when a bucket is full, later features are left out, as is a key given twice.
  init(keys: [UInt32], weights: [Int16]) {
    var bucketCount = 1
    while bucketCount < keys.count { bucketCount <<= 1 }
    let width = 2 * Self.bucketSize
    // The buckets are filled in place: a copy of them (2 MB for the bundled model) was built first.
    let buckets = Storage.allocate(UInt32.self, bucketCount * width)
    buckets.initialize(repeating: 0, count: bucketCount * width)
    var kept: [Int] = []
    kept.reserveCapacity(keys.count)
    for (index, key) in keys.enumerated() {
      let base = (Int(key) & (bucketCount - 1)) * width
      var free = base
      while free < base + Self.bucketSize && buckets[free] != 0 && buckets[free] != key { free += 1 }
      guard free < base + Self.bucketSize, buckets[free] == 0 else { continue }
      buckets[free] = key
      buckets[free + Self.bucketSize] = UInt32(kept.count + 1)
      kept.append(index)
    }
    storage = Storage(buckets: buckets, rows: kept.count + 1)
    for (position, index) in kept.enumerated() {
      let row = storage.rows + (position + 1) * 16
      for tag in 0..<16 { row[tag] = Int32(weights[index * UPOS.count + tag]) }
      storage.last[position + 1] = Int32(weights[index * UPOS.count + 16])
    }
    bucketMask = bucketCount - 1
    count = kept.count
  }

  /// The stored features in row order, each with its `UPOS.count` weights.
  var features: [(key: UInt32, weights: [Int16])] {
    var keys = [UInt32](repeating: 0, count: count + 1)
    let width = 2 * Self.bucketSize
    for base in stride(from: 0, to: (bucketMask + 1) * width, by: width) {
      for slot in base..<(base + Self.bucketSize) where storage.buckets[slot] != 0 {
        keys[Int(storage.buckets[slot + Self.bucketSize])] = storage.buckets[slot]
      }
    }
    return (1..<keys.count).map { row in
      let weights = (0..<16).map { Int16(truncatingIfNeeded: storage.rows[row * 16 + $0]) }
      return (keys[row], weights + [Int16(truncatingIfNeeded: storage.last[row])])
    }
  }

  /// Calls `body` with raw views for the hot loop.
  @inline(__always)
  func withView<R>(_ body: (View) -> R) -> R {
    withExtendedLifetime(storage) {
      body(
        View(
          buckets: UnsafeRawPointer(storage.buckets), rows: UnsafeRawPointer(storage.rows),
          last: storage.last, mask: bucketMask))
    }
  }

  /// Branch-free lookups, valid inside `withView`.
  struct View {
    let buckets: UnsafeRawPointer
    let rows: UnsafeRawPointer
    let last: UnsafePointer<Int32>
    let mask: Int

    /// Adds the weights of feature `key` (none when unknown) to the scores of the first sixteen
    /// tags and of the last one (`X`).
    @inline(__always)
    func add(_ key: UInt32, to scores: inout SIMD16<Int32>, _ lastScore: inout Int32) {
      let bucket = buckets + (Int(key) & mask) &* WeightTable.bucketBytes
      let keys = bucket.load(as: SIMD4<UInt32>.self)
      let rowNumbers = bucket.load(fromByteOffset: 16, as: SIMD4<UInt32>.self)
      let matched = rowNumbers.replacing(with: 0, where: keys .!= SIMD4(repeating: key))
      let pair = matched.lowHalf | matched.highHalf
      let row = Int(pair[0] | pair[1])
      scores &+= (rows + row &* WeightTable.rowBytes).load(as: SIMD16<Int32>.self)
      lastScore &+= last[row]
    }
  }

  /// The table's memory, aligned to cache lines and never changed after `init`.
  private final class Storage: @unchecked Sendable {
    let buckets: UnsafeMutablePointer<UInt32>
    /// Sixteen weights per row.
    let rows: UnsafeMutablePointer<Int32>
    /// The weight of the last tag, per row.
    let last: UnsafeMutablePointer<Int32>

    /// Storage that takes over `buckets` (made by `allocate`) and has `rows` rows of zeros.
    init(buckets: UnsafeMutablePointer<UInt32>, rows: Int) {
      self.buckets = buckets
      self.rows = Self.allocate(Int32.self, rows * 16)
      self.rows.initialize(repeating: 0, count: rows * 16)
      last = Self.allocate(Int32.self, rows)
      last.initialize(repeating: 0, count: rows)
    }

    deinit {
      buckets.deallocate()
      rows.deallocate()
      last.deallocate()
    }

    /// Memory for `count` values aligned to a cache line, to be freed by the storage.
    static func allocate<T>(_ type: T.Type, _ count: Int) -> UnsafeMutablePointer<T> {
      UnsafeMutableRawPointer.allocate(byteCount: max(count, 1) * MemoryLayout<T>.stride, alignment: 64)
        .bindMemory(to: T.self, capacity: max(count, 1))
    }
  }
}
