import Foundation

/// Lists the article files under a directory, recursively, with `opendir`/`readdir`: hidden files
/// and folders are skipped, symbolic links are followed, the result is sorted by path. Each
/// directory and each file is visited once however many links reach it (so link loops end), and
/// what cannot be used — an unreadable folder, a FIFO, device or socket named like an article —
/// is skipped and listed in `skipped`, never opened.
struct DirectoryWalker {
  /// The deepest folder nesting followed.
  static let maximumDepth = 64

  /// The file name endings (lower-cased) of the files listed.
  let extensions: Set<String>
  /// The files found, in walking order.
  private(set) var files: [String] = []
  /// What was left out, and why, in walking order.
  private(set) var skipped: [CoreError] = []
  private var visited: Set<FileIdentity> = []

  /// The files under `directory` whose extension (lower-cased) is in `extensions`, sorted by
  /// path, and what was skipped. A top directory that cannot be opened is thrown.
  static func files(under directory: String, extensions: Set<String>) throws -> (files: [String], skipped: [CoreError]) {
    var walker = DirectoryWalker(extensions: extensions)
    var status = stat()
    if stat(directory, &status) == 0 { walker.visited.insert(FileIdentity(status)) }
    guard let handle = opendir(directory) else {
      throw CoreError.unreadable(path: directory, reason: String(cString: strerror(errno)))
    }
    walker.walk(handle, directory, depth: 0)
    return (walker.files.sorted(), walker.skipped)
  }

  private mutating func walk(_ handle: OpaquePointer, _ directory: String, depth: Int) {
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    for name in Self.entryNames(handle) {
      let path = prefix + name
      var status = stat()
      guard stat(path, &status) == 0 else { continue }
      let type = status.st_mode & S_IFMT
      if type == S_IFDIR {
        enter(path, status, depth: depth + 1)
      } else if let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...].lowercased()) {
        guard type == S_IFREG else {
          skipped.append(.notAFile(path: path, kind: Self.kindName(type)))
          continue
        }
        if visited.insert(FileIdentity(status)).inserted { files.append(path) }
      }
    }
  }

  private mutating func enter(_ path: String, _ status: stat, depth: Int) {
    guard visited.insert(FileIdentity(status)).inserted else { return }
    guard depth < Self.maximumDepth else {
      skipped.append(.unreadable(path: path, reason: "nested more than \(Self.maximumDepth) folders deep, skipped"))
      return
    }
    guard let handle = opendir(path) else {
      skipped.append(.unreadable(path: path, reason: String(cString: strerror(errno))))
      return
    }
    walk(handle, path, depth: depth)
  }

  /// The names in an open directory, hidden ones left out, sorted so that the first of several
  /// paths to the same file is always the same one; closes the directory.
  private static func entryNames(_ handle: OpaquePointer) -> [String] {
    defer { closedir(handle) }
    var names: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
      if !name.hasPrefix(".") { names.append(name) }
    }
    return names.sorted()
  }

  /// What a file of type `type` (`st_mode & S_IFMT`) is, for messages.
  static func kindName(_ type: mode_t) -> String {
    switch type {
    case S_IFIFO: "a FIFO"
    case S_IFCHR: "a character device"
    case S_IFBLK: "a block device"
    case S_IFSOCK: "a socket"
    case S_IFDIR: "a directory"
    default: "not a regular file"
    }
  }
}

/// A file's identity, whatever path reaches it: its device and inode numbers.
private struct FileIdentity: Hashable {
  let device: UInt64
  let inode: UInt64

  init(_ status: stat) {
    device = UInt64(status.st_dev)
    inode = UInt64(status.st_ino)
  }
}
