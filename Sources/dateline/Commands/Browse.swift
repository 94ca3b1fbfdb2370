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

  @Flag(help: .hidden)
  var exitAfterFirstFrame = false

  func run() throws {
    let documents = try input.loadDocuments()
    guard isatty(STDOUT_FILENO) == 1 else {
      ErrorReporter.note("standard output is not a terminal: printing the timeline as JSON (see `dateline extract --help` for formats)")
      let timeline = Extractor().timeline(of: documents)
      try OutputWriter.write(try JSONTimeline(timeline).encoded(), to: nil)
      return
    }
    var options = Browser.Options()
    options.colors = !noColor && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    options.mouse = mouse
    options.exitAfterFirstFrame = exitAfterFirstFrame
    options.keyMap = try KeyConfig.load()
    let model = TimelineModel(Extractor().timeline(of: documents))
    let status = try Browser.run(model, options: options)
    if status != 0 { throw ExitCode(status) }
  }
}
