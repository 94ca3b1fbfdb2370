import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Reads articles from `http` and `https` URLs: follows redirects, gives up after `timeout`
/// seconds, stops at `sizeLimit` bytes, accepts text, HTML, Markdown and feeds only, and turns
/// the body into UTF-8 (compressed bodies are inflated by the HTTP layer).
public struct URLFetcher: Sendable {
  /// Seconds to wait for the whole page.
  public var timeout: Double
  /// The largest body read, in bytes.
  public var sizeLimit: Int

  /// A fetcher; by default 30 seconds and 32 MB.
  public init(timeout: Double = 30, sizeLimit: Int = 32 << 20) {
    self.timeout = timeout
    self.sizeLimit = sizeLimit
  }

  /// Whether `text` is an `http` or `https` URL rather than a path.
  public static func isURL(_ text: String) -> Bool {
    let lower = text.prefix(8).lowercased()
    return lower.hasPrefix("http://") || lower.hasPrefix("https://")
  }

  /// The page at `text`.
  public func fetch(_ text: String) throws(FetchError) -> FetchedPage {
    guard Self.isURL(text), let url = URL(string: text), url.host != nil else { throw .invalidURL(text) }
    let receiver = BodyReceiver(limit: sizeLimit)
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = timeout
    configuration.timeoutIntervalForResource = timeout
    configuration.httpAdditionalHeaders = [
      "User-Agent": "dateline (news timeline reader)",
      "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5",
    ]
    let session = URLSession(configuration: configuration, delegate: receiver, delegateQueue: nil)
    defer { session.invalidateAndCancel() }
    var request = URLRequest(url: url)
    request.timeoutInterval = timeout
    session.dataTask(with: request).resume()
    let outcome = receiver.waitForOutcome()
    if outcome.exceededLimit { throw .tooLarge(url: text, limit: sizeLimit) }
    if let error = outcome.error { throw Self.fetchError(error, url: text, timeout: timeout) }
    guard let response = outcome.response as? HTTPURLResponse else {
      throw .unreachable(url: text, reason: "no HTTP response")
    }
    guard (200..<300).contains(response.statusCode) else { throw .httpStatus(url: text, status: response.statusCode) }
    let header = response.value(forHTTPHeaderField: "Content-Type") ?? ""
    let mediaType = header.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
    guard Self.isArticle(mediaType) else { throw .notAnArticle(url: text, contentType: mediaType) }
    let body = BodyDecoding.utf8(
      outcome.body, headerCharset: BodyDecoding.charset(inContentType: header),
      isHTML: mediaType.isEmpty || mediaType.contains("html"))
    return FetchedPage(requested: text, final: response.url?.absoluteString ?? text, contentType: mediaType, body: body)
  }

  /// Text, HTML, Markdown, XML feeds, or no type at all (the readers sniff the content).
  private static func isArticle(_ mediaType: String) -> Bool {
    mediaType.isEmpty || mediaType.hasPrefix("text/") || mediaType.hasSuffix("+xml") || mediaType == "application/xml"
      || mediaType == "application/xhtml+xml"
  }

  private static func fetchError(_ error: any Error, url: String, timeout: Double) -> FetchError {
    let code = (error as? URLError)?.code
    if code == .timedOut { return .timedOut(url: url, seconds: timeout) }
    return .unreachable(url: url, reason: (error as? URLError).map { $0.localizedDescription } ?? "\(error)")
  }
}

/// Collects one response and its body for `URLFetcher`, cancelling when the body passes the
/// limit.
private final class BodyReceiver: NSObject, URLSessionDataDelegate, @unchecked Sendable {
  struct Outcome {
    var response: URLResponse?
    var body: [UInt8] = []
    var error: (any Error)?
    var exceededLimit = false
  }

  private let limit: Int
  private let lock = NSLock()
  private let done = DispatchSemaphore(value: 0)
  private var outcome = Outcome()

  init(limit: Int) {
    self.limit = limit
  }

  func waitForOutcome() -> Outcome {
    done.wait()
    return lock.withLock { outcome }
  }

  func urlSession(
    _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
  ) {
    let tooLarge = response.expectedContentLength > Int64(limit)
    lock.withLock {
      outcome.response = response
      outcome.exceededLimit = tooLarge
    }
    completionHandler(tooLarge ? .cancel : .allow)
  }

  func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
    let exceeded = lock.withLock {
      outcome.body.append(contentsOf: data)
      if outcome.body.count > limit { outcome.exceededLimit = true }
      return outcome.exceededLimit
    }
    if exceeded { dataTask.cancel() }
  }

  func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
    lock.withLock { outcome.error = error }
    done.signal()
  }
}
