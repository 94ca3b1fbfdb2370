import ArgumentParser
import DatelineCore
import DatelineTerminal
import DatelineUI
import Foundation

/// `dateline [FILE…]`: browse the timeline in the terminal.
struct Browse: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Browse the timeline of the articles in the terminal (the default command).")

  @OptionGroup var input: InputOptions

  @Flag(help: "Use bold, reverse and underline only (also when NO_COLOR is set).")
  var noColor = false

  @Flag(help: "Turn mouse support on from the start (F2 toggles it).")
  var mouse = false

  /// Inputs up to this size are extracted before the browser opens; larger ones in the background.
  static let foregroundLimit = 1 << 20

  func run() throws {
    guard isatty(STDOUT_FILENO) == 1 else {
      ErrorReporter.note("standard output is not a terminal: printing the timeline as JSON (see `dateline extract --help` for formats)")
      let pipeline = try input.pipeline()
      let timeline = try input.extract(input.inputs(for: pipeline), with: pipeline).timeline
      try OutputWriter.write(to: nil) { ExportFormat.json.write(timeline, to: $0) }
      return
    }
    var options = Browser.Options()
    options.colors = !noColor && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    options.mouse = mouse
    options.keyMap = try KeyConfig.load()
    let pipeline = try input.pipeline()
    let inputs = try input.inputs(for: pipeline)
    let status: Int32
    if inputs.totalBytes <= Self.foregroundLimit {
      status = try Browser.run(TimelineModel(input.extract(inputs, with: pipeline).timeline), options: options)
    } else {
      let feed = ExtractionFeed()
      let observer = PipelineObserver(progress: { feed.post(progress: $0.fraction) })
      let run = pipeline.start(inputs, observer: observer) { timeline, progress in
        feed.post(TimelineModel(timeline), progress: progress)
      }
      status = try Browser.run(TimelineModel(Timeline(documents: [])), options: options, feed: feed)
      for failure in run.failures { ErrorReporter.warn(failure) }
    }
    if status != 0 { throw ExitCode(status) }
  }
}
