import ArgumentParser

/// Trains and evaluates Dateline's part-of-speech tagger on Universal Dependencies files.
@main
struct DatelineTrain: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dateline-train",
    abstract: "Train and evaluate Dateline's part-of-speech tagger on UD CoNLL-U files.",
    subcommands: [Train.self, Evaluate.self])
}
