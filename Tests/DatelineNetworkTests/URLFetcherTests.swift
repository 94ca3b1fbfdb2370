import Foundation
import Testing

@testable import DatelineNetwork

/// Fetching articles from a local server the test starts itself: redirects, HTTP errors,
/// content types, character sets, size limits, timeouts and hosts that do not answer.
@Suite(.serialized) struct URLFetcherTests {
  static let page = "<html><head><title>Harbor closes</title></head><body><p>On March 3, the pier closed.</p></body></html>"

  let server: LocalHTTPServer

  init() throws {
    server = try LocalHTTPServer(routes: [
      "/article": .init(status: "200 OK", headers: ["Content-Type": "text/html; charset=utf-8"], body: Array(Self.page.utf8)),
      "/moved": .init(status: "301 Moved Permanently", headers: ["Location": "/article"]),
      "/gone": .init(status: "410 Gone", headers: ["Content-Type": "text/html"], body: Array("gone".utf8)),
      "/image": .init(status: "200 OK", headers: ["Content-Type": "image/png"], body: [0x89, 0x50, 0x4E, 0x47]),
      "/latin": .init(status: "200 OK", headers: ["Content-Type": "text/plain; charset=ISO-8859-1"], body: Array("caf".utf8) + [0xE9]),
      "/meta": .init(
        status: "200 OK", headers: ["Content-Type": "text/html"],
        body: Array("<meta charset=\"windows-1252\"><p>".utf8) + [0x93] + Array("Hi".utf8) + [0x94]),
      "/big": .init(status: "200 OK", headers: ["Content-Type": "text/plain"], body: Array(repeating: 0x61, count: 300_000)),
      "/feed": .init(status: "200 OK", headers: ["Content-Type": "application/rss+xml"], body: Array("<rss></rss>".utf8)),
    ]).start()
  }

  @Test func readsAPageAndFollowsRedirects() throws {
    let page = try URLFetcher().fetch(server.url("/moved"))
    #expect(String(decoding: page.body, as: UTF8.self) == Self.page)
    #expect(page.final == server.url("/article"))
    #expect(page.requested == server.url("/moved"))
    #expect(page.contentType == "text/html")
    server.stop()
  }

  @Test func anHTTPErrorSaysItsStatus() {
    #expect(throws: FetchError.httpStatus(url: server.url("/gone"), status: 410)) { try URLFetcher().fetch(server.url("/gone")) }
    server.stop()
  }

  @Test func onlyTextHTMLAndFeedsAreArticles() throws {
    #expect(throws: FetchError.notAnArticle(url: server.url("/image"), contentType: "image/png")) {
      try URLFetcher().fetch(server.url("/image"))
    }
    #expect(try URLFetcher().fetch(server.url("/feed")).contentType == "application/rss+xml")
    server.stop()
  }

  @Test func otherCharacterSetsBecomeUTF8() throws {
    #expect(String(decoding: try URLFetcher().fetch(server.url("/latin")).body, as: UTF8.self) == "café")
    #expect(String(decoding: try URLFetcher().fetch(server.url("/meta")).body, as: UTF8.self).hasSuffix("“Hi”"))
    server.stop()
  }

  @Test func aBodyPastTheLimitIsRefused() {
    #expect(throws: FetchError.tooLarge(url: server.url("/big"), limit: 100_000)) {
      try URLFetcher(sizeLimit: 100_000).fetch(server.url("/big"))
    }
    server.stop()
  }

  @Test func aServerThatDoesNotAnswerTimesOut() {
    #expect(throws: FetchError.timedOut(url: server.url("/slow"), seconds: 1)) {
      try URLFetcher(timeout: 1).fetch(server.url("/slow"))
    }
    server.stop()
  }

  @Test func aClosedPortIsUnreachable() {
    let url = server.url("/article")
    server.stop()
    #expect {
      try URLFetcher(timeout: 5).fetch(url)
    } throws: { error in
      if case .unreachable = error as? FetchError { return true }
      return false
    }
  }

  @Test func onlyHTTPURLsAreURLs() {
    #expect(URLFetcher.isURL("https://example.org/a") && URLFetcher.isURL("HTTP://example.org"))
    #expect(!URLFetcher.isURL("articles/a.html") && !URLFetcher.isURL("ftp://example.org"))
    #expect(throws: FetchError.invalidURL("http://")) { try URLFetcher().fetch("http://") }
    server.stop()
  }
}
