/// Why reading input or writing output failed. `dateline` turns each into one message and an exit
/// code.
public enum CoreError: Error, Equatable, Sendable {
  /// The path does not exist.
  case fileNotFound(path: String)
  /// The file exists but could not be read (permissions, I/O).
  case unreadable(path: String, reason: String)
  /// The file holds binary data, not text.
  case binary(path: String)
  /// A directory walk reached something that is not a regular file (a FIFO, a device, a socket)
  /// under an article's name; `kind` says what it is. It is skipped, never opened.
  case notAFile(path: String, kind: String)
  /// An input holds more than `limit` bytes (`--max-input-size`); reading stopped there.
  case tooLarge(path: String, limit: Int)
  /// A directory was given that holds no article files.
  case noArticles(directory: String)
  /// A date given on the command line or in metadata could not be read.
  case invalidDate(String)
  /// An output file could not be written.
  case cannotWrite(path: String, reason: String)
  /// A configuration file has a line that cannot be read.
  case badConfig(path: String, line: Int, reason: String)
  /// A TimeML file is not well formed enough to read.
  case malformedTimeML(path: String, reason: String)
}
