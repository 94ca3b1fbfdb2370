/// Small byte-level helpers for reading TimeML: finding strings, reading entities and elements.
enum XMLScan {
  /// The index of the first occurrence of `needle` in `bytes` at or after `from`.
  static func find(_ needle: String, in bytes: [UInt8], from: Int) -> Int? {
    let pattern = Array(needle.utf8)
    guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
    var index = from
    let last = bytes.count - pattern.count
    while index <= last {
      if bytes[index] == first && bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
      index += 1
    }
    return nil
  }

  /// The bytes a character entity at `index` (`&amp;`, `&#39;`, `&#x2019;`) stands for, and its
  /// length in the source; `nil` when there is no entity there.
  static func entity(in bytes: [UInt8], at index: Int) -> ([UInt8], Int)? {
    var end = index + 1
    while end < bytes.count && end - index <= 10 && bytes[end] != UInt8(ascii: ";") { end += 1 }
    guard end < bytes.count, bytes[end] == UInt8(ascii: ";") else { return nil }
    let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
    let scalar: Unicode.Scalar?
    switch name {
    case "amp": scalar = "&"
    case "lt": scalar = "<"
    case "gt": scalar = ">"
    case "quot": scalar = "\""
    case "apos": scalar = "'"
    default:
      if name.hasPrefix("#x") || name.hasPrefix("#X") {
        scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
      } else if name.hasPrefix("#") {
        scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
      } else {
        scalar = nil
      }
    }
    guard let scalar else { return nil }
    return (Array(String(Character(scalar)).utf8), end - index + 1)
  }

  /// The text of the first `<name>…</name>` element, trimmed, with entities decoded.
  static func elementText(_ name: String, in bytes: [UInt8]) -> String? {
    guard let open = find("<\(name)>", in: bytes, from: 0) else { return nil }
    let start = open + name.utf8.count + 2
    guard let close = find("</\(name)>", in: bytes, from: start) else { return nil }
    var decoded: [UInt8] = []
    var index = start
    while index < close {
      if bytes[index] == UInt8(ascii: "&"), let (scalar, length) = entity(in: bytes, at: index) {
        decoded += scalar
        index += length
      } else {
        decoded.append(bytes[index])
        index += 1
      }
    }
    let text = String(decoding: decoded, as: UTF8.self).trimmingASCIIWhitespace()
    return text.isEmpty ? nil : text
  }
}

/// An XML tag's name and attributes, read from the bytes between `<` and `>`.
struct XMLTag {
  /// The element name.
  let name: String
  /// Whether the tag is a closing tag (`</TIMEX3>`).
  let isClosing: Bool
  private let attributes: [(String, String)]

  init(bytes: ArraySlice<UInt8>) {
    var rest = Substring(String(decoding: bytes, as: UTF8.self))
    isClosing = rest.hasPrefix("/")
    if isClosing { rest = rest.dropFirst() }
    let nameEnd = rest.firstIndex { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "/" || $0 == ">" } ?? rest.endIndex
    name = String(rest[..<nameEnd])
    rest = rest[nameEnd...]
    var found: [(String, String)] = []
    while let equals = rest.firstIndex(of: "=") {
      let key = rest[..<equals].trimmingCharacters(in: " \n\t")
      let afterEquals = rest[rest.index(after: equals)...].drop { $0 == " " }
      guard let quote = afterEquals.first, quote == "\"" || quote == "'" else { break }
      let valueStart = afterEquals.index(after: afterEquals.startIndex)
      guard let valueEnd = afterEquals[valueStart...].firstIndex(of: quote) else { break }
      found.append((key, String(afterEquals[valueStart..<valueEnd])))
      rest = afterEquals[afterEquals.index(after: valueEnd)...]
    }
    attributes = found
  }

  /// The value of attribute `key`, when present.
  func attribute(_ key: String) -> String? {
    attributes.first { $0.0 == key }?.1
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in set: String) -> String {
    let trimmed = drop { set.contains($0) }
    var end = trimmed.endIndex
    while end > trimmed.startIndex, set.contains(trimmed[trimmed.index(before: end)]) {
      end = trimmed.index(before: end)
    }
    return String(trimmed[..<end])
  }
}
