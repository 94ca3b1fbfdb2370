/// Tags words with their UD part of speech and lemma, left to right with a greedy averaged
/// perceptron (see docs/tagger.md).
public struct PartOfSpeechTagger: Sendable {
  /// The bundled model, trained on UD English EWT; decoded once, on first use.
  public static let standard: PartOfSpeechTagger = {
    guard let text = BundledResources.text(TaggerModelCodec.bundledPath),
      let model = TaggerModelCodec.decode(text)
    else { preconditionFailure("the tagger model \(TaggerModelCodec.bundledPath) is missing or damaged") }
    return PartOfSpeechTagger(model: model)
  }()

  /// The weights, dictionary and lemma rules.
  public let model: TaggerModel

  /// The summed weights of the features that depend only on the two previous tags.
  private let tagContext: TagContextScores

  /// A tagger that uses `model`.
  public init(model: TaggerModel) {
    self.model = model
    tagContext = TagContextScores(model.weights)
  }

  /// The tag the word `text[range]` took most often in training, case folded (`Industry` and
  /// `industry` → noun), or nil when the model saw the word too rarely to keep it.
  public func usualTag(of text: [UInt8], _ range: Range<Int>) -> UPOS? {
    var lower = FeatureHash.offset
    for index in range { lower = FeatureHash.step(lower, text[index].asciiLowercased) }
    let entry = model.ambiguity.withView { $0.value(TaggerModel.ambiguityKey(lower)) }
    guard let entry, entry >> 27 != 0x1F else { return nil }
    return UPOS(rawValue: UInt8(truncatingIfNeeded: entry >> 27))
  }

  /// Splits Dateline `tokens` of `text` into UD-like words (see `WordSegmenter`) and tags them.
  public func tag(text: [UInt8], tokens: [Token]) -> TaggedWords {
    let words = WordSegmenter.words(in: text, tokens: tokens)
    return tag(text: text, starts: words.starts, ends: words.ends)
  }

  /// Words whose keys are held at once: the keys of a word take 96 bytes, so a text is tagged a
  /// block at a time rather than with all its keys. 1,024 words take 96 KiB, which the allocator
  /// keeps on its heap and hands out again for the next block; 65,536 took 6 MB, mapped afresh for
  /// each 1 MiB block of a long document and the peak of its memory (4.7 MB of the 3.5 MiB list
  /// of names'), and the padding words computed twice are 4 in 1,024.
  static let block = 1 << 10

  /// Tags the words whose byte ranges in `text` are `starts[i]..<ends[i]`.
  public func tag(text: [UInt8], starts: [Int32], ends: [Int32]) -> TaggedWords {
    tag(text: text, starts: starts, ends: ends, block: Self.block)
  }

  /// Tags the words, holding the keys of `block` words at a time.
  func tag(text: [UInt8], starts: [Int32], ends: [Int32], block: Int) -> TaggedWords {
    precondition(starts.count == ends.count, "one end per start")
    var tags = [UPOS](repeating: .x, count: starts.count)
    var lemmaRules = [UInt16](repeating: 0, count: starts.count)
    text.withUnsafeBufferPointer { bytes in
      var context = (previous: TaggerFeatures.startTag, beforePrevious: TaggerFeatures.startTag)
      var low = 0
      repeat {
        let words = low..<min(starts.count, low + block)
        let keys = Self.keys(bytes, starts: starts, ends: ends, words: words, ambiguity: model.ambiguity)
        keys.withUnsafeBufferPointer { keys in
          tags.withUnsafeMutableBufferPointer { tags in
            lemmaRules.withUnsafeMutableBufferPointer { lemmas in
              run(
                bytes, keys.baseAddress!, words: words, starts: starts, ends: ends, tags: tags, lemmas: lemmas,
                context: &context)
            }
          }
        }
        low = words.upperBound
      } while low < starts.count
      FiniteVerbRepair(ambiguity: model.ambiguity, lemmatizer: model.lemmatizer)
        .repair(bytes, starts: starts, ends: ends, tags: &tags, lemmas: &lemmaRules)
    }
    return TaggedWords(
      text: text, rules: model.lemmatizer.rules, starts: starts, ends: ends, tags: tags, lemmaRules: lemmaRules)
  }

