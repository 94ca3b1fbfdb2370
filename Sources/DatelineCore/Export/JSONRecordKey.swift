/// The coding keys of a record of the `json` export. `JSONTimeline` encodes and decodes its
/// records with them, and `JSONTimelineWriter` streams the same keys, so the field names are
/// written once.
protocol JSONRecordKey: CodingKey, CaseIterable, RawRepresentable where RawValue == String {
  /// The keys in the order they are written, worked out once.
  static var layout: JSONRecordLayout<Self> { get }
}

/// The order of a record's keys in the export: sorted, as `JSONEncoder` writes them with
/// `.sortedKeys`, and where the `type` member of a `jsonl` line goes among them.
struct JSONRecordLayout<Key: JSONRecordKey>: Sendable where Key: Sendable {
  /// The keys, sorted.
  let keys: [Key]
  /// The position in `keys` before which `type` is written.
  let typePosition: Int

  init() {
    keys = Key.allCases.sorted { $0.rawValue.utf8.lexicographicallyPrecedes($1.rawValue.utf8) }
    typePosition = keys.partitioningIndex { !$0.rawValue.utf8.lexicographicallyPrecedes("type".utf8) }
  }
}
