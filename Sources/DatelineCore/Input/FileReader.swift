import Foundation

/// Reads whole files and standard input as bytes, with errors that name the path.
enum FileReader {
  /// The bytes of the file at `path`.
  static func contents(ofFile path: String) throws -> [UInt8] {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw error(errno, path) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw error(errno, path) }
    if (status.st_mode & S_IFMT) == S_IFDIR {
      throw CoreError.unreadable(path: path, reason: "is a directory")
    }
    return try readAll(descriptor, path: path, sizeHint: Int(status.st_size))
  }

  /// The bytes of standard input, until end of file.
  static func standardInput() throws -> [UInt8] {
    try readAll(STDIN_FILENO, path: "-", sizeHint: 1 << 16)
  }

  /// Reads until end of file; a regular file's size hint makes this one read and one allocation.
  private static func readAll(_ descriptor: Int32, path: String, sizeHint: Int) throws -> [UInt8] {
    var bytes: [UInt8] = []
    var chunkSize = max(sizeHint, 4096) + 1
    while true {
      let chunk = try [UInt8](unsafeUninitializedCapacity: chunkSize) { buffer, count in
        count = 0
        while true {
          let got = read(descriptor, buffer.baseAddress, chunkSize)
          if got >= 0 {
            count = got
            return
          }
          if errno != EINTR { throw error(errno, path) }
        }
      }
      if chunk.isEmpty { return bytes }
      if bytes.isEmpty { bytes = chunk } else { bytes += chunk }
      chunkSize = max(chunkSize, bytes.count)
    }
  }

  private static func error(_ code: Int32, _ path: String) -> CoreError {
    switch code {
    case ENOENT, ENOTDIR: .fileNotFound(path: path)
    case EISDIR: .unreadable(path: path, reason: "is a directory")
    default: .unreadable(path: path, reason: String(cString: strerror(code)))
    }
  }
}
