/// Why `dateline-train` could not do its work.
enum TrainError: Error, CustomStringConvertible {
  /// A file could not be read.
  case unreadable(String)
  /// A file is not a model written by `dateline-train train`.
  case notAModel(String)

  var description: String {
    switch self {
    case .unreadable(let path): "cannot read \(path)"
    case .notAModel(let path): "\(path) is not a tagger model"
    }
  }
}
