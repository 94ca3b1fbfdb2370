@testable import DatelineCore

/// The words of `text` as the segmenter splits them.
func segmented(_ text: String) -> [String] {
  let bytes = Array(text.utf8)
  let words = WordSegmenter.words(in: bytes, tokens: Tokenizer.tokens(in: bytes))
  return zip(words.starts, words.ends).map { String(decoding: bytes[Int($0)..<Int($1)], as: UTF8.self) }
}

/// `text` tagged by the bundled model: each word with its tag and lemma.
func tagged(_ text: String) -> [(word: String, tag: UPOS, lemma: String)] {
  let bytes = Array(text.utf8)
  let words = PartOfSpeechTagger.standard.tag(text: bytes, tokens: Tokenizer.tokens(in: bytes))
  return (0..<words.count).map { (words.word(at: $0), words.tags[$0], words.lemma(at: $0)) }
}

/// The tag of the first `word` in `text`.
func tag(of word: String, in text: String) -> UPOS? {
  tagged(text).first { $0.word == word }?.tag
}

/// The lemma of the first `word` in `text`.
func lemma(of word: String, in text: String) -> String? {
  tagged(text).first { $0.word == word }?.lemma
}
