import Testing
@testable import DatelineCore

@Suite struct TaggerModelCodecTests {
  /// A tiny corpus of sentences written for this test.
  static let corpus = """
    1\tBirds\tbird\tNOUN\t_\t_\t0\t_\t_\t_
    2\tsing\tsing\tVERB\t_\t_\t0\t_\t_\tSpaceAfter=No
    3\t.\t.\tPUNCT\t_\t_\t0\t_\t_\t_

    1\tThe\tthe\tDET\t_\t_\t0\t_\t_\t_
    2\tdogs\tdog\tNOUN\t_\t_\t0\t_\t_\t_
    3\twere\tbe\tAUX\t_\t_\t0\t_\t_\t_
    4\tbarking\tbark\tVERB\t_\t_\t0\t_\t_\tSpaceAfter=No
    5\t.\t.\tPUNCT\t_\t_\t0\t_\t_\t_

    1\tAnna\tAnna\tPROPN\t_\t_\t0\t_\t_\t_
    2\tsaw\tsee\tVERB\t_\t_\t0\t_\t_\t_
    3\tthe\tthe\tDET\t_\t_\t0\t_\t_\t_
    4\tbirds\tbird\tNOUN\t_\t_\t0\t_\t_\tSpaceAfter=No
    5\t.\t.\tPUNCT\t_\t_\t0\t_\t_\t_

    """

  private func trained() -> TaggerModel {
    var trainer = TaggerTrainer()
    trainer.iterations = 4
    trainer.minimumWeight = 1
    trainer.dictionaryMinimumCount = 2
    return trainer.train(CoNLLUReader.documents(in: Self.corpus))
  }

  @Test func savedModelLoadsBackTheSame() throws {
    let model = trained()
    let text = TaggerModelCodec.encode(model)
    let loaded = try #require(TaggerModelCodec.decode(text))
    #expect(TaggerModelCodec.encode(loaded) == text)
    #expect(loaded.featureCount == model.featureCount && model.featureCount > 0)
    let document = CoNLLUReader.documents(in: Self.corpus)[0]
    let before = PartOfSpeechTagger(model: model).tag(text: document.text, starts: document.starts, ends: document.ends)
    let after = PartOfSpeechTagger(model: loaded).tag(text: document.text, starts: document.starts, ends: document.ends)
    #expect(before.tags == after.tags)
    #expect(before.lemmaRules == after.lemmaRules)
    #expect(after.tags == document.tags)
    #expect((0..<after.count).map(after.lemma(at:)) == document.lemmas)
  }

  @Test func trainingIsDeterministic() {
    #expect(TaggerModelCodec.encode(trained()) == TaggerModelCodec.encode(trained()))
  }

  @Test func damagedTextIsRejected() {
    let text = TaggerModelCodec.encode(trained())
    #expect(TaggerModelCodec.decode("") == nil)
    #expect(TaggerModelCodec.decode("dateline-tagger 1\nfeatures 3\n!!!!\n") == nil)
    #expect(TaggerModelCodec.decode(String(text.prefix(text.utf8.count / 2))) == nil)
  }

  @Test func bundledModelLoads() {
    #expect(PartOfSpeechTagger.standard.model.featureCount > 10_000)
  }
}
