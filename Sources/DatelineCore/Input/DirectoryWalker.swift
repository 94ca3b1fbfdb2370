import Foundation

/// Lists the article files under a directory, recursively, with `opendir`/`readdir`: hidden files
/// and folders are skipped, symbolic links to files are followed, the result is sorted by path.
enum DirectoryWalker {
  /// The paths of files under `directory` whose extension (lower-cased) is in `extensions`.
  static func files(under directory: String, extensions: Set<String>) throws -> [String] {
    var found: [String] = []
    try walk(directory, extensions, &found, depth: 0)
    return found.sorted()
  }

  private static func walk(_ directory: String, _ extensions: Set<String>, _ found: inout [String], depth: Int) throws {
    guard depth < 64, let handle = opendir(directory) else {
      if depth == 0 { throw CoreError.unreadable(path: directory, reason: String(cString: strerror(errno))) }
      return
    }
    defer { closedir(handle) }
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
      if name.hasPrefix(".") { continue }
      let path = prefix + name
      var type = entry.pointee.d_type
      if type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN) {
        var status = stat()
        guard stat(path, &status) == 0 else { continue }
        type = (status.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : UInt8(DT_REG)
      }
      if type == UInt8(DT_DIR) {
        try walk(path, extensions, &found, depth: depth + 1)
      } else if type == UInt8(DT_REG), let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...].lowercased()) {
        found.append(path)
      }
    }
  }
}
