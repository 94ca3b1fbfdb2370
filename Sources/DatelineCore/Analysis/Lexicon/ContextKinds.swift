/// The kinds an event word takes beside nouns of context classes (`strike` beside `miners` is a
/// protest, beside `earthquake` a disaster), from `event-triggers.txt`; the classes are numbered
/// by `event-contexts.txt`. At most four classes a word, packed in four bytes.
struct ContextKinds: Sendable, Hashable {
  /// One byte a class: its number plus one in the high nibble, the kind's place in
  /// `Event.Kind.allCases` in the low one; 0 for an empty slot.
  private var packed: UInt32 = 0

  /// The bit of class `name`, which every capitalized name belongs to (`the iPhone was released`).
  static let nameClass: UInt16 = 1

  /// How many context classes there may be: a class's number plus one fills a nibble.
  static let classLimit = 15

  /// Whether the word names no class.
  var isEmpty: Bool { packed == 0 }

  /// The classes the word names, as bits (class `n` is bit `n`).
  var classes: UInt16 {
    var result: UInt16 = 0
    for slot in 0..<4 {
      let byte = UInt8(truncatingIfNeeded: packed >> (slot * 8))
      if byte != 0 { result |= 1 << ((byte >> 4) - 1) }
    }
    return result
  }

  /// Adds the kind taken beside class `number` (0 to 14); a fifth class is ignored.
  mutating func add(class number: Int, kind: Event.Kind) {
    guard let place = Event.Kind.allCases.firstIndex(of: kind), number < Self.classLimit else { return }
    for slot in 0..<4 where UInt8(truncatingIfNeeded: packed >> (slot * 8)) == 0 {
      packed |= UInt32((number + 1) << 4 | place) << (slot * 8)
      return
    }
  }

  /// Whether the word takes `kind` beside some class (`strike` is an attack beside armed force).
  func gives(_ kind: Event.Kind) -> Bool {
    (0..<4).contains { slot in
      let byte = UInt8(truncatingIfNeeded: packed >> (slot * 8))
      return byte != 0 && Event.Kind.allCases[Int(byte & 0x0F)] == kind
    }
  }

  /// The kind taken beside a word of the classes `bits`: that of the first slot among them.
  func kind(beside bits: UInt16) -> Event.Kind? {
    for slot in 0..<4 {
      let byte = UInt8(truncatingIfNeeded: packed >> (slot * 8))
      guard byte != 0 else { return nil }
      if bits & (1 << ((byte >> 4) - 1)) != 0 { return Event.Kind.allCases[Int(byte & 0x0F)] }
    }
    return nil
  }
}
