/// Trains a `TaggerModel` on annotated texts: an averaged perceptron over `TaggerFeatures`,
/// sentences visited in a seeded random order, then quantized to 16 bits and pruned.
public struct TaggerTrainer {
  /// Passes over the training sentences.
  public var iterations = 8
  /// The seed of the sentence order.
  public var seed: UInt64 = 1
  /// Rows whose largest quantized weight is below this are dropped.
  public var minimumWeight = 1000
  /// A word joins the tag dictionary when seen this often…
  public var dictionaryMinimumCount = 5
  /// … with one tag at least this share of the time.
  public var dictionaryMinimumShare = 0.995

  /// A trainer with the default settings.
  public init() {}

  /// The model learned from `texts`; `progress` is told the training accuracy of each pass.
  public func train(_ texts: [AnnotatedText], progress: (Int, Double) -> Void = { _, _ in }) -> TaggerModel {
    let dictionary = Self.tagDictionary(texts, minimumCount: dictionaryMinimumCount, share: dictionaryMinimumShare)
    let ambiguity = Self.ambiguityTable(texts)
    let keys = texts.map { text in
      text.text.withUnsafeBufferPointer {
        PartOfSpeechTagger.keys($0, starts: text.starts, ends: text.ends, ambiguity: ambiguity)
      }
    }
    var sentences = texts.indices.flatMap { text in texts[text].sentenceStarts.indices.map { (text, $0) } }
    var generator = SeededGenerator(seed: seed)
    var perceptron = AveragedPerceptron()
    var features = [UInt32](repeating: 0, count: TaggerFeatures.maximum)
    for iteration in 1...iterations {
      sentences.shuffle(using: &generator)
      var correct = 0
      var total = 0
      for (textIndex, sentence) in sentences {
        let text = texts[textIndex]
        let range = text.sentence(sentence)
        var previous = range.lowerBound > 0 ? text.tags[range.lowerBound - 1].rawValue : TaggerFeatures.startTag
        var beforePrevious = range.lowerBound > 1 ? text.tags[range.lowerBound - 2].rawValue : TaggerFeatures.startTag
        keys[textIndex].withUnsafeBufferPointer { keys in
          for index in range {
            let position = index + TaggerFeatures.padding
            let truth = text.tags[index].rawValue
            var guess: UInt8
            if let known = dictionary.value(TaggerModel.dictionaryKey(keys[position].exact)) {
              guess = UInt8(truncatingIfNeeded: known)
            } else {
              let count = features.withUnsafeMutableBufferPointer {
                TaggerFeatures.extract(
                  keys.baseAddress!, at: position, previous: previous, beforePrevious: beforePrevious,
                  into: $0.baseAddress!)
              }
              guess = perceptron.predict(features[0..<count])
              perceptron.update(truth: truth, guess: guess, features: features[0..<count])
            }
            if guess == truth { correct += 1 }
            total += 1
            beforePrevious = previous
            previous = guess
          }
        }
      }
      progress(iteration, Double(correct) / Double(max(total, 1)))
    }
    let weights = perceptron.quantized(minimumWeight: minimumWeight)
    let lemmatizer = LemmaLearner.learn(texts)
    return TaggerModel(
      weights: weights, tagDictionary: Self.withLemmas(dictionary, texts, lemmatizer),
      ambiguity: Self.withLemmaHints(ambiguity, texts, lemmatizer), lemmatizer: lemmatizer)
  }

  /// `ambiguity` with the lemma rule of each word's most frequent tag added (bits 17–26); words
  /// whose rule number does not fit lose their hint.
  static func withLemmaHints(_ ambiguity: KeyTable, _ texts: [AnnotatedText], _ lemmatizer: Lemmatizer) -> KeyTable {
    var table = ambiguity
    for text in texts {
      text.text.withUnsafeBufferPointer { bytes in
        for index in 0..<text.count {
          let range = Int(text.starts[index])..<Int(text.ends[index])
          let lowered = FeatureHash.bytes(bytes, range, lower: true)
          let key = TaggerModel.ambiguityKey(lowered)
          guard let entry = ambiguity.value(key) else { continue }
          let rule = UInt32(lemmatizer.rule(bytes, range, lowered: lowered, tag: UPOS(rawValue: UInt8(entry >> 27))!))
          table.insert(key, rule < 0x3FF ? entry | rule << 17 : entry & 0x1FFFF | TaggerModel.noHint << 17)
        }
      }
    }
    return table
  }

  /// `dictionary` with the lemma rule of each word added to its tag (`tag | rule << 8`).
  static func withLemmas(_ dictionary: KeyTable, _ texts: [AnnotatedText], _ lemmatizer: Lemmatizer) -> KeyTable {
    var table = dictionary
    for text in texts {
      text.text.withUnsafeBufferPointer { bytes in
        for index in 0..<text.count {
          let range = Int(text.starts[index])..<Int(text.ends[index])
          let key = TaggerModel.dictionaryKey(FeatureHash.bytes(bytes, range, lower: false))
          guard let tag = dictionary.value(key) else { continue }
          let rule = lemmatizer.rule(
            bytes, range, lowered: FeatureHash.bytes(bytes, range, lower: true), tag: UPOS(rawValue: UInt8(tag))!)
          table.insert(key, tag | UInt32(rule) << 8)
        }
      }
    }
    return table
  }

  /// For each lower-cased word seen at least twice, the tags it took at least 5% of the time.
  static func ambiguityTable(_ texts: [AnnotatedText]) -> KeyTable {
    var counts: [UInt64: [Int]] = [:]
    for text in texts {
      text.text.withUnsafeBufferPointer { bytes in
        for index in 0..<text.count {
          let hash = FeatureHash.bytes(bytes, Int(text.starts[index])..<Int(text.ends[index]), lower: true)
          counts[hash, default: Array(repeating: 0, count: UPOS.count)][Int(text.tags[index].rawValue)] += 1
        }
      }
    }
    var entries: [(UInt32, UInt32)] = []
    for (hash, tags) in counts {
      let total = tags.reduce(0, +)
      guard total >= 2 else { continue }
      var mask: UInt32 = 0
      for (tag, count) in tags.enumerated() where count * 20 >= total { mask |= 1 << tag }
      let top = UInt32(tags.firstIndex(of: tags.max()!)!)
      entries.append((TaggerModel.ambiguityKey(hash), mask | top << 27))
    }
    entries.sort { $0.0 < $1.0 }
    var table = KeyTable(capacity: entries.count)
    for (key, mask) in entries { table.insert(key, mask) }
    return table
  }

  /// Words (as written) seen at least `minimumCount` times with one tag at least `share` of the time.
  static func tagDictionary(_ texts: [AnnotatedText], minimumCount: Int, share: Double) -> KeyTable {
    var counts: [UInt64: [Int]] = [:]
    for text in texts {
      text.text.withUnsafeBufferPointer { bytes in
        for index in 0..<text.count {
          let hash = FeatureHash.bytes(bytes, Int(text.starts[index])..<Int(text.ends[index]), lower: false)
          counts[hash, default: Array(repeating: 0, count: UPOS.count)][Int(text.tags[index].rawValue)] += 1
        }
      }
    }
    let chosen = counts.filter { _, tags in
      let total = tags.reduce(0, +)
      return total >= minimumCount && Double(tags.max()!) / Double(total) >= share
    }
    var table = KeyTable(capacity: chosen.count)
    for (hash, tags) in chosen.sorted(by: { $0.key < $1.key }) {
      table.insert(TaggerModel.dictionaryKey(hash), UInt32(tags.firstIndex(of: tags.max()!)!))
    }
    return table
  }
}
