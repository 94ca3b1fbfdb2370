import Foundation

/// Reads files, FIFOs, devices and standard input as bytes, in bounded chunks and never more than
/// a limit, with errors that name the path. An input whose first bytes are binary data (and not
/// UTF-16) is refused as soon as they are read, so `/dev/zero` or `/dev/urandom` ends at once.
enum FileReader {
  /// The size of each read.
  static let chunkSize = 1 << 20

  /// The bytes of the file at `path`; more than `limit` bytes is an error.
  static func contents(ofFile path: String, limit: Int = DocumentLoader.defaultMaxInputSize) throws -> [UInt8] {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw error(errno, path) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw error(errno, path) }
    if (status.st_mode & S_IFMT) == S_IFDIR {
      throw CoreError.unreadable(path: path, reason: "is a directory")
    }
    if Int(status.st_size) > limit { throw CoreError.tooLarge(path: path, limit: limit) }
    return try readAll(descriptor, path: path, sizeHint: Int(status.st_size), limit: limit)
  }

  /// The bytes of standard input, until end of file; more than `limit` bytes is an error.
  static func standardInput(limit: Int = DocumentLoader.defaultMaxInputSize) throws -> [UInt8] {
    try readAll(STDIN_FILENO, path: "-", sizeHint: 1 << 16, limit: limit)
  }

  /// Reads until end of file, one chunk at a time, failing once the bytes pass `limit`.
  private static func readAll(_ descriptor: Int32, path: String, sizeHint: Int, limit: Int) throws -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(min(sizeHint, limit) + 1)
    let chunk = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
    defer { chunk.deallocate() }
    var prefixChecked = false
    while true {
      let room = limit - bytes.count
      let got = read(descriptor, chunk, room < chunkSize ? room + 1 : chunkSize)
      if got < 0 {
        if errno == EINTR { continue }
        throw error(errno, path)
      }
      if got == 0 { return bytes }
      bytes.append(contentsOf: UnsafeBufferPointer(start: chunk, count: got))
      if bytes.count > limit { throw CoreError.tooLarge(path: path, limit: limit) }
      if !prefixChecked && bytes.count >= TextNormalizer.binaryPrefixLength {
        prefixChecked = true
        if !UTF16Decoding.hasByteOrderMark(bytes) && TextNormalizer.looksBinary(bytes) { throw CoreError.binary(path: path) }
      }
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
