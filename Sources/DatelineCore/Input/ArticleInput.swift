/// One input to read: a file, standard input, or the bundled sample article. Found by
/// `DocumentLoader.inputs(for:)`; nothing is read until the pipeline reads it.
public struct ArticleInput: Sendable, Hashable {
  /// Where the bytes come from.
  public enum Source: Sendable, Hashable {
    /// A file, by its path.
    case file(String)
    /// Standard input (`-` on the command line).
    case standardInput
    /// The article bundled with the program.
    case sample
  }

  /// Where the bytes come from.
  public var source: Source
  /// The size in bytes when known beforehand (0 for standard input and other streams).
  public var size: Int

  /// An input of `size` bytes from `source`.
  public init(_ source: Source, size: Int) {
    self.source = source
    self.size = size
  }

  /// The name documents and messages use: the path, `-`, or the sample's name.
  public var name: String {
    switch source {
    case .file(let path): path
    case .standardInput: "-"
    case .sample: "sample: kadhimi-drone-attack.txt"
    }
  }
}
