/// An open-addressing hash table from nonzero 32-bit keys to 32-bit values, in one flat array of
/// slots (key in the high half, value in the low half) so a lookup touches one cache line.
struct KeyTable: Sendable {
  private(set) var slots: [UInt64]
  private let mask: Int
  /// The number of keys stored.
  private(set) var count = 0

  /// An empty table with room for `capacity` keys at a load of at most one half.
  init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: 0, count: size)
    mask = size - 1
  }

  /// Stores `value` under `key` (nonzero), replacing any value there.
  mutating func insert(_ key: UInt32, _ value: UInt32) {
    var slot = Int(key) & mask
    while true {
      let stored = UInt32(truncatingIfNeeded: slots[slot] >> 32)
      if stored == 0 { count += 1 }
      if stored == 0 || stored == key {
        slots[slot] = UInt64(key) << 32 | UInt64(value)
        return
      }
      slot = (slot + 1) & mask
    }
  }

  /// The value under `key`, or `nil`.
  @inline(__always)
  func value(_ key: UInt32) -> UInt32? {
    slots.withUnsafeBufferPointer { Self.value(key, in: $0, mask: mask) }
  }

  /// Calls `body` with a view of the raw slots, for hot loops.
  @inline(__always)
  func withView<R>(_ body: (View) -> R) -> R {
    slots.withUnsafeBufferPointer { body(View(slots: $0, mask: mask)) }
  }

  /// Lookups on the raw slots of a table, valid inside `withView`.
  struct View {
    let slots: UnsafeBufferPointer<UInt64>
    let mask: Int

    /// The value under `key`, or `nil`.
    @inline(__always) func value(_ key: UInt32) -> UInt32? { KeyTable.value(key, in: slots, mask: mask) }
  }

  /// Every key and value, in slot order.
  var entries: [(key: UInt32, value: UInt32)] {
    slots.compactMap { slot in
      let key = UInt32(truncatingIfNeeded: slot >> 32)
      return key == 0 ? nil : (key, UInt32(truncatingIfNeeded: slot))
    }
  }

  @inline(__always)
  private static func value(_ key: UInt32, in slots: UnsafeBufferPointer<UInt64>, mask: Int) -> UInt32? {
    var slot = Int(key) & mask
    while true {
      let stored = slots[slot]
      let storedKey = UInt32(truncatingIfNeeded: stored >> 32)
      if storedKey == key { return UInt32(truncatingIfNeeded: stored) }
      if storedKey == 0 { return nil }
      slot = (slot + 1) & mask
    }
  }
}
