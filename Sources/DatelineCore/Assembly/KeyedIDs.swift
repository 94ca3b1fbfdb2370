/// Ids filed under keys, each key's in the order they were filed and without repeats. A key's
/// first id is kept in the dictionary entry itself: only a key with more than one id has more,
/// and those are kept in one flat list for all keys, chained key by key, so that a key with a few
/// ids costs no allocation of its own (a list of ids for each took 48 bytes or more a key, 1 MB on
/// a text of 185,000 names that share 20,000 family names). Ids are kept in 32 bits (a
/// timeline's actors are far fewer than 2³¹): with 32-bit keys an entry takes 8 bytes, not 16.
/// An id larger than any filed before is added at its key's end without reading the key's ids:
/// ids are mostly filed as they are made, and reading them made filing 40,000 people of one
/// family name take time growing with the square of their number.
struct KeyedIDs<Key: Hashable & Sendable>: Sendable {
  /// How an id is kept.
  typealias StoredID = Int32

  /// An id after the first of its key, and the position in `later` of the next one (-1 for none).
  private struct Link: Sendable {
    var id: StoredID
    var next: Int32
  }

  /// The positions in `later` of a key's second id and of its last.
  private struct Chain: Sendable {
    var second: Int32
    var last: Int32
  }

  private var firstIDs: [Key: StoredID] = [:]
  /// For each key with more than one id, where its later ids begin and end in `later`.
  private var chainOf: [Key: Chain] = [:]
  private var later: [Link] = []
  /// The largest id filed so far, under any key.
  private var largest: StoredID = -1

  /// How many ids are kept after the first of their key, in the one list for all keys.
  var laterCount: Int { later.count }

  /// Files `id` under `key`, unless it is there already.
  mutating func file(_ id: Int, under key: Key) {
    let stored = StoredID(truncatingIfNeeded: id)
    let isNew = stored > largest
    largest = max(largest, stored)
    // One hash for a new key, the common case; an existing first id is put back.
    guard let first = firstIDs.updateValue(stored, forKey: key), first != stored else { return }
    firstIDs[key] = first
    let added = Int32(truncatingIfNeeded: later.count)
    guard var chain = chainOf[key] else {
      chainOf[key] = Chain(second: added, last: added)
      later.append(Link(id: stored, next: -1))
      return
    }
    if !isNew, holds(stored, from: chain.second) { return }
    later[Int(chain.last)].next = added
    later.append(Link(id: stored, next: -1))
    chain.last = added
    chainOf[key] = chain
  }

  /// Whether the chain of later ids that begins at `position` holds `id`.
  private func holds(_ id: StoredID, from position: Int32) -> Bool {
    var position = position
    while position >= 0 {
      if later[Int(position)].id == id { return true }
      position = later[Int(position)].next
    }
    return false
  }

  /// The first id filed under `key`, in filing order, that `isWanted` accepts.
  func first(under key: Key, where isWanted: (Int) -> Bool) -> Int? {
    guard let first = firstIDs[key].map(Int.init) else { return nil }
    if isWanted(first) { return first }
    var position = chainOf[key]?.second ?? -1
    while position >= 0 {
      let link = later[Int(position)]
      if isWanted(Int(link.id)) { return Int(link.id) }
      position = link.next
    }
    return nil
  }

  /// The ids filed under `key` that `isWanted` accepts, in filing order.
  func filter(under key: Key, _ isWanted: (Int) -> Bool) -> [Int] {
    guard let first = firstIDs[key].map(Int.init) else { return [] }
    var found = isWanted(first) ? [first] : []
    var position = chainOf[key]?.second ?? -1
    while position >= 0 {
      let link = later[Int(position)]
      if isWanted(Int(link.id)) { found.append(Int(link.id)) }
      position = link.next
    }
    return found
  }
}
