import ArgumentParser
import DatelineCore
import Foundation

/// `dateline [FILE…]`: browse the timeline in the terminal.
struct Browse: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Browse the timeline of the articles in the terminal (the default command).")

  @OptionGroup var input: InputOptions

  func run() throws {
    let documents = try input.loadDocuments()
    let timeline = Extractor().timeline(of: documents)
    guard isatty(STDOUT_FILENO) == 1 else {
      ErrorReporter.note("standard output is not a terminal; printing JSON (use `dateline extract` for other formats)")
      try OutputWriter.write(try JSONTimeline(timeline).encoded(), to: nil)
      return
    }
    print("\(timeline.events.count) events")
  }
}
