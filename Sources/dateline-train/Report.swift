import DatelineCore
import Foundation

/// Accuracy and speed figures of a tagger on annotated texts.
enum Report {
  struct Accuracy {
    var words = 0
    var tagsRight = 0
    var lemmasRight = 0

    var summary: String {
      "\(words) words, UPOS \(Report.percent(Double(tagsRight) / Double(max(words, 1)))), "
        + "lemmas \(Report.percent(Double(lemmasRight) / Double(max(words, 1))))"
    }
  }

  static func percent(_ share: Double) -> String { String(format: "%.2f%%", share * 100) }

  static func accuracy(_ tagger: PartOfSpeechTagger, _ documents: [AnnotatedText]) -> Accuracy {
    var accuracy = Accuracy()
    for document in documents {
      let tagged = tagger.tag(text: document.text, starts: document.starts, ends: document.ends)
      for index in 0..<document.count {
        accuracy.words += 1
        if tagged.tags[index] == document.tags[index] { accuracy.tagsRight += 1 }
        if tagged.lemma(at: index) == document.lemmas[index] { accuracy.lemmasRight += 1 }
      }
    }
    return accuracy
  }

  /// Words per second and MB/s on one core (the best of `repeats` passes, as other work on the
  /// machine only slows passes down): on the gold words, and on raw text through `Tokenizer` and
  /// `WordSegmenter`.
  static func speed(_ tagger: PartOfSpeechTagger, _ documents: [AnnotatedText], repeats: Int) -> String {
    let bytes = documents.reduce(0) { $0 + $1.text.count }
    let words = documents.reduce(0) { $0 + $1.count }
    var checksum = 0
    var goldSeconds = Double.infinity
    for _ in 0..<repeats {
      let started = Files.now()
      for document in documents {
        checksum &+= Int(tagger.tag(text: document.text, starts: document.starts, ends: document.ends).tags.last?.rawValue ?? 0)
      }
      goldSeconds = min(goldSeconds, Files.now() - started)
    }
    var rawSeconds = Double.infinity
    var segmented = 0
    for _ in 0..<repeats {
      let started = Files.now()
      segmented = 0
      for document in documents {
        let tagged = tagger.tag(text: document.text, tokens: Tokenizer.tokens(in: document.text))
        segmented &+= tagged.count
        checksum &+= Int(tagged.tags.last?.rawValue ?? 0)
      }
      rawSeconds = min(rawSeconds, Files.now() - started)
    }
    return String(
      format: "gold words: %.0f words/s, %.1f MB/s; raw text (tokenizer + segmenter + tagger): %.1f MB/s, %d words (checksum %d)",
      Double(words) / goldSeconds, Double(bytes) / goldSeconds / 1e6, Double(bytes) / rawSeconds / 1e6,
      segmented, checksum % 7)
  }
}
