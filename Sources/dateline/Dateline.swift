import ArgumentParser
import DatelineCore
import DatelineNetwork
import DatelineTerminal

/// The `dateline` command: browse a timeline of news articles, or extract it.
@main
struct Dateline: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "dateline",
    abstract: "Read news articles, extract dated events, actors and quotes, and browse the timeline.",
    discussion: """
      Browse:   dateline [FILE…]        (the same as `dateline browse [FILE…]`)
      Export:   dateline extract FILE… --format FORMAT [-o OUT]   (json, jsonl, csv, md, …)

      With no file, opens the bundled sample article. FILE may be a text, Markdown, HTML or \
      TimeML (.tml) article, a directory of them, or - for standard input. A leading \
      front-matter block (--- title:, source:, published:, url: ---) gives an article's \
      metadata. `dateline browse --help` lists the browser's options.

      In the browser: ? shows every key with its command name; q goes back and quits at the \
      top. Keys are rebound in $XDG_CONFIG_HOME/dateline/config (default \
      ~/.config/dateline/config), one line each: `bind KEY COMMAND` or `unbind KEY`, e.g. \
      `bind J page-down`; key names as the help shows them (j, Ctrl-F, PgDn, F1, Space), \
      command names from the help's COMMAND column.

      Exit codes (sysexits.h): 0 success; 64 usage (e.g. a bad --published date); 65 bad data \
      (binary input, an input over --max-input-size, malformed TimeML); 66 missing input (no such file, no articles in a \
      directory); 73 cannot write the output; 77 permission denied; 78 configuration (TERM \
      unset, unknown, or unable to move the cursor; a bad key configuration line); 128+N after signal N (130 Ctrl-C).
      """,
    version: version,
    subcommands: [Browse.self, Extract.self, Read.self, Eval.self, Tag.self],
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
    } catch let error as FetchError {
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
