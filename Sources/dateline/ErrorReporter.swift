import ArgumentParser
import DatelineCore
import DatelineNetwork
import DatelineTerminal
import Foundation

/// The one place that turns errors into messages and exit codes.
enum ErrorReporter {
  /// Exit codes, after sysexits.h, so that shells and scripts can tell failures apart.
  enum Code: Int32 {
    case usage = 64
    case dataError = 65
    case noInput = 66
    case unavailable = 69
    case software = 70
    case cannotCreate = 73
    case ioError = 74
    case noPermission = 77
    case config = 78
  }

  /// The message and exit code for a Dateline error.
  static func describe(_ error: CoreError) -> (message: String, code: Code) {
    switch error {
    case .fileNotFound(let path): ("\(path): no such file or directory", .noInput)
    case .unreadable(let path, let reason): ("\(path): cannot read: \(reason)", reason.contains("ermission") ? .noPermission : .noInput)
    case .binary(let path): ("\(path): binary data, not a text article", .dataError)
    case .notAFile(let path, let kind): ("\(path): \(kind), not a regular file: skipped", .noInput)
    case .tooLarge(let path, let limit):
      ("\(path): more than \(ByteSize.describe(limit)), the input size limit (raise it with --max-input-size)", .dataError)
    case .noArticles(let directory): ("\(directory): no articles (.txt, .md, .html, .tml, .rss, .atom, .xml) in this directory", .noInput)
    case .invalidDate(let text): ("cannot read the date “\(text)” (expected e.g. 2021-11-09 or 2021-11)", .usage)
    case .cannotWrite(let path, let reason):
      ("\(path): cannot write: \(reason)", reason.lowercased().contains("permission") ? .noPermission : .cannotCreate)
    case .malformedTimeML(let path, let reason): ("\(path): not valid TimeML: \(reason)", .dataError)
    case .badConfig(let path, let line, let reason): ("\(path):\(line): \(reason)", .config)
    }
  }

  /// The message and exit code for a terminal that cannot be used.
  static func describe(_ error: TerminalError) -> (message: String, code: Code) {
    switch error {
    case .notATerminal: ("not a terminal: use `dateline extract` to print the timeline", .usage)
    case .noTerminalType: ("TERM is not set: cannot drive the terminal (try TERM=xterm-256color, or `dateline extract`)", .config)
    case .unsupportedTerminal(let term): ("TERM=\(term) cannot position the cursor: use `dateline extract`", .config)
    case .cannotInitialize(let term): ("unknown terminal type “\(term)” (no terminfo entry; try TERM=xterm-256color)", .config)
    }
  }

  /// The message and exit code for a URL that could not be read.
  static func describe(_ error: FetchError) -> (message: String, code: Code) {
    switch error {
    case .invalidURL(let text): ("\(text): not a URL Dateline can read (http or https with a host)", .usage)
    case .unreachable(let url, let reason): ("\(url): cannot reach the server: \(reason)", .unavailable)
    case .timedOut(let url, let seconds): ("\(url): no answer within \(Int(seconds)) s", .unavailable)
    case .httpStatus(let url, let status):
      ("\(url): the server answered HTTP \(status)", status == 404 || status == 410 ? .noInput : .unavailable)
    case .notAnArticle(let url, let type): ("\(url): \(type) is not an article (HTML, text or a feed)", .dataError)
    case .tooLarge(let url, let limit): ("\(url): larger than \(limit >> 20) MB, not read", .dataError)
    }
  }

  /// Prints a warning for a URL that was skipped.
  static func warn(_ error: FetchError) {
    printError("dateline: warning: " + describe(error).message)
  }

  /// Prints a warning for an input that was skipped.
  static func warn(_ error: CoreError) {
    printError("dateline: warning: " + describe(error).message)
  }

  /// Prints a note on standard error.
  static func note(_ message: String) {
    printError("dateline: " + message)
  }

  /// Prints a line on standard error, with control characters and escape sequences from file
  /// names or configuration lines shown visibly instead of reaching the terminal.
  static func printError(_ line: String) {
    FileHandle.standardError.write(Data((TerminalSafeText.sanitized(line, keeping: ["\n", "\t"]) + "\n").utf8))
  }
}

extension ErrorReporter {
  /// Prints the error's message and exits with its code.
  static func fail(_ message: String, _ code: Code) -> Never {
    printError("dateline: " + message)
    exit(code.rawValue)
  }
}
