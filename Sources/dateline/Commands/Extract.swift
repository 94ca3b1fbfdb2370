import ArgumentParser
import DatelineCore
import Foundation

/// `dateline extract`: print the timeline in a machine-readable or readable format; no terminal
/// needed.
struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the timeline of the articles as JSON, JSON lines, CSV, Markdown, TimelineJS or iCalendar.",
    discussion:
      "The output is the same bytes for the same input. With -o, the file is written through a temporary file "
      + "and a rename, so an interrupted run never leaves half a file.")

  @OptionGroup var input: InputOptions

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp("Output format.", valueName: "format"))
  var format: ExportFormat = .json

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
  var output: String?

  @Flag(help: "Print the time spent in each extraction stage on standard error (thread time, summed over the jobs).")
  var timings = false

  func validate() throws {
    if output?.isEmpty == true { throw ValidationError("-o needs a file name (use no -o for standard output)") }
  }

  func run() throws {
    let pipeline = try input.pipeline()
    let result = try input.extract(input.inputs(for: pipeline), with: pipeline)
    try OutputWriter.write(to: output) { format.write(result.timeline, to: $0) }
    if timings { ErrorReporter.note("stage timings\n" + result.timings.report) }
  }
}

extension ExportFormat: ExpressibleByArgument {}
