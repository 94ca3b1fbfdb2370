import DatelineCore
import Foundation

/// Writes command output to standard output, or to a file through a temporary file and a rename so
/// that an interrupted write never leaves a partial file.
enum OutputWriter {
  static func write(_ data: Data, to path: String?) throws {
    guard let path else {
      FileHandle.standardOutput.write(data)
      return
    }
    let url = URL(fileURLWithPath: path)
    do {
      try data.write(to: url, options: .atomic)
    } catch {
      throw CoreError.cannotWrite(path: path, reason: (error as NSError).localizedFailureReason ?? "\(error)")
    }
  }
}
