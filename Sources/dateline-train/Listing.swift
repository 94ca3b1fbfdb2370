import DatelineCore

/// The tagger's output as text, one word a line (`form TAB UPOS TAB lemma`), to compare two builds
/// word by word: first the gold words of every document, then the words the tokenizer and
/// segmenter find in its raw text.
enum Listing {
  static func text(_ tagger: PartOfSpeechTagger, _ documents: [AnnotatedText]) -> String {
    var out = ""
    for document in documents {
      append(tagger.tag(text: document.text, starts: document.starts, ends: document.ends), to: &out)
    }
    out += "# raw text\n"
    for document in documents {
      append(tagger.tag(text: document.text, tokens: Tokenizer.tokens(in: document.text)), to: &out)
    }
    return out
  }

  private static func append(_ words: TaggedWords, to out: inout String) {
    for index in 0..<words.count {
      out += words.word(at: index) + "\t" + words.tags[index].name + "\t" + words.lemma(at: index) + "\n"
    }
  }
}
