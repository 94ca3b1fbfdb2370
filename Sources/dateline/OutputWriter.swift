import DatelineCore
import Foundation

/// Writes command output to standard output, or to a file through a temporary file beside it and
/// a rename, so that an interrupted write never leaves a partial file. Devices and pipes
/// (`/dev/null`, `/dev/stdout`, a FIFO) are written to directly: renaming over them would replace
/// them. Output is streamed: it is never held whole in memory.
enum OutputWriter {
  static func write(_ data: Data, to path: String?) throws {
    try write(to: path) { sink in
      data.withUnsafeBytes { sink.append($0.bindMemory(to: UInt8.self)) }
    }
  }

  /// Writes what `body` writes to the sink it is given.
  static func write(to path: String?, _ body: (ExportSink) throws -> Void) throws {
    guard let path else { return try stream(to: FileHandle.standardOutput, path: "standard output", body) }
    let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)).map {
      $0.hasPrefix("/") ? $0 : ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent($0)
    } ?? path
    var status = stat()
    if stat(target, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG {
      guard let handle = FileHandle(forWritingAtPath: target) else {
        throw CoreError.cannotWrite(path: path, reason: "cannot open it for writing")
      }
      defer { try? handle.close() }
      return try stream(to: handle, path: path, body)
    }
    let directory = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    let temporary = (directory.isEmpty ? "" : directory + "/") + ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw CoreError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
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
