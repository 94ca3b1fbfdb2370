import ArgumentParser
import DatelineCore

/// `dateline-train train`: learns a model from UD English EWT and writes it as text.
struct Train: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Train the tagger on <ud>/en_ewt-ud-train.conllu and report accuracy on the dev set.")

  @Option(help: "The UD English EWT folder (with en_ewt-ud-train.conllu and en_ewt-ud-dev.conllu).")
  var ud: String

  @Option(help: "Where to write the model.")
  var out = "Resources/models/en-ewt-tagger.txt"

  @Option(help: "Passes over the training sentences.")
  var iterations = 8

  @Option(help: "Rows whose largest weight (of 32767) is below this are dropped.")
  var minimumWeight = 1000

  @Option(help: "A word joins the tag dictionary when seen this often…")
  var dictionaryCount = 5

  @Option(help: "… with one tag at least this share of the time.")
  var dictionaryShare = 0.995

  @Option(help: "The seed of the sentence order.")
  var seed: UInt64 = 1

  func run() throws {
    let train = try Files.documents(ud + "/en_ewt-ud-train.conllu")
    var trainer = TaggerTrainer()
    trainer.iterations = iterations
    trainer.minimumWeight = minimumWeight
    trainer.seed = seed
    trainer.dictionaryMinimumCount = dictionaryCount
    trainer.dictionaryMinimumShare = dictionaryShare
    let started = Files.now()
    let model = trainer.train(train) { iteration, accuracy in
      print("pass \(iteration): training accuracy \(Report.percent(accuracy))")
    }
    print("trained in \(String(format: "%.1f", Files.now() - started)) s")
    let text = TaggerModelCodec.encode(model)
    try Files.write(text, to: out)
    print("\(out): \(model.featureCount) features, \(model.dictionaryCount) dictionary words, "
      + "\(model.lemmatizer.rules.count) lemma rules, \(text.utf8.count) bytes")
    let dev = try Files.documents(ud + "/en_ewt-ud-dev.conllu")
    print("dev: " + Report.accuracy(PartOfSpeechTagger(model: model), dev).summary)
  }
}
