/// A page read from a URL: its final address after redirects, its content type and its body,
/// converted to UTF-8 when the server or the page named another character set.
public struct FetchedPage: Sendable, Hashable {
  /// The URL asked for.
  public var requested: String
  /// The URL the body came from, after redirects.
  public var final: String
  /// The media type without parameters (`text/html`), empty when the server sent none.
  public var contentType: String
  /// The body in UTF-8.
  public var body: [UInt8]
}
