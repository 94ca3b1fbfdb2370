import ArgumentParser
import DatelineCore
import Foundation

/// `dateline tag --timeml FILE… --out DIR`: writes TimeML files with the tagger's TIMEX3s.
struct Tag: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Tag TimeML files with TIMEX3s (TempEval-3 system output).",
    discussion: """
      Each input's <TEXT> is tagged with its document creation time as reference, and the file is \
      written to the output directory under the same name: TIMEX3 tags that the input had inside \
      <TEXT> are dropped, the tagger's are inserted, and every other byte is kept.
      """)

  @Option(
    name: .customLong("timeml"), parsing: .upToNextOption,
    help: ArgumentHelp("TimeML files or directories of them (searched recursively).", valueName: "input"))
  var inputs: [String]

  @Option(name: .long, help: ArgumentHelp("The directory to write the tagged files to.", valueName: "dir"))
  var out: String

  func run() throws {
    let files = try TimeMLCorpus.files(inputs)
    do {
      try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    } catch {
      throw CoreError.cannotWrite(path: out, reason: (error as NSError).localizedFailureReason ?? "\(error)")
    }
    for file in files {
      let document = try TimeMLDocument(contentsOfFile: file)
      let reference = TimeMLCorpus.reference(of: document)
      let expressions = TimeTagger.standard.tag(TimeMLCorpus.analysis(of: document), reference: reference)
      let output = (out as NSString).appendingPathComponent((file as NSString).lastPathComponent)
      try OutputWriter.write(Data(TimeMLWriter.tagged(document, with: expressions)), to: output)
    }
    ErrorReporter.note("tagged \(files.count) files into \(out)")
  }
}
