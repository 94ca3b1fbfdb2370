/// Writes JSON to a sink as it goes, byte for byte as Foundation's `JSONEncoder` writes it with
/// sorted keys and unescaped slashes: pretty (two spaces a level, `"key" : value`, an empty list
/// as `[`, a blank line and `]`) or compact. Callers write the keys of an object in sorted order.
struct JSONStreamWriter {
  let sink: ExportSink
  let pretty: Bool
  private var depth = 0
  private var isEmpty = true
  private var afterKey = false

  /// A writer to `sink`.
  init(sink: ExportSink, pretty: Bool) {
    self.sink = sink
    self.pretty = pretty
  }

  /// Opens an object.
  mutating func beginObject() { open(0x7B) }
  /// Closes the innermost object.
  mutating func endObject() { close(0x7D) }
  /// Opens a list.
  mutating func beginArray() { open(0x5B) }
  /// Closes the innermost list.
  mutating func endArray() { close(0x5D) }

  /// Writes the key of the next member of the current object.
  mutating func key(_ name: String) {
    separate()
    sink.append(byte: 0x22)
    sink.append(name)
    if pretty {
      sink.append("\" : " as StaticString)
    } else {
      sink.append("\":" as StaticString)
    }
    afterKey = true
  }

  /// Writes a string value.
  mutating func string(_ text: String) {
    separateValue()
    var text = text
    text.withUTF8 { Self.escape($0, to: sink) }
  }

  /// Writes a string value from its bytes, read without making a `String` of them.
  mutating func string(_ text: SharedText) {
    separateValue()
    text.withUTF8 { Self.escape($0, to: sink) }
  }

  /// Writes the text of `range` of UTF-8 `bytes` as a string value, as `String(decoding:)`
  /// would read it.
  mutating func string(_ bytes: [UInt8], _ range: Range<Int>) {
    let range = range.clamped(to: 0..<bytes.count)
    let isWhole =
      (range.isEmpty || bytes[range.lowerBound] & 0xC0 != 0x80)
      && (range.upperBound == bytes.count || bytes[range.upperBound] & 0xC0 != 0x80)
    guard isWhole else { return string(String(decoding: bytes[range], as: UTF8.self)) }
    separateValue()
    bytes.withUnsafeBufferPointer { Self.escape(UnsafeBufferPointer(rebasing: $0[range]), to: sink) }
  }

  /// Writes an integer value.
  mutating func number(_ value: Int) {
    separateValue()
    sink.append(value)
  }

  /// Writes `true` or `false`.
  mutating func bool(_ value: Bool) {
    separateValue()
    if value {
      sink.append("true" as StaticString)
    } else {
      sink.append("false" as StaticString)
    }
  }

  /// Writes a list of integers.
  mutating func numbers(_ values: some Sequence<Int>) {
    beginArray()
    for value in values { number(value) }
    endArray()
  }

  /// Ends the document with a newline (pretty) or a line (compact).
  mutating func newline() {
    sink.append(byte: 0x0A)
    isEmpty = true
  }

  private mutating func open(_ bracket: UInt8) {
    separateValue()
    sink.append(byte: bracket)
    depth += 1
    isEmpty = true
  }

  private mutating func close(_ bracket: UInt8) {
    depth -= 1
    if pretty {
      sink.append(byte: 0x0A)
      if isEmpty { sink.append(byte: 0x0A) }
      sink.append(byte: 0x20, count: depth * 2)
    }
    sink.append(byte: bracket)
    isEmpty = false
  }

  private mutating func separateValue() {
    if afterKey {
      afterKey = false
    } else if depth > 0 {
      separate()
    }
  }

  private mutating func separate() {
    if !isEmpty { sink.append(byte: 0x2C) }
    if pretty {
      sink.append(byte: 0x0A)
      sink.append(byte: 0x20, count: depth * 2)
    }
    isEmpty = false
  }

  /// Writes `bytes` as a quoted JSON string: quotes, backslashes and control characters escaped.
  static func escape(_ bytes: UnsafeBufferPointer<UInt8>, to sink: ExportSink) {
    sink.append(byte: 0x22)
    var start = 0
    for index in 0..<bytes.count {
      let byte = bytes[index]
      guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
      if start < index { sink.append(UnsafeBufferPointer(rebasing: bytes[start..<index])) }
      start = index + 1
      switch byte {
      case 0x22: sink.append("\\\"")
      case 0x5C: sink.append("\\\\")
      case 0x08: sink.append("\\b")
      case 0x0C: sink.append("\\f")
      case 0x0A: sink.append("\\n")
      case 0x0D: sink.append("\\r")
      case 0x09: sink.append("\\t")
      default:
        let hex: StaticString = "0123456789abcdef"
        sink.append("\\u00")
        sink.append(byte: hex.utf8Start[Int(byte >> 4)])
        sink.append(byte: hex.utf8Start[Int(byte & 0x0F)])
      }
    }
    if start < bytes.count { sink.append(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count])) }
    sink.append(byte: 0x22)
  }
}
