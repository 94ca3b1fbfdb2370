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

  /// Reads straight into the array's own storage (no zero-filled buffer, no second copy),
  /// growing it when the input is longer than the hint (standard input).
  private static func readAll(_ descriptor: Int32, path: String, sizeHint: Int) throws -> [UInt8] {
    var bytes: [UInt8] = []
    var capacity = max(sizeHint, 4096) + 1
    while true {
      var failure: Int32 = 0
      var finished = false
      bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
        guard let base = buffer.baseAddress else { return }
        bytes.withUnsafeBufferPointer { old in
          if let start = old.baseAddress { base.initialize(from: start, count: old.count) }
        }
        count = bytes.count
        while count < capacity {
          let read = Foundation.read(descriptor, base + count, capacity - count)
          if read < 0 {
            if errno == EINTR { continue }
            failure = errno
            return
          }
          if read == 0 {
            finished = true
            return
          }
          count += read
        }
      }
      if failure != 0 { throw error(failure, path) }
      if finished { return bytes }
      capacity *= 2
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
