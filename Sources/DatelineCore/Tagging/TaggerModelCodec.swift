/// Writes and reads a `TaggerModel` as UTF-8 text (so the resource embedder can compile it in):
/// a header line, then sections of a name line (`features 12345`) and base64 or plain lines.
public enum TaggerModelCodec {
  /// The model's path under `Resources/`.
  public static let bundledPath = "models/en-ewt-tagger.txt"
  private static let header = "dateline-tagger 1"

  /// The text form of `model`.
  public static func encode(_ model: TaggerModel) -> String {
    var out = header + "\n"
    let rows = model.weights.features
    var rowBytes: [UInt8] = []
    var entryBytes: [UInt8] = []
    for (key, weights) in rows {
      appendLittleEndian(key, to: &rowBytes)
      rowBytes.append(UInt8(weights.filter { $0 != 0 }.count))
      for (tag, weight) in zip(0..., weights) where weight != 0 {
        entryBytes.append(UInt8(tag))
        appendLittleEndian(UInt16(bitPattern: weight), to: &entryBytes)
      }
    }
    out += "features \(rows.count)\n" + Base64Bytes.encode(rowBytes)
    out += "weights \(entryBytes.count / 3)\n" + Base64Bytes.encode(entryBytes)
    out += table("dictionary", model.tagDictionary)
    out += table("ambiguity", model.ambiguity)
    out += "rules \(model.lemmatizer.rules.count)\n"
    for rule in model.lemmatizer.rules {
      out += "\(rule.lowercases ? 1 : 0) \(rule.strip) " + String(decoding: rule.suffix, as: UTF8.self) + "\n"
    }
    out += table("exceptions", model.lemmatizer.exceptions)
    out += table("suffixes", model.lemmatizer.suffixes)
    return out
  }

  /// The model written as `text` by `encode`, or `nil` when the text is not one.
  public static func decode(_ text: String) -> TaggerModel? {
    var text = text
    return text.withUTF8 { bytes in
      var reader = SectionReader(bytes: bytes)
      guard reader.line() == header,
        let featureCount = reader.count("features"),
        let rowBytes = reader.base64(count: featureCount * 5),
        let entryCount = reader.count("weights"),
        let entryBytes = reader.base64(count: entryCount * 3),
        let weights = weightTable(rowBytes, featureCount, entryBytes, entryCount),
        let dictionary = table(&reader, "dictionary"),
        let ambiguity = table(&reader, "ambiguity"),
        let ruleCount = reader.count("rules")
      else { return nil }
      var rules: [LemmaRule] = []
      rules.reserveCapacity(ruleCount)
      for _ in 0..<ruleCount {
        guard let rule = reader.rule() else { return nil }
        rules.append(rule)
      }
      guard let exceptions = table(&reader, "exceptions"), let suffixes = table(&reader, "suffixes"),
        dictionary.entries.allSatisfy({ $0.value & 0xFF < UPOS.count && Int($0.value >> 8) < rules.count }),
        (exceptions.entries + suffixes.entries).allSatisfy({ $0.value < rules.count }),
        ambiguity.entries.allSatisfy({ $0.value >> 27 == 0x1F || Int($0.value >> 17 & 0x3FF) < rules.count })
      else { return nil }
      return TaggerModel(
        weights: weights, tagDictionary: dictionary, ambiguity: ambiguity,
        lemmatizer: Lemmatizer(rules: rules, exceptions: exceptions, suffixes: suffixes))
    }
  }

  /// The weights from rows of (key, count of nonzero weights) and entries of (tag, weight).
  private static func weightTable(_ rows: [UInt8], _ rowCount: Int, _ bytes: [UInt8], _ entryCount: Int) -> WeightTable? {
    var keys = [UInt32](repeating: 0, count: rowCount)
    var weights = [Int16](repeating: 0, count: rowCount * UPOS.count)
    var next = 0
    for row in 0..<rowCount {
      keys[row] = readUInt32(rows, row * 5)
      let count = Int(rows[row * 5 + 4])
      guard keys[row] != 0, count <= UPOS.count, next + count <= entryCount else { return nil }
      for _ in 0..<count {
        let tag = Int(bytes[next * 3])
        guard tag < UPOS.count else { return nil }
        weights[row * UPOS.count + tag] = Int16(bitPattern: UInt16(bytes[next * 3 + 1]) | UInt16(bytes[next * 3 + 2]) << 8)
        next += 1
      }
    }
    return next == entryCount ? WeightTable(keys: keys, weights: weights) : nil
  }

  private static func table(_ name: String, _ table: KeyTable) -> String {
    let entries = table.entries.sorted { $0.key < $1.key }
    var bytes: [UInt8] = []
    for (key, value) in entries {
      appendLittleEndian(key, to: &bytes)
      appendLittleEndian(value, to: &bytes)
    }
    return "\(name) \(entries.count)\n" + Base64Bytes.encode(bytes)
  }

  private static func table(_ reader: inout SectionReader, _ name: String) -> KeyTable? {
    guard let count = reader.count(name), let bytes = reader.base64(count: count * 8) else { return nil }
    var table = KeyTable(capacity: count)
    for entry in 0..<count {
      let key = readUInt32(bytes, entry * 8)
      guard key != 0 else { return nil }
      table.insert(key, readUInt32(bytes, entry * 8 + 4))
    }
    return table
  }

  private static func appendLittleEndian(_ value: UInt32, to bytes: inout [UInt8]) {
    for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
  }

  private static func appendLittleEndian(_ value: UInt16, to bytes: inout [UInt8]) {
    bytes.append(UInt8(truncatingIfNeeded: value))
    bytes.append(UInt8(truncatingIfNeeded: value >> 8))
  }

  private static func readUInt32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
    UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
      | UInt32(bytes[offset + 3]) << 24
  }
}
