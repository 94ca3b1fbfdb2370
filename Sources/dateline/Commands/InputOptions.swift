import ArgumentParser
import Foundation
import DatelineCore

/// The options every command that reads articles shares, and how the command line reports what
/// the pipeline could not read.
struct InputOptions: ParsableArguments {
  @Argument(help: ArgumentHelp("Articles, RSS or Atom feeds, directories of them, http(s) URLs, or - for standard input.", valueName: "file"))
  var files: [String] = []

  @Option(help: ArgumentHelp("Reference date for every article (TIMEX3 or ISO 8601: 2021-11-09, 2021-11).", valueName: "date"))
  var published: String?

  @Option(help: ArgumentHelp("Extract on this many threads (default and most: one per core); the timeline is the same for any number.", valueName: "n"))
  var jobs: Int?

  @Option(
    help: ArgumentHelp(
      "Refuse an input larger than this, and stop reading an endless stream there (default 256M; K, M, G suffixes; 0 for no limit).",
      valueName: "size"))
  var maxInputSize: String?

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    if let maxInputSize, ByteSize.parse(maxInputSize) == nil {
      throw ValidationError("--max-input-size takes a size such as 256M, 1G or 500K, not “\(maxInputSize)”")
    }
  }

  /// The pipeline, with `--published`, `--jobs` and `--max-input-size` applied.
  func pipeline() throws -> Pipeline {
    var pipeline = Pipeline(
      published: try Self.date(published), jobs: min(jobs ?? Pipeline.defaultJobs, Pipeline.defaultJobs),
      today: Self.today())
    if let limit = maxInputSize.flatMap(ByteSize.parse) { pipeline.loader.maxInputSize = limit == 0 ? Int.max : limit }
    return pipeline
  }

  /// The day of the run on the local calendar.
  static func today() -> TimePoint {
    let day = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return .day(day.year ?? 1970, day.month ?? 1, day.day ?? 1)
  }

  /// The date a `--published` option gives, `nil` without one; an unreadable one is an error.
  static func date(_ published: String?) throws -> TimeValue? {
    guard let published else { return nil }
    guard let value = TimeValue(timex: published), value.point != nil else { throw CoreError.invalidDate(published) }
    return value
  }

  /// The inputs the files name (the bundled sample when none), found but not read yet. Unusable
  /// paths are reported on standard error; when no input is left, the last failure is thrown
  /// after the others are reported.
  func inputs(for pipeline: Pipeline) throws -> PipelineInputs {
    let found = try InputGathering.inputs(files) { paths in
      let found = pipeline.inputs(for: paths)
      return (found.inputs, found.failures)
    }
    for failure in found.failures.dropLast(found.inputs.isEmpty ? 1 : 0) { ErrorReporter.warn(failure) }
    if found.inputs.isEmpty, let last = found.failures.last { throw last }
    return found
  }

  /// Reads and extracts the inputs. Unreadable files are reported on standard error; when none
  /// could be read, the first failure is thrown.
  func extract(_ inputs: PipelineInputs, with pipeline: Pipeline) throws -> PipelineResult {
    let result = pipeline.run(inputs)
    if result.timeline.documents.isEmpty, let first = result.failures.first { throw first }
    for failure in result.failures { ErrorReporter.warn(failure) }
    return result
  }
}
