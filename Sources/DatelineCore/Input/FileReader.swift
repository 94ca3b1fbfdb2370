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

  private static func readAll(_ descriptor: Int32, path: String, sizeHint: Int) throws -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(max(sizeHint, 4096) + 1)
    let chunk = 1 << 20
    var buffer = [UInt8](repeating: 0, count: chunk)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunk) }
      if count < 0 {
        if errno == EINTR { continue }
        throw error(errno, path)
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: buffer[0..<count])
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
