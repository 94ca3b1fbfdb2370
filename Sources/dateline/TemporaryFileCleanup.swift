import Foundation

/// Removes the temporary file of an export being written when SIGINT, SIGTERM, SIGHUP or SIGQUIT
/// ends the process, then lets the signal end it as it would have: an interrupted `-o` leaves
/// neither a partial output nor a hidden temporary file behind.
enum TemporaryFileCleanup {
  /// The temporary file's path as a C string, read by the signal handler (which may not allocate).
  nonisolated(unsafe) fileprivate static var path: UnsafeMutablePointer<CChar>?
  private static let signals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

  /// Runs `body` with `temporary` removed if a signal arrives before `body` returns.
  static func guarding<Result>(_ temporary: String, _ body: () throws -> Result) rethrows -> Result {
    path = strdup(temporary)
    for number in signals { signal(number, removeAndResignal) }
    defer {
      for number in signals { signal(number, SIG_DFL) }
      free(path)
      path = nil
    }
    return try body()
  }
}

private func removeAndResignal(_ number: Int32) {
  if let path = TemporaryFileCleanup.path { unlink(path) }
  signal(number, SIG_DFL)
  raise(number)
}
