import DatelineCore
import Foundation

/// Writes command output to standard output, or to a file through a temporary file and a rename so
/// that an interrupted write never leaves a partial file. Devices and pipes (`/dev/null`,
/// `/dev/stdout`, a FIFO) are written to directly: renaming over them would replace them.
enum OutputWriter {
  static func write(_ data: Data, to path: String?) throws {
    guard let path else {
      FileHandle.standardOutput.write(data)
      return
    }
    let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)).map {
      $0.hasPrefix("/") ? $0 : ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent($0)
    } ?? path
    var status = stat()
    do {
      if stat(target, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG {
        guard let handle = FileHandle(forWritingAtPath: target) else {
          throw CoreError.cannotWrite(path: path, reason: "cannot open it for writing")
        }
        defer { try? handle.close() }
        try handle.write(contentsOf: data)
      } else {
        try data.write(to: URL(fileURLWithPath: target), options: .atomic)
      }
    } catch let error as CoreError {
      throw error
    } catch {
      throw CoreError.cannotWrite(path: path, reason: (error as NSError).localizedFailureReason ?? "\(error)")
    }
  }
}
