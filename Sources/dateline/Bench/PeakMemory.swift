import Foundation

/// The peak resident memory of this process since it started running this program (`VmHWM` of
/// /proc/self/status). Unlike `ru_maxrss`, it leaves out the memory of the parent that spawned
/// it, which a child started by `posix_spawn` shares until it runs its own program.
enum PeakMemory {
  /// The peak in kilobytes, when the system tells it.
  static var kilobytes: Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "")
    }
    return nil
  }

  /// Writes the peak in kilobytes to `path`, for the benchmark that ran this process.
  static func write(to path: String) throws {
    try Data("\(kilobytes ?? 0)\n".utf8).write(to: URL(fileURLWithPath: path))
  }

  /// The peak a child wrote to `path`.
  static func read(_ path: String) -> Int? {
    (try? String(contentsOfFile: path, encoding: .utf8)).flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
  }
}
