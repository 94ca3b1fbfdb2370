/// Learns a `Lemmatizer` from gold lemmas: for each tag, the majority rule of every word ending
/// (counted over distinct words), and exceptions for the words those endings get wrong.
enum LemmaLearner {
  /// Endings seen on fewer distinct words than this give no rule.
  static let minimumSuffixWords = 2

  private struct WordType: Hashable {
    var lowered: [UInt8]
    var tag: UPOS
  }

  static func learn(_ texts: [AnnotatedText]) -> Lemmatizer {
    var ruleNumbers: [LemmaRule: Int] = [.identity: 0]
    var rules: [LemmaRule] = [.identity]
    var typeRules: [WordType: [Int: Int]] = [:]
    for text in texts {
      for index in 0..<text.count {
        let form = text.text[Int(text.starts[index])..<Int(text.ends[index])]
        let rule = LemmaRule(form: form, lemma: ArraySlice(text.lemmas[index].utf8))
        let number = ruleNumbers[rule] ?? {
          rules.append(rule)
          ruleNumbers[rule] = rules.count - 1
          return rules.count - 1
        }()
        typeRules[WordType(lowered: form.map(\.asciiLowercased), tag: text.tags[index]), default: [:]][number, default: 0] += 1
      }
    }
    let types = typeRules.map { (type: $0.key, rule: majority($0.value)) }.sorted { lhs, rhs in
      lhs.type.tag.rawValue != rhs.type.tag.rawValue
        ? lhs.type.tag.rawValue < rhs.type.tag.rawValue : lhs.type.lowered.lexicographicallyPrecedes(rhs.type.lowered)
    }
    let suffixes = suffixTable(types)
    var exceptionEntries: [(UInt32, UInt32)] = []
    let lemmatizer = Lemmatizer(rules: rules, exceptions: KeyTable(capacity: 0), suffixes: suffixes)
    for (type, rule) in types {
      let predicted = type.lowered.withUnsafeBufferPointer { bytes in
        lemmatizer.rule(bytes, 0..<bytes.count, lowered: FeatureHash.bytes(bytes, 0..<bytes.count, lower: false), tag: type.tag)
      }
      if Int(predicted) != rule {
        let key = type.lowered.withUnsafeBufferPointer { FeatureHash.bytes($0, 0..<$0.count, lower: false) }
        exceptionEntries.append((Lemmatizer.exceptionKey(key, type.tag), UInt32(rule)))
      }
    }
    var exceptions = KeyTable(capacity: exceptionEntries.count)
    for (key, rule) in exceptionEntries { exceptions.insert(key, rule) }
    return Lemmatizer(rules: rules, exceptions: exceptions, suffixes: suffixes)
  }

  /// The majority rule of each (ending, tag), kept only where it differs from the rule of the
  /// ending one byte shorter (which the lookup falls back to).
  private static func suffixTable(_ types: [(type: WordType, rule: Int)]) -> KeyTable {
    struct Ending: Hashable {
      var hash: UInt64
      var length: Int
      var tag: UPOS
    }
    var counts: [Ending: [Int: Int]] = [:]
    var parents: [Ending: Ending] = [:]
    for (type, rule) in types {
      let hashes = type.lowered.withUnsafeBufferPointer { Lemmatizer.reversedSuffixHashes($0, 0..<$0.count) }
      for length in hashes.indices {
        let ending = Ending(hash: hashes[length], length: length, tag: type.tag)
        counts[ending, default: [:]][rule, default: 0] += 1
        if length > 0 { parents[ending] = Ending(hash: hashes[length - 1], length: length - 1, tag: type.tag) }
      }
    }
    var chosen: [Ending: Int] = [:]
    for (ending, rules) in counts where ending.length == 0 || rules.values.reduce(0, +) >= minimumSuffixWords {
      chosen[ending] = majority(rules)
    }
    var entries: [(UInt32, UInt32)] = []
    for (ending, rule) in chosen {
      if let parent = parents[ending], chosen[parent] == rule { continue }
      entries.append((Lemmatizer.suffixKey(ending.hash, length: ending.length, ending.tag), UInt32(rule)))
    }
    entries.sort { $0.0 < $1.0 }
    var table = KeyTable(capacity: entries.count)
    for (key, rule) in entries { table.insert(key, rule) }
    return table
  }

  /// The most frequent rule (the lowest number on ties).
  private static func majority(_ counts: [Int: Int]) -> Int {
    counts.max { lhs, rhs in lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key > rhs.key }!.key
  }
}
