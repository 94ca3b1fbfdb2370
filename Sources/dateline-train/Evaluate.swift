import ArgumentParser
import DatelineCore

/// `dateline-train evaluate`: accuracy and speed of a model on a CoNLL-U file with its gold words.
struct Evaluate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Tag a CoNLL-U file's gold words and print UPOS and lemma accuracy, speed and load time.")

  @Option(help: "The CoNLL-U file.")
  var conllu: String

  @Option(help: "A model file (default: the model compiled into Dateline).")
  var model: String?

  @Option(help: "How many times the file is tagged for the speed figures.")
  var repeats = 5

  @Option(help: "Also write every word with its tag and lemma to this file (to compare two builds).")
  var listing: String?

  func run() throws {
    let (tagger, loadSeconds) = try load()
    let documents = try Files.documents(conllu)
    print(Report.accuracy(tagger, documents).summary)
    print(String(format: "model load: %.2f ms", loadSeconds * 1000))
    print(Report.speed(tagger, documents, repeats: repeats))
    if let listing { try Files.write(Listing.text(tagger, documents), to: listing) }
  }

  private func load() throws -> (PartOfSpeechTagger, Double) {
    let text: String
    if let model {
      text = try Files.text(model)
    } else {
      guard let bundled = BundledResources.text(TaggerModelCodec.bundledPath) else {
        throw TrainError.notAModel(TaggerModelCodec.bundledPath)
      }
      text = bundled
    }
    let started = Files.now()
    guard let decoded = TaggerModelCodec.decode(text) else { throw TrainError.notAModel(model ?? "the bundled model") }
    return (PartOfSpeechTagger(model: decoded), Files.now() - started)
  }
}
