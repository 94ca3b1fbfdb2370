/// The files of `Resources/`, compiled into the binary: the sample article and the lexicons.
public enum BundledResources {
  /// The path of the sample article opened when `dateline` is run without files.
  public static let samplePath = "samples/kadhimi-drone-attack.txt"

  /// The contents of `Resources/<path>`, or `nil` when there is no such file.
  public static func text(_ path: String) -> String? { EmbeddedResources.files[path] }

  /// The paths of all bundled files, sorted.
  public static var paths: [String] { EmbeddedResources.files.keys.sorted() }

  /// The entries of a lexicon file `Resources/lexicons/<name>.txt`: one per line, `word` or
  /// `word = value`, with `#` comments and blank lines skipped.
  public static func lexicon(_ name: String) -> [(key: String, value: String)] {
    guard let text = text("lexicons/\(name).txt") else {
      preconditionFailure("lexicon \(name) is not bundled")
    }
    var entries: [(key: String, value: String)] = []
    for rawLine in text.split(separator: "\n") {
      let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
      let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let key = String(parts[0]).trimmingASCIIWhitespace()
      guard !key.isEmpty else { continue }
      let value = parts.count > 1 ? String(parts[1]).trimmingASCIIWhitespace() : ""
      entries.append((key, value))
    }
    return entries
  }
}
