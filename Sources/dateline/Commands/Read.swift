import ArgumentParser
import DatelineCore
import Foundation

/// `dateline read INPUT…`: prints what Dateline reads from each input (metadata, then the
/// paragraphs it extracts from), without extracting anything.
struct Read: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print what is read from each article: its title, byline, site, date and address, then its paragraphs.",
    discussion: """
      For a web page, the paragraphs are the article alone, without navigation, sidebars, \
      comments or scripts. Text that could drive the terminal is shown in a visible form.
      """)

  @Argument(help: ArgumentHelp("Articles, RSS or Atom feeds, directories of them, http(s) URLs, or - for standard input.", valueName: "file"))
  var files: [String] = []

  @Option(help: ArgumentHelp("Reference date for every article (TIMEX3 or ISO 8601: 2021-11-09, 2021-11).", valueName: "date"))
  var published: String?

  func run() throws {
    let loader = DocumentLoader(published: try InputOptions.date(published))
    let found = try InputGathering.inputs(files) { loader.inputs(for: $0) }
    if found.inputs.isEmpty, let first = found.failures.first { throw first }
    for failure in found.failures { ErrorReporter.warn(failure) }
    var output = ""
    var nextID = 0
    var firstFailure: CoreError?
    for input in found.inputs {
      switch loader.read(input, firstID: nextID) {
      case .success(let documents):
        for document in documents {
          if nextID > 0 { output += "\n" }
          output += Self.describe(document)
          nextID += 1
        }
      case .failure(let error):
        firstFailure = firstFailure ?? error
        ErrorReporter.warn(error)
      }
    }
    if nextID == 0, let firstFailure { throw firstFailure }
    FileHandle.standardOutput.write(Data(output.utf8))
  }

  /// The document's metadata lines, a blank line, then its paragraphs separated by blank lines.
  static func describe(_ document: Document) -> String {
    let metadata = document.metadata
    var lines = ["# " + document.name]
    let fields: [(String, String?)] = [
      ("title", metadata.title), ("byline", metadata.byline), ("site", metadata.source), ("published", metadata.published?.timex), ("url", metadata.url),
    ]
    for case let (label, value?) in fields where !value.isEmpty { lines.append("\(label): \(value)") }
    lines.append("paragraphs: \(document.paragraphs.count)")
    let text = document.paragraphs.map { "\n" + document.string($0) }
    return TerminalSafeText.sanitized((lines + text).joined(separator: "\n"), keeping: ["\n"]) + "\n"
  }
}
