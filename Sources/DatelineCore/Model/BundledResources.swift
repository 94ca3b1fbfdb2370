/// The files of `Resources/`, compiled into the binary: the sample article and the lexicons.
public enum BundledResources {
  /// The path of the sample article opened when `dateline` is run without files.
  public static let samplePath = "samples/kadhimi-drone-attack.txt"

  /// The contents of `Resources/<path>`, or `nil` when there is no such file.
  public static func text(_ path: String) -> String? { EmbeddedResources.files[path] }

  /// The paths of all bundled files, sorted.
  public static var paths: [String] { EmbeddedResources.files.keys.sorted() }

  /// The entries of a lexicon file `Resources/lexicons/<name>.txt`: one per line, `word` or
  /// `word = value`, with `#` comments and blank lines skipped. Parsed on bytes: lexicons are read
  /// at every start-up.
  public static func lexicon(_ name: String) -> [(key: String, value: String)] {
    guard var text = text("lexicons/\(name).txt") else {
      preconditionFailure("lexicon \(name) is not bundled")
    }
    return text.withUTF8 { bytes in
      var entries: [(key: String, value: String)] = []
      var lineStart = 0
      while lineStart < bytes.count {
        var lineEnd = lineStart
        while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
        var contentEnd = lineStart
        var equals: Int?
        while contentEnd < lineEnd && bytes[contentEnd] != UInt8(ascii: "#") {
          if equals == nil && bytes[contentEnd] == UInt8(ascii: "=") { equals = contentEnd }
          contentEnd += 1
        }
        let key = trimmed(bytes, lineStart, equals ?? contentEnd)
        if !key.isEmpty {
          let value = equals.map { trimmed(bytes, $0 + 1, contentEnd) } ?? ""
          entries.append((key, value))
        }
        lineStart = lineEnd + 1
      }
      return entries
    }
  }

  private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
    var lower = start
    var upper = end
    while lower < upper && (bytes[lower] == 0x20 || bytes[lower] == 0x09 || bytes[lower] == 0x0D) { lower += 1 }
    while upper > lower && (bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 || bytes[upper - 1] == 0x0D) { upper -= 1 }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
  }
}
