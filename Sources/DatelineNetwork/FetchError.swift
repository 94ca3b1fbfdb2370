/// Why a URL could not be read as an article.
public enum FetchError: Error, Hashable, Sendable {
  /// The text is not an `http` or `https` URL.
  case invalidURL(String)
  /// The host could not be reached (no such host, connection refused, no network).
  case unreachable(url: String, reason: String)
  /// The server did not answer within the time allowed.
  case timedOut(url: String, seconds: Double)
  /// The server answered with an HTTP error status.
  case httpStatus(url: String, status: Int)
  /// The content is not text, HTML, Markdown or a feed (an image, a PDF, …).
  case notAnArticle(url: String, contentType: String)
  /// The body is larger than the size allowed.
  case tooLarge(url: String, limit: Int)
}
