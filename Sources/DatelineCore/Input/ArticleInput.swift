/// One input to read: a file, standard input, the bundled sample article, bytes fetched by a
/// front end, or one item of a feed a front end fetched. Found by `DocumentLoader.inputs(for:)`;
/// nothing is read until the pipeline reads it. A file or bytes holding a feed give one document
/// per item.
public struct ArticleInput: Sendable, Hashable {
  /// Where the bytes come from.
  public enum Source: Sendable, Hashable {
    /// A file, by its path.
    case file(String)
    /// Standard input (`-` on the command line).
    case standardInput
    /// The article bundled with the program.
    case sample
    /// Bytes a front end read already, under a name (a page fetched from its URL).
    case fetched(name: String, bytes: [UInt8])
    /// One item of a feed a front end fetched (when its linked page could not be), under a name
    /// (its link); `outlet` is the feed's title.
    case feedItem(name: String, item: FeedItem, outlet: String?)
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
    case .fetched(let name, _): name
    case .feedItem(let name, _, _): name
    }
  }
}
