import Foundation
import Testing
@testable import DatelineCore

@Suite struct DirectoryWalkerTests {
  /// A fresh directory for one test, removed by `remove()`.
  private struct Scratch {
    let path: String

    init(_ name: String) throws {
      path = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-walk-\(name)-\(getpid())").path
      try? FileManager.default.removeItem(atPath: path)
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func write(_ name: String) throws {
      try FileManager.default.createDirectory(atPath: (path + "/" + name as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try Data("On Nov. 7, 2021 X arrived.".utf8).write(to: URL(fileURLWithPath: path + "/" + name))
    }

    func link(_ name: String, to destination: String) {
      #expect(symlink(destination, path + "/" + name) == 0)
    }

    func relative(_ paths: [String]) -> [String] {
      paths.map { $0.replacingOccurrences(of: path + "/", with: "") }
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
  }

  private func walk(_ scratch: Scratch) throws -> (files: [String], skipped: [CoreError]) {
    let found = try DirectoryWalker.files(under: scratch.path, extensions: ["txt"])
    return (scratch.relative(found.files), found.skipped)
  }

  @Test func linksBackUpEndAndEachArticleIsListedOnce() throws {
    let scratch = try Scratch("loop")
    defer { scratch.remove() }
    try scratch.write("sub/a.txt")
    scratch.link("sub/up", to: "..")
    scratch.link("self", to: "../" + (scratch.path as NSString).lastPathComponent)
    let found = try walk(scratch)
    #expect(found.files == ["sub/a.txt"])
    #expect(found.skipped.isEmpty)
  }

  @Test func aFileReachedThroughALinkIsReadOnceUnderItsFirstPath() throws {
    let scratch = try Scratch("twice")
    defer { scratch.remove() }
    try scratch.write("b/story.txt")
    scratch.link("a-latest.txt", to: "b/story.txt")
    scratch.link("c", to: "b")
    #expect(try walk(scratch).files == ["a-latest.txt"])
  }

  @Test func aFIFONamedLikeAnArticleIsSkippedWithAReasonNotOpened() throws {
    let scratch = try Scratch("fifo")
    defer { scratch.remove() }
    try scratch.write("a.txt")
    #expect(mkfifo(scratch.path + "/pipe.txt", 0o600) == 0)
    scratch.link("zero.txt", to: "/dev/null")
    let found = try walk(scratch)
    #expect(found.files == ["a.txt"])
    #expect(
      found.skipped == [
        .notAFile(path: scratch.path + "/pipe.txt", kind: "a FIFO"),
        .notAFile(path: scratch.path + "/zero.txt", kind: "a character device"),
      ])
  }

  @Test func otherFilesAndBrokenLinksAreLeftOutQuietly() throws {
    let scratch = try Scratch("other")
    defer { scratch.remove() }
    try scratch.write("a.txt")
    #expect(mkfifo(scratch.path + "/pipe", 0o600) == 0)
    scratch.link("gone.txt", to: "missing.txt")
    let found = try walk(scratch)
    #expect(found.files == ["a.txt"])
    #expect(found.skipped.isEmpty)
  }

  @Test func aDirectoryWithoutArticlesIsReportedWithWhatWasSkipped() throws {
    let scratch = try Scratch("empty")
    defer { scratch.remove() }
    #expect(mkfifo(scratch.path + "/pipe.txt", 0o600) == 0)
    let (inputs, failures) = DocumentLoader().inputs(for: [scratch.path])
    #expect(inputs.isEmpty)
    #expect(failures == [.notAFile(path: scratch.path + "/pipe.txt", kind: "a FIFO"), .noArticles(directory: scratch.path)])
  }

  @Test(.enabled(if: getuid() != 0, "root reads any folder")) func anUnreadableFolderIsReported() throws {
    let scratch = try Scratch("locked")
    defer {
      chmod(scratch.path + "/locked", 0o755)
      scratch.remove()
    }
    try scratch.write("a.txt")
    try scratch.write("locked/b.txt")
    #expect(chmod(scratch.path + "/locked", 0) == 0)
    let found = try walk(scratch)
    #expect(found.files == ["a.txt"])
    #expect(found.skipped == [.unreadable(path: scratch.path + "/locked", reason: "Permission denied")])
  }
}
