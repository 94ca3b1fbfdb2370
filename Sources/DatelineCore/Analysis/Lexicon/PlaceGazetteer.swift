/// The place gazetteer of `Resources/lexicons/places.txt`: GeoNames countries, regions, cities
/// and towns of 15,000+ people (see `scripts/generate-places.py`). Built on first use straight from the
/// bundled bytes, with no string per entry; a lookup hashes a name's word tokens, which the
/// tokenizer has already hashed, and compares bytes only on a hash hit.
struct PlaceGazetteer: Sendable {
  /// What kind of place a name is.
  enum Kind: UInt8, Sendable {
    /// A country, or a common English name of one (`Ivory Coast`).
    case country
    /// A first-level region: a US state, a province, a Land.
    case region
    /// A city of 100,000 people or more.
    case city
    /// A city of 15,000 to 100,000 people: one-word names of these are often surnames too.
    case town
  }

  /// A name's hash, where its bytes are in the source, and its kind, in 16 bytes.
  private struct Entry: Sendable {
    var hash: UInt64
    var nameStart: Int32
    var nameLength: UInt16
    var kind: Kind
  }

  /// The gazetteer's text, read in place: the bundled one is a literal compiled into the binary,
  /// and a copy of its bytes took 800 KB.
  private let source: String
  private let entries: [Entry]
  private let slots: [Int32]
  private let mask: Int

  /// The bundled gazetteer, read the first time it is used.
  static let standard = PlaceGazetteer(BundledResources.text("lexicons/places.txt") ?? "")

  /// The number of names.
  var count: Int { entries.count }

  /// Reads a gazetteer in the format of `places.txt`: `name = kind CC` lines, `#` comments.
  init(_ source: String) {
    var source = source
    source.makeContiguousUTF8()
    let entries = source.withUTF8(Self.entries(in:))
    var capacity = 16
    while capacity < entries.count * 2 { capacity *= 2 }
    var slots = [Int32](repeating: -1, count: capacity)
    for (index, entry) in entries.enumerated() {
      var slot = Int(truncatingIfNeeded: entry.hash) & (capacity - 1)
      while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
      slots[slot] = Int32(index)
    }
    self.source = source
    self.entries = entries
    self.slots = slots
    mask = capacity - 1
  }

  /// The kind of place named by exactly the word tokens in `range` (punctuation between them is
  /// ignored, as in `St. Louis`), or `nil` when the gazetteer does not hold the name.
  func kind(of range: Range<Int>, tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> Kind? {
    var hash = Self.nameSeed
    var words = 0
    for index in range {
      switch tokens[index].kind {
      case .word:
        hash = Self.combine(hash, tokens[index].hash)
        words += 1
      case .number: return nil
      case .punctuation: continue
      }
    }
    guard words > 0 else { return nil }
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let index = Int(slots[slot])
      if index < 0 { return nil }
      let entry = entries[index]
      if entry.hash == hash, spells(entry, range, tokens, text) { return entry.kind }
      slot = (slot + 1) & mask
    }
  }

  private static let nameSeed: UInt64 = 0xcbf2_9ce4_8422_2325

  @inline(__always)
  private static func combine(_ hash: UInt64, _ word: UInt32) -> UInt64 {
    (hash ^ UInt64(word)) &* 0x0000_0100_0000_01B3
  }

  /// A byte of a word as the tokenizer reads names: an ASCII letter or part of a non-ASCII letter
  /// (the generator keeps only names whose other characters are spaces, `-`, `.` and `'`).
  @inline(__always)
  private static func isWordByte(_ byte: UInt8) -> Bool {
    byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
  }

  private static func entries(in bytes: UnsafeBufferPointer<UInt8>) -> [Entry] {
    var entries: [Entry] = []
    entries.reserveCapacity(bytes.count / 20)
    var lineStart = 0
    while lineStart < bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
      if let entry = entry(bytes, lineStart, lineEnd) { entries.append(entry) }
      lineStart = lineEnd + 1
    }
    return entries
  }

  private static func entry(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Entry? {
    guard start < end, bytes[start] != UInt8(ascii: "#") else { return nil }
    var equals = start
    while equals < end, bytes[equals] != UInt8(ascii: "=") { equals += 1 }
    guard equals < end else { return nil }
    var hash = nameSeed
    var word = FNV.offset
    var inWord = false
    for position in start..<equals {
      let byte = bytes[position]
      if isWordByte(byte) {
        word = FNV.step(inWord ? word : FNV.offset, byte.asciiLowercased)
        inWord = true
      } else if inWord {
        hash = combine(hash, word)
        inWord = false
      }
    }
    if inWord { hash = combine(hash, word) }
    var kindStart = equals + 1
    while kindStart < end, bytes[kindStart] == 0x20 { kindStart += 1 }
    guard kindStart + 1 < end else { return nil }
    let kind: Kind
    switch (bytes[kindStart], bytes[kindStart + 1]) {
    case (UInt8(ascii: "c"), UInt8(ascii: "o")): kind = .country
    case (UInt8(ascii: "r"), _): kind = .region
    case (UInt8(ascii: "c"), UInt8(ascii: "i")): kind = .city
    case (UInt8(ascii: "t"), _): kind = .town
    default: return nil
    }
    guard let length = UInt16(exactly: equals - start) else { return nil }
    return Entry(hash: hash, nameStart: Int32(start), nameLength: length, kind: kind)
  }

  /// Whether the entry's name has the same words as the tokens, ignoring ASCII case.
  private func spells(
    _ entry: Entry, _ range: Range<Int>, _ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    source.utf8.withContiguousStorageIfAvailable { bytes in
      Self.spells(entry, in: bytes, range, tokens, text)
    } ?? false
  }

  private static func spells(
    _ entry: Entry, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ tokens: [Token],
    _ text: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    var position = Int(entry.nameStart)
    let end = position + Int(entry.nameLength)
    for index in range where tokens[index].kind == .word {
      while position < end, !isWordByte(bytes[position]) { position += 1 }
      for offset in Int(tokens[index].start)..<Int(tokens[index].end) {
        guard position < end, bytes[position].asciiLowercased == text[offset].asciiLowercased else { return false }
        position += 1
      }
      if position < end, isWordByte(bytes[position]) { return false }
    }
    while position < end, !isWordByte(bytes[position]) { position += 1 }
    return position == end
  }
}

extension TaggedText {
  /// The kind of place the bundled gazetteer gives the name spelled by exactly the tokens in `range`.
  func place(_ range: Range<Int>) -> PlaceGazetteer.Kind? {
    analysis.text.withUnsafeBufferPointer {
      PlaceGazetteer.standard.kind(of: range, tokens: analysis.tokens, text: $0)
    }
  }
}
