import DatelineCore
import Foundation

/// Reading and writing the files `dateline-train` works on.
enum Files {
  static func text(_ path: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else { throw TrainError.unreadable(path) }
    return String(decoding: data, as: UTF8.self)
  }

  static func documents(_ path: String) throws -> [AnnotatedText] {
    CoNLLUReader.documents(in: try text(path))
  }

  static func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  /// Seconds since an arbitrary start, for timing.
  static func now() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) / 1e9
  }
}
