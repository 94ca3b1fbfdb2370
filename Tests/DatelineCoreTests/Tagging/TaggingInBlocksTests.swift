import DatelineTestSupport
import Testing

@testable import DatelineCore

/// The tagger holds the keys of one block of words at a time (a large document would otherwise
/// need 96 bytes per word at once); the tags and lemmas must not depend on where blocks end.
@Suite struct TaggingInBlocksTests {
  static let text = Array(
    ("The harbor council met on Monday. Dock workers, who had struck in 2019, said they would march again. "
      + "“We will not accept this,” the union’s spokeswoman told reporters in Port Elwin.").utf8)

  @Test func blocksOfAnySizeGiveTheSameTags() {
    let tagger = PartOfSpeechTagger.standard
    let words = WordSegmenter.words(in: Self.text, tokens: Tokenizer.tokens(in: Self.text))
    let whole = tagger.tag(text: Self.text, starts: words.starts, ends: words.ends)
    #expect(whole.count > 30)
    for block in [1, 2, 3, 7, 16] {
      let cut = tagger.tag(text: Self.text, starts: words.starts, ends: words.ends, block: block)
      #expect(cut.tags == whole.tags, "block \(block)")
      #expect(cut.lemmaRules == whole.lemmaRules, "block \(block)")
    }
  }

  @Test func noWordsAtAll() {
    #expect(PartOfSpeechTagger.standard.tag(text: [], starts: [], ends: [], block: 4).count == 0)
  }

  @Test func tokenClassesAreTheLexiconsValues() {
    let document = Fixture.document("The mayor said on Monday that protesters had attacked the old pier.")
    let analysis = TextAnalysis(document)
    let tagged = TaggedText(document: document, analysis: analysis, times: [])
    let lexicon = Lexicon.standard
    let expected = analysis.text.withUnsafeBufferPointer { text in
      analysis.tokens.map { lexicon.words.value(for: $0, in: text)?.flags ?? [] }
    }
    #expect(analysis.tokens.indices.map { tagged.infos[$0].flags } == expected)
    #expect(expected.contains { !$0.isEmpty } && expected.contains { $0.isEmpty })
  }
}
