/// The list helpers of event matching: shared actors, shared summary words, ids without repeats.
extension EventMerger {
  /// Whether two actor lists share an id.
  static func sharesActor(_ left: some Collection<Int>, _ right: some Collection<Int>) -> Bool {
    isAny(of: left, in: right)
  }

  /// Whether two actor lists share an actor that is not the main one (the first) of both:
  /// `Apple released the iPhone` and `Apple released its results` share only their subject.
  static func sharesSecondActor(_ left: some Collection<Int>, _ right: some Collection<Int>) -> Bool {
    isAny(of: left.dropFirst(), in: right) || isAny(of: right.dropFirst(), in: left)
  }

  /// Whether any of `items` is in `list`.
  static func isAny(of items: some Collection<Int>, in list: some Collection<Int>) -> Bool {
    guard isLong(items, list) else { return items.contains { list.contains($0) } }
    let set = Set(list)
    return items.contains { set.contains($0) }
  }

  /// Whether all of `items` are in `list`.
  static func isAll(of items: some Collection<Int>, in list: some Collection<Int>) -> Bool {
    guard isLong(items, list) else { return items.allSatisfy { list.contains($0) } }
    let set = Set(list)
    return items.allSatisfy { set.contains($0) }
  }

  /// Whether two actor lists are compared through a set of `list`: reading it for each of
  /// `items` takes time growing with their product, and one event may name thousands of actors
  /// (a day of many meetings told alike); a few items are cheaper read one by one.
  private static func isLong(_ items: some Collection<Int>, _ list: some Collection<Int>) -> Bool {
    items.count > 4 && items.count &* list.count > 4096
  }

  /// The words of four letters or more of a summary, lower-cased and hashed (FNV-1a, 64 bits),
  /// sorted and without repeats: two summaries that share two of them tell of the same thing.
  static func words(of summary: SharedText) -> [UInt64] {
    var words: [UInt64] = []
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var length = 0
    summary.withUTF8 { bytes in
      for position in 0...bytes.count {
        let byte = position < bytes.count ? bytes[position] : 0x20
        let lower = byte.asciiLowercased
        if (lower >= 0x61 && lower <= 0x7A) || byte >= 0x80 {
          hash = (hash ^ UInt64(lower)) &* 0x100_0000_01b3
          length += 1
        } else {
          if length >= 4 { words.append(hash) }
          hash = 0xcbf2_9ce4_8422_2325
          length = 0
        }
      }
    }
    words.sort()
    var unique: [UInt64] = []
    unique.reserveCapacity(words.count)
    for word in words where unique.last != word { unique.append(word) }
    return unique
  }

  /// `ids` without repeats, in order; short lists (an event's actors) are searched, not hashed.
  static func unique(_ ids: [Int]) -> [Int] {
    if ids.count < 2 { return ids }
    if ids.count <= 16 {
      var result: [Int] = []
      result.reserveCapacity(ids.count)
      for id in ids where !result.contains(id) { result.append(id) }
      return result
    }
    var seen = Set<Int>()
    return ids.filter { seen.insert($0).inserted }
  }
}
