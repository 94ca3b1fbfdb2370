import ArgumentParser
import DatelineCore

/// The options every command that reads articles shares.
struct InputOptions: ParsableArguments {
  @Argument(help: ArgumentHelp("Articles, directories of articles, or - for standard input.", valueName: "file"))
  var files: [String] = []

  @Option(help: ArgumentHelp("Reference date for every article (TIMEX3 or ISO 8601: 2021-11-09, 2021-11).", valueName: "date"))
  var published: String?

  @Option(help: ArgumentHelp("Extract on this many threads (default: one per core); the timeline is the same for any number.", valueName: "n"))
  var jobs: Int?

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
  }

  /// The extraction runner, with `--jobs` applied.
  func runner() -> ExtractionRunner {
    jobs.map { ExtractionRunner(workers: $0) } ?? ExtractionRunner()
  }

  /// The loader, with `--published` applied.
  func loader() throws -> DocumentLoader {
    guard let published else { return DocumentLoader() }
    guard let value = TimeValue(timex: published), value.point != nil else {
      throw CoreError.invalidDate(published)
    }
    return DocumentLoader(published: value)
  }

  /// The files to read, found but not read yet (for loading in the background); empty when the
  /// bundled sample is meant. Unusable paths are reported on standard error; when no file is
  /// left, the first failure is thrown.
  func inputFiles() throws -> [DocumentLoader.InputFile] {
    guard !files.isEmpty else { return [] }
    let (found, failures) = try loader().files(for: files)
    if found.isEmpty, let first = failures.first { throw first }
    for failure in failures { ErrorReporter.warn(failure) }
    return found
  }

  /// The documents read from `files` (found by `inputFiles()`), or the bundled sample when there
  /// are none. Unreadable files are reported on standard error; when none could be read, the first
  /// failure is thrown.
  func documents(from files: [DocumentLoader.InputFile]) throws -> [Document] {
    let loader = try loader()
    guard !files.isEmpty else { return [loader.sample()] }
    var documents: [Document] = []
    var failures: [CoreError] = []
    for file in files {
      do {
        documents.append(try loader.document(file: file.path, id: documents.count))
      } catch {
        failures.append(error as? CoreError ?? .unreadable(path: file.path, reason: "\(error)"))
      }
    }
    if documents.isEmpty, let first = failures.first { throw first }
    for failure in failures { ErrorReporter.warn(failure) }
    return documents
  }

  /// The documents to work on: the files given, or the bundled sample. Unusable inputs are
  /// reported on standard error; when nothing could be read, the first failure is thrown.
  func loadDocuments() throws -> [Document] {
    try documents(from: inputFiles())
  }
}
