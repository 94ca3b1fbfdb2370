import DatelineCore
import Foundation

/// Writes command output to standard output, or to a file through a temporary file beside it and
/// a rename, so that an interrupted write never leaves a partial file. A symbolic link (or a chain
/// of them) is followed to the file it names, which is replaced with its mode and owner kept; a
/// file the user may not write is refused. Devices and pipes (`/dev/null`, `/dev/stdout`, a FIFO)
/// are written to directly: renaming over them would replace them. Output is streamed: it is never
/// held whole in memory.
enum OutputWriter {
  static func write(_ data: Data, to path: String?) throws {
    try write(to: path) { sink in
      data.withUnsafeBytes { sink.append($0.bindMemory(to: UInt8.self)) }
    }
  }

  /// Writes what `body` writes to the sink it is given.
  static func write(to path: String?, _ body: (ExportSink) throws -> Void) throws {
    guard let path else { return try stream(to: FileHandle.standardOutput, path: "standard output", body) }
    let target = finalTarget(of: path)
    var status = stat()
    let exists = stat(target, &status) == 0
    if exists && (status.st_mode & S_IFMT) != S_IFREG {
      guard let handle = FileHandle(forWritingAtPath: target) else {
        throw CoreError.cannotWrite(path: path, reason: "cannot open it for writing")
      }
      defer { try? handle.close() }
      return try stream(to: handle, path: path, body)
    }
    if exists && !mayReplace(target, status) {
      throw CoreError.cannotWrite(path: path, reason: "permission denied (the file is read-only)")
    }
    let directory = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    let temporary = (directory.isEmpty ? "" : directory + "/") + ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    try TemporaryFileCleanup.guarding(temporary) {
      let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      guard descriptor >= 0 else { throw CoreError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
      if exists {
        fchmod(descriptor, status.st_mode & 0o7777)
        if getuid() == 0 { fchown(descriptor, status.st_uid, status.st_gid) }
      }
      let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
      do {
        try stream(to: handle, path: path, body)
        try handle.close()
        guard rename(temporary, target) == 0 else {
          throw CoreError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
      } catch {
        unlink(temporary)
        throw error
      }
    }
  }

  /// The file a path names once every symbolic link on the way is followed (at most 40, as the
  /// kernel does; a longer chain is left for `open` to report).
  static func finalTarget(of path: String) -> String {
    var current = path
    for _ in 0..<40 {
      guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { break }
      current =
        destination.hasPrefix("/")
        ? destination : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
    }
    return current
  }

  /// Whether the user may replace the existing file: they may write it, and (for root, whom the
  /// kernel lets write anything) it is not marked read-only for everyone.
  private static func mayReplace(_ target: String, _ status: stat) -> Bool {
    guard access(target, W_OK) == 0 else { return false }
    return getuid() != 0 || status.st_mode & 0o222 != 0
  }

  private static func stream(to handle: FileHandle, path: String, _ body: (ExportSink) throws -> Void) throws {
    let sink = ExportSink { bytes in try handle.write(contentsOf: bytes) }
    do {
      try body(sink)
      try sink.finish()
    } catch let error as CoreError {
      throw error
    } catch {
      throw CoreError.cannotWrite(path: path, reason: (error as NSError).localizedFailureReason ?? "\(error)")
    }
  }
}
