import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A small HTTP/1.0 server on 127.0.0.1 for the fetch tests: each path answers with a fixed
/// response; `/slow` never answers. Runs on its own thread until stopped.
final class LocalHTTPServer: @unchecked Sendable {
  /// One canned response.
  struct Response {
    var status: String
    var headers: [String: String] = [:]
    var body: [UInt8] = []
  }

  let port: UInt16
  private let socket: Int32
  private let routes: [String: Response]

  init(routes: [String: Response]) throws {
    self.routes = routes
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    self.socket = socket
    var yes: Int32 = 1
    setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard bound == 0, listen(socket, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = getsockname(socket, $0, &length) }
    }
    port = UInt16(bigEndian: address.sin_port)
  }

  /// Starts answering on a thread of its own.
  func start() -> Self {
    Thread { [self] in self.serve() }.start()
    return self
  }

  /// The URL of `path` on this server.
  func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

  /// Stops accepting connections.
  func stop() {
    shutdown(socket, Int32(SHUT_RDWR))
    close(socket)
  }

  private func serve() {
    while true {
      let client = accept(socket, nil, nil)
      guard client >= 0 else { return }
      let thread = Thread { [self] in self.answer(client) }
      thread.start()
    }
  }

  private func answer(_ client: Int32) {
    defer { close(client) }
    var request: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while !request.ends(with: Array("\r\n\r\n".utf8)) {
      let count = read(client, &buffer, buffer.count)
      guard count > 0 else { return }
      request += buffer[0..<count]
    }
    let line = String(decoding: request.prefix { $0 != 0x0D }, as: UTF8.self).split(separator: " ")
    let path = line.count > 1 ? String(line[1]) : "/"
    if path == "/slow" {
      Thread.sleep(forTimeInterval: 5)
      return
    }
    let response = routes[path] ?? Response(status: "404 Not Found", headers: ["Content-Type": "text/plain"], body: Array("no".utf8))
    var head = "HTTP/1.0 \(response.status)\r\n"
    var headers = response.headers
    if headers["Content-Length"] == nil { headers["Content-Length"] = String(response.body.count) }
    for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
    let bytes = Array((head + "\r\n").utf8) + response.body
    var sent = 0
    while sent < bytes.count {
      let count = bytes[sent...].withUnsafeBytes { write(client, $0.baseAddress, $0.count) }
      guard count > 0 else { return }
      sent += count
    }
  }
}

extension Array where Element == UInt8 {
  fileprivate func ends(with suffix: [UInt8]) -> Bool {
    count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
  }
}
