import ArgumentParser
import DatelineCore

/// The options every command that reads articles shares.
struct InputOptions: ParsableArguments {
  @Argument(help: ArgumentHelp("Articles, directories of articles, or - for standard input.", valueName: "file"))
  var files: [String] = []

  @Option(help: ArgumentHelp("Reference date for every article (TIMEX3 or ISO 8601: 2021-11-09, 2021-11).", valueName: "date"))
  var published: String?

  /// The documents to work on: the files given, or the bundled sample. Unreadable inputs are
  /// reported on standard error; when nothing could be read, the first failure is thrown.
  func loadDocuments() throws -> [Document] {
    var override: TimeValue?
    if let published {
      guard let value = TimeValue(timex: published), value.point != nil else {
        throw CoreError.invalidDate(published)
      }
      override = value
    }
    let loader = DocumentLoader(published: override)
    if files.isEmpty { return [loader.sample()] }
    let result = loader.load(paths: files)
    if result.documents.isEmpty, let first = result.failures.first { throw first }
    for failure in result.failures { ErrorReporter.warn(failure) }
    return result.documents
  }
}