  /// The `WordKeys` of every word with `TaggerFeatures.padding` padding words at each end.
  static func keys(
    _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32], ambiguity: KeyTable
  ) -> [WordKeys] {
    keys(bytes, starts: starts, ends: ends, words: starts.indices, ambiguity: ambiguity)
  }

  /// The `WordKeys` of `words` and of the `TaggerFeatures.padding` words on each side of them
  /// (padding words past either end of the text).
  static func keys(
    _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32], words: Range<Int>, ambiguity: KeyTable
  ) -> [WordKeys] {
    let padding = TaggerFeatures.padding
    var keys: [WordKeys] = []
    keys.reserveCapacity(words.count + 2 * padding)
    ambiguity.withView { ambiguity in
      WordKeys.byteClasses.withUnsafeBufferPointer { classes in
        for index in (words.lowerBound - padding)..<(words.upperBound + padding) {
          guard index >= 0 else {
            keys.append(TaggerFeatures.before)
            continue
          }
          guard index < starts.count else {
            keys.append(TaggerFeatures.after)
            continue
          }
          var word = WordKeys(bytes, Int(starts[index])..<Int(ends[index]), classes: classes.baseAddress!)
          let entry = ambiguity.value(TaggerModel.ambiguityKey(word.lower)) ?? TaggerModel.noHint << 17
          word.ambiguity = UInt64(entry & 0x1FFFF)
          word.lemmaHint = entry >> 17
          keys.append(word)
        }
      }
    }
    return keys
  }

  /// Tags `words`, whose keys (with padding) are `keys`, after the tags in `context`; leaves the
  /// last two tags in `context` for the next block.
  private func run(
    _ bytes: UnsafeBufferPointer<UInt8>, _ keys: UnsafePointer<WordKeys>, words: Range<Int>, starts: [Int32],
    ends: [Int32], tags: UnsafeMutableBufferPointer<UPOS>, lemmas: UnsafeMutableBufferPointer<UInt16>,
    context: inout (previous: UInt8, beforePrevious: UInt8)
  ) {
    var previous = context.previous
    var beforePrevious = context.beforePrevious
    let lemmatizer = model.lemmatizer
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: TaggerFeatures.maximum) { features in
        model.weights.withView { weights in
          tagContext.withView { tagContext in
            model.tagDictionary.withView { dictionary in
              for index in words {
                let position = index - words.lowerBound + TaggerFeatures.padding
                let tag: UInt8
                if let known = dictionary.value(TaggerModel.dictionaryKey(keys[position].exact)) {
                  tag = UInt8(truncatingIfNeeded: known)
                  tags[index] = UPOS(number: tag)
                  lemmas[index] = UInt16(truncatingIfNeeded: known >> 8)
                } else {
                  var (scores, lastScore) = tagContext.sums(previous: previous, beforePrevious: beforePrevious)
                  let count = TaggerFeatures.wordFeatures(keys, at: position, previous: previous, into: features.baseAddress!)
                  for feature in 0..<count { weights.add(features[feature], to: &scores, &lastScore) }
                  if keys[position].ambiguity == 0, bytes[Int(starts[index])] &- UInt8(ascii: "A") < 26 {
                    scores &-= Self.closedClassPenalty
                  }
                  tag = Self.best(scores, lastScore)
                  let upos = UPOS(number: tag)
                  tags[index] = upos
                  let hint = keys[position].lemmaHint
                  lemmas[index] =
                    hint >> 10 == UInt32(tag)
                    ? UInt16(hint & 0x3FF)
                    : lemmatizer.rule(
                      bytes, Int(starts[index])..<Int(ends[index]), lowered: keys[position].lower, tag: upos)
                }
                beforePrevious = previous
                previous = tag
              }
            }
          }
        }
    }
    context = (previous, beforePrevious)
  }

  /// What a capitalized word seen less than twice in training loses on each closed-class tag
  /// (`ADP`, `AUX`, `CCONJ`, `DET`, `INTJ`, `PART`, `PRON`, `SCONJ`) and punctuation: those are short
  /// lists of frequent words, so an unknown name (`Ofwat,` opening a sentence) is none of them.
  /// Scores stay within ±2^20, so the penalty outweighs any of them and still leaves room for
  /// `best`'s shift.
  static let closedClassPenalty = SIMD16<Int32>(0, 1, 0, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1, 0, 0) &* (1 << 22)

  /// The tag with the highest score (the first on ties), from the scores of the first sixteen tags
  /// and of the last. Each score is shifted left by five bits and given a rank that falls with the
  /// tag number (16 for tag 0 … 1 for tag 15, 0 for the last tag), so the largest ranked value is
  /// the highest score, the first tag on ties. Scores stay within ±2^20 (at most
  /// `TaggerFeatures.maximum` weights of 16 bits), so the shift cannot overflow.
  @inline(__always)
  static func best(_ scores: SIMD16<Int32>, _ lastScore: Int32) -> UInt8 {
    let ranked = scores &<< 5 | SIMD16<Int32>(16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1)
    let eight = pointwiseMax(ranked.lowHalf, ranked.highHalf)
    let four = pointwiseMax(eight.lowHalf, eight.highHalf)
    let two = pointwiseMax(four.lowHalf, four.highHalf)
    let top = max(max(two[0], two[1]), lastScore &<< 5)
    return UInt8(truncatingIfNeeded: 16 &- (top & 31))
  }

  /// The tag with the highest score (the first on ties).
  @inline(__always)
  static func best<Scores: Collection>(_ scores: Scores) -> UInt8 where Scores.Element: Comparable, Scores.Index == Int {
    var best = 0
    for tag in 1..<UPOS.count where scores[tag] > scores[best] { best = tag }
    return UInt8(best)
  }
}
