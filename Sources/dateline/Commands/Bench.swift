import ArgumentParser
import DatelineCore
import Foundation

/// `dateline bench`: throughput, start-up and keystroke figures for this machine.
struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Measure extraction throughput, start-up time, keystroke latency and memory on this machine.")

  @Option(help: ArgumentHelp("Timeline sizes for the keystroke benchmark.", valueName: "n,n,…"))
  var events: String = "10000,100000,1000000"

  @Option(help: "Runs of the start-up measurement.")
  var startupRuns = 20

  @Option(help: ArgumentHelp("Only write a generated corpus of --corpus-megabytes MB to this directory.", valueName: "dir"))
  var writeCorpus: String?

  @Option(help: "Size of the generated corpus, in MB.")
  var corpusMegabytes = 20

  func run() throws {
    if let writeCorpus {
      let files = try CorpusWriter.write(megabytes: corpusMegabytes, to: writeCorpus)
      print("wrote \(files) articles (\(corpusMegabytes) MB) to \(writeCorpus)")
      return
    }
    print("First frame of the bundled sample (spawn to exit of `dateline --exit-after-first-frame` on a pseudo-terminal):")
    _ = StartupBench.run(runs: startupRuns) { print($0) }
    let sizes = events.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    print("Keystrokes (reduce + render of a \(KeystrokeBench.screen.width)x\(KeystrokeBench.screen.height) frame) on synthetic timelines:")
    _ = KeystrokeBench.run(sizes: sizes) { print($0) }
  }
}
