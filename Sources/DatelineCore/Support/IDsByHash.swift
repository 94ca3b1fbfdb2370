/// Ids filed under 64-bit hashes in one flat list, sorted by hash once all are filed: 16 bytes an
/// entry, where a dictionary of arrays takes a bucket and an array allocation a key.
struct IDsByHash {
  private var entries: [(hash: UInt64, id: Int32)] = []

  /// An empty list.
  init() {}

  /// Files `id` under `hash`.
  mutating func file(_ id: Int, under hash: UInt64) {
    entries.append((hash, Int32(truncatingIfNeeded: id)))
  }

  /// Sorts the entries for `ids(under:)`; call it once everything is filed.
  mutating func sort() {
    entries.sort { ($0.hash, $0.id) < ($1.hash, $1.id) }
  }

  /// The ids filed under `hash`, in increasing order (repeats kept), once the list is sorted.
  func ids(under hash: UInt64) -> [Int] {
    var index = entries.partitioningIndex { $0.hash >= hash }
    var ids: [Int] = []
    while index < entries.count, entries[index].hash == hash {
      ids.append(Int(entries[index].id))
      index += 1
    }
    return ids
  }
}
