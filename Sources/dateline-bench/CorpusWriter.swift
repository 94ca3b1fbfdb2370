import DatelineCore
import Foundation

/// Writes a generated corpus to a directory: articles of about 6 KB from `SyntheticCorpus`.
enum CorpusWriter {
  /// Writes about `megabytes` MB of articles into `directory`; returns the number of files.
  @discardableResult
  static func write(megabytes: Int, to directory: String, seed: UInt64 = 7) throws -> Int {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    var corpus = SyntheticCorpus(seed: seed)
    var written = 0
    var count = 0
    while written < megabytes << 20 {
      let article = corpus.article(bytes: 6_000)
      let path = (directory as NSString).appendingPathComponent(String(format: "article-%06d.txt", count))
      guard FileManager.default.createFile(atPath: path, contents: Data(article.utf8)) else {
        throw CoreError.cannotWrite(path: path, reason: "cannot create the file")
      }
      written += article.utf8.count
      count += 1
    }
    return count
  }
}
