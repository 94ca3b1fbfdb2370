import ArgumentParser
import DatelineCore
import DatelineTerminal

/// The `dateline` command: browse a timeline of news articles, or extract it.
@main
struct Dateline: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "dateline",
    abstract: "Read news articles, extract dated events, actors and quotes, and browse the timeline.",
    discussion: """
      With no file, opens the bundled sample article. FILE may be a text, Markdown, HTML or \
      TimeML (.tml) article, a directory of them, or - for standard input. A leading front-matter \
      block (--- title:, source:, published:, url: ---) gives an article's metadata. Keys: ? in \
      the browser; exit codes and the key configuration file: see README.md.
      """,
    version: version,
    subcommands: [Browse.self, Extract.self, Eval.self, Tag.self],
    defaultSubcommand: Browse.self
  )
}

extension Dateline {
  /// Parses the command line and runs the command; Dateline's own errors become one line on
  /// standard error and a sysexits-style exit code (see `ErrorReporter`).
  static func main() {
    MallocTuning.apply()
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let error as CoreError {
      let (message, code) = ErrorReporter.describe(error)
      ErrorReporter.fail(message, code)
    } catch let error as TerminalError {
      let (message, code) = ErrorReporter.describe(error)
      ErrorReporter.fail(message, code)
    } catch {
      exit(withError: error)
    }
  }
}
