/// A case-insensitive table from words (byte strings) to values, looked up by a token's hash.
///
/// Keys are stored lower-cased (ASCII); lookups compare the token's bytes ignoring ASCII case.
public struct WordTable<Value: Sendable>: Sendable {
  private var slots: [Int32]
  private var hashes: [UInt32] = []
  private var keys: [[UInt8]] = []
  private var values: [Value] = []
  private var mask: Int

  /// Creates a table from `(word, value)` pairs; a later duplicate replaces an earlier one.
  public init<S: Sequence>(_ pairs: S) where S.Element == (String, Value) {
    let list = Array(pairs)
    var capacity = 16
    while capacity < list.count * 2 { capacity *= 2 }
    slots = Array(repeating: -1, count: capacity)
    mask = capacity - 1
    for (word, value) in list { insert(word, value) }
  }

  /// The number of words.
  public var count: Int { keys.count }

  private mutating func insert(_ word: String, _ value: Value) {
    let key = word.utf8.map { $0.asciiLowercased }
    var hash = FNV.offset
    for byte in key { hash = FNV.step(hash, byte) }
    var slot = Int(hash) & mask
    while slots[slot] >= 0 {
      let entry = Int(slots[slot])
      if hashes[entry] == hash && keys[entry] == key {
        values[entry] = value
        return
      }
      slot = (slot + 1) & mask
    }
    slots[slot] = Int32(keys.count)
    hashes.append(hash)
    keys.append(key)
    values.append(value)
  }

  /// The value for the word spelled by `token` in `text`, ignoring ASCII case.
  @inline(__always)
  public func value(for token: Token, in text: UnsafeBufferPointer<UInt8>) -> Value? {
    entry(for: token, in: text).map { values[$0] }
  }

  /// The number of the entry `token` spells (from 0 to `count - 1`), if any: a handle to store
  /// instead of the value when values are large and tokens many.
  @inline(__always)
  public func entry(for token: Token, in text: UnsafeBufferPointer<UInt8>) -> Int? {
    var slot = Int(token.hash) & mask
    while true {
      let entry = Int(slots[slot])
      if entry < 0 { return nil }
      if hashes[entry] == token.hash && Self.matches(keys[entry], text, token) { return entry }
      slot = (slot + 1) & mask
    }
  }

  /// The value of entry `entry` (see `entry(for:in:)`).
  public func value(atEntry entry: Int) -> Value { values[entry] }

  /// Whether the table holds the word spelled by `token`.
  @inline(__always)
  public func contains(_ token: Token, in text: UnsafeBufferPointer<UInt8>) -> Bool {
    value(for: token, in: text) != nil
  }

  /// The value for `word`, ignoring ASCII case (for tests and for words not in a token).
  public func value(forWord word: String) -> Value? {
    value(forBytes: word.utf8)
  }

  /// The value for `word`, ignoring ASCII case.
  public func value(forWord word: Substring) -> Value? {
    value(forBytes: word.utf8)
  }

  private func value<Bytes: Collection<UInt8>>(forBytes bytes: Bytes) -> Value? {
    var hash = FNV.offset
    for byte in bytes { hash = FNV.step(hash, byte.asciiLowercased) }
    var slot = Int(hash) & mask
    while true {
      let entry = Int(slots[slot])
      if entry < 0 { return nil }
      if hashes[entry] == hash && keys[entry].count == bytes.count
        && keys[entry].elementsEqual(bytes.lazy.map { $0.asciiLowercased })
      {
        return values[entry]
      }
      slot = (slot + 1) & mask
    }
  }

  @inline(__always)
  private static func matches(_ key: [UInt8], _ text: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
    let start = Int(token.start)
    guard key.count == Int(token.end) - start else { return false }
    for index in 0..<key.count {
      let byte = text[start + index]
      if byte.asciiLowercased != key[index] { return false }
    }
    return true
  }
}
