import DatelineCore
import Foundation

/// Finding TimeML files and preparing their text for the tagger.
enum TimeMLFiles {
  /// The `.tml` files among `paths`, directories searched recursively, sorted.
  static func list(_ paths: [String]) throws -> [String] {
    var files: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw CoreError.fileNotFound(path: path)
      }
      guard isDirectory.boolValue else {
        files.append(path)
        continue
      }
      let walker = FileManager.default.enumerator(atPath: path)
      var found: [String] = []
      while let next = walker?.nextObject() as? String {
        if next.hasSuffix(".tml") { found.append((path as NSString).appendingPathComponent(next)) }
      }
      guard !found.isEmpty else { throw CoreError.noArticles(directory: path) }
      files += found.sorted()
    }
    return files
  }

  /// The tokenized, sentence-split plain text of a TimeML document.
  static func analysis(of document: TimeMLDocument) -> TextAnalysis {
    TextAnalysis(Document(id: 0, name: "", text: document.text))
  }
}
