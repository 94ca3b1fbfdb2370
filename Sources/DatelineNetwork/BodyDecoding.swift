import Foundation

/// Turns a body in a declared character set into UTF-8.
enum BodyDecoding {
  /// The body in UTF-8: converted from `charset` (from the Content-Type header, else from a
  /// `<meta charset>` near the start of an HTML page) when it is one Foundation knows; as sent
  /// otherwise (the readers check UTF-8 themselves).
  static func utf8(_ body: [UInt8], headerCharset: String?, isHTML: Bool) -> [UInt8] {
    let name = headerCharset ?? (isHTML ? metaCharset(body) : nil)
    guard let name, let encoding = encoding(named: name), encoding != .utf8 else { return body }
    guard let text = String(bytes: body, encoding: encoding) else { return body }
    return Array(text.utf8)
  }

  /// The `charset` parameter of a Content-Type value.
  static func charset(inContentType value: String) -> String? {
    for parameter in value.split(separator: ";").dropFirst() {
      let parts = parameter.split(separator: "=", maxSplits: 1)
      guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
      return parts[1].trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
    }
    return nil
  }

  /// The character set a `<meta charset=…>` or `<meta http-equiv … content="…; charset=…">` in
  /// the first 2 KB names.
  private static func metaCharset(_ body: [UInt8]) -> String? {
    let head = String(decoding: body.prefix(2048), as: UTF8.self).lowercased()
    guard let range = head.range(of: "charset=") else { return nil }
    let rest = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
    let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    return name.isEmpty ? nil : String(name)
  }

  private static func encoding(named name: String) -> String.Encoding? {
    switch name.lowercased() {
    case "utf-8", "utf8": .utf8
    case "iso-8859-1", "latin1", "iso8859-1", "l1": .isoLatin1
    case "windows-1252", "cp1252": .windowsCP1252
    case "us-ascii", "ascii": .ascii
    case "utf-16": .utf16
    case "utf-16le": .utf16LittleEndian
    case "utf-16be": .utf16BigEndian
    case "iso-8859-2", "latin2": .isoLatin2
    case "windows-1251": .windowsCP1251
    case "windows-1250": .windowsCP1250
    default: nil
    }
  }
}
