/// Ids filed under keys, each key's in the order they were filed and without repeats. A key's
/// first id is kept in the dictionary entry itself: only a key with more than one id holds a list,
/// so a key that names one actor costs no allocation of its own. Ids are kept in 32 bits (a
/// timeline's actors are far fewer than 2³¹): with 32-bit keys an entry takes 8 bytes, not 16.
struct KeyedIDs<Key: Hashable & Sendable>: Sendable {
  /// How an id is kept.
  typealias StoredID = Int32

  private var firstIDs: [Key: StoredID] = [:]
  /// The ids after the first, for keys with more than one.
  private var laterIDs: [Key: [StoredID]] = [:]

  /// Files `id` under `key`, unless it is there already.
  mutating func file(_ id: Int, under key: Key) {
    let stored = StoredID(truncatingIfNeeded: id)
    // One hash for a new key, the common case; an existing first id is put back.
    guard let first = firstIDs.updateValue(stored, forKey: key), first != stored else { return }
    firstIDs[key] = first
    Self.fileOnce(stored, in: &laterIDs[key, default: []])
  }

  private static func fileOnce(_ id: StoredID, in ids: inout [StoredID]) {
    if !ids.contains(id) { ids.append(id) }
  }

  /// The first id filed under `key`, in filing order, that `isWanted` accepts.
  func first(under key: Key, where isWanted: (Int) -> Bool) -> Int? {
    guard let first = firstIDs[key].map(Int.init) else { return nil }
    if isWanted(first) { return first }
    return laterIDs[key]?.first { isWanted(Int($0)) }.map(Int.init)
  }

  /// The ids filed under `key` that `isWanted` accepts, in filing order.
  func filter(under key: Key, _ isWanted: (Int) -> Bool) -> [Int] {
    guard let first = firstIDs[key].map(Int.init) else { return [] }
    var found = isWanted(first) ? [first] : []
    for id in laterIDs[key] ?? [] where isWanted(Int(id)) { found.append(Int(id)) }
    return found
  }
}
