import ArgumentParser
import DatelineCore
import Foundation

/// `dateline extract`: print the timeline in a machine-readable format; no terminal needed.
struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the timeline of the articles as JSON (no terminal needed).")

  /// The export formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json
  }

  @OptionGroup var input: InputOptions

  @Option(name: .shortAndLong, help: "Output format.")
  var format: Format = .json

  @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
  var output: String?

  func run() throws {
    let documents = try input.loadDocuments()
    let timeline = Extractor().timeline(of: documents)
    let data = try JSONTimeline(timeline).encoded()
    try OutputWriter.write(data, to: output)
  }
}
