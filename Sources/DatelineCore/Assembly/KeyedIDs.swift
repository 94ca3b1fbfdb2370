/// Ids filed under keys, each key's in the order they were filed and without repeats. A key's
/// first id is kept in the dictionary entry itself: only a key with more than one id holds a list,
/// so a key that names one actor costs no allocation of its own.
struct KeyedIDs<Key: Hashable & Sendable>: Sendable {
  private var firstIDs: [Key: Int] = [:]
  /// The ids after the first, for keys with more than one.
  private var laterIDs: [Key: [Int]] = [:]

  /// Files `id` under `key`, unless it is there already.
  mutating func file(_ id: Int, under key: Key) {
    // One hash for a new key, the common case; an existing first id is put back.
    guard let first = firstIDs.updateValue(id, forKey: key), first != id else { return }
    firstIDs[key] = first
    Self.fileOnce(id, in: &laterIDs[key, default: []])
  }

  private static func fileOnce(_ id: Int, in ids: inout [Int]) {
    if !ids.contains(id) { ids.append(id) }
  }

  /// The first id filed under `key`, in filing order, that `isWanted` accepts.
  func first(under key: Key, where isWanted: (Int) -> Bool) -> Int? {
    guard let first = firstIDs[key] else { return nil }
    if isWanted(first) { return first }
    return laterIDs[key]?.first(where: isWanted)
  }

  /// The ids filed under `key` that `isWanted` accepts, in filing order.
  func filter(under key: Key, _ isWanted: (Int) -> Bool) -> [Int] {
    guard let first = firstIDs[key] else { return [] }
    return (isWanted(first) ? [first] : []) + (laterIDs[key]?.filter(isWanted) ?? [])
  }
}
