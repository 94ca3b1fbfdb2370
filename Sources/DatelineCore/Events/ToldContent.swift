/// What a mention told by a verb tells: the content words of its clause, to tell apart two
/// events of one day, kind and speaker (`Lopez said on Monday that the plant would close` and
/// `Lopez also said on Monday that 200 workers would lose their jobs`).
///
/// Two tellings are one event unless both say what they tell and share none of it: first the
/// words after the verb (what was said or done to what), and when either has none there, the
/// words of the whole clause (`The deal was announced on Monday` is not `Lopez said on Monday
/// that the plant would close`). Names, times, pronouns and auxiliaries are left out (the same
/// speaker named twice is no shared content), and so is the verb itself; words are compared by
/// their first letters, read from the text's bytes.
struct ToldContent {
  let tagged: TaggedText

  /// The clause of a mention told by a verb or a dated clause: its verb and its tokens, in 32
  /// bits each (a block may hold tens of thousands of events).
  struct Clause {
    var trigger: Int32
    var start: Int32
    var end: Int32
  }

  /// The clause of `mention`, nil for a reference or a dated noun phrase, whose words name the
  /// event rather than tell it (`the Oct. 10 ballot`). A clause that starts with its verb is read
  /// from its sentence's start, where its subject stands (`The deal, | announced on Monday`).
  func clause(of mention: EventMention) -> Clause? {
    guard [.verb, .datedSolid, .dated].contains(mention.origin), mention.tokens.contains(mention.trigger) else { return nil }
    var start = mention.tokens.lowerBound
    while start < mention.trigger, tagged.upos(start) == .punct || tagged.upos(start) == .adv { start += 1 }
    if [.verb, .aux].contains(tagged.upos(start)) {
      start = tagged.sentences[Int(tagged.sentenceOf[start])].tokens.lowerBound
    }
    return Clause(
      trigger: Int32(truncatingIfNeeded: mention.trigger), start: Int32(truncatingIfNeeded: start),
      end: Int32(truncatingIfNeeded: mention.tokens.upperBound))
  }

  /// The content words of a mention told by a verb, after its verb and in the whole clause, as
  /// sorted stems (`Content`); nil for a mention no verb told.
  func what(of mention: EventMention) -> Content? {
    guard mention.origin == .verb, let clause = clause(of: mention) else { return nil }
    return what(trigger: mention.trigger, tokens: Int(clause.start)..<mention.tokens.upperBound)
  }

  /// Whether a mention whose content is `what` may tell the same event as the one whose summary
  /// `clause` told.
  func same(_ what: Content?, _ clause: Clause?) -> Bool {
    guard let what, let clause else { return true }
    let other = self.what(trigger: Int(clause.trigger), tokens: Int(clause.start)..<Int(clause.end))
    if !what.after.isEmpty, !other.after.isEmpty { return SortedHashes.share(what.after[...], other.after[...]) }
    if !what.whole.isEmpty, !other.whole.isEmpty { return SortedHashes.share(what.whole[...], other.whole[...]) }
    return true
  }

  /// Whether a mention whose clause is `mine` may tell the same event as the one whose summary
  /// `clause` told, by what each names before its verb: unless both name a thing by common nouns
  /// that are no event's (`the factory is expected to open`, `the wind farm would open`) and share
  /// none of them. Names, times and event nouns say nothing here (`Norland held elections`, `the
  /// Oct. 10 ballot saw a record turnout`).
  func sameThing(_ mine: Clause?, _ clause: Clause?) -> Bool {
    guard let mine, let clause else { return true }
    let one = things(trigger: Int(mine.trigger), start: Int(mine.start))
    let other = things(trigger: Int(clause.trigger), start: Int(clause.start))
    return one.isEmpty || other.isEmpty || SortedHashes.share(one[...], other[...])
  }

  /// The stems of the common nouns before `trigger` from `start`, no event's and no time's, sorted.
  private func things(trigger: Int, start: Int) -> [UInt64] {
    var result: [UInt64] = []
    for index in max(start, trigger - Self.reach)..<trigger
    where tagged.upos(index) == .noun && tagged.timeOf[index] < 0 && !tagged.has(index, .triggerNoun)
      && tagged.eventKind(at: index) == nil
    {
      result.append(stem(index))
    }
    return result.sorted()
  }

  /// The content words of a clause after its verb and in all of it, each as the hash of its first
  /// `stemLength` letters in lower case (`workers` and `worker`, `closed` and `close` meet), sorted.
  struct Content {
    var after: [UInt64] = []
    var whole: [UInt64] = []
  }

  /// The longest clause read for content words, in tokens: a bound on the work for one mention.
  private static let reach = 64

  /// How many letters of a word its stem keeps: as many as two forms of one word share.
  private static let stemLength = EventWordStem.prefixLength

  private func what(trigger: Int, tokens: Range<Int>) -> Content {
    var content = Content()
    let verb = stem(trigger)
    for index in max(tokens.lowerBound, trigger - Self.reach)..<min(tokens.upperBound, trigger + Self.reach)
    where isContent(index) {
      let word = stem(index)
      guard word != verb else { continue }
      content.whole.append(word)
      if index > trigger { content.after.append(word) }
    }
    content.after.sort()
    content.whole.sort()
    return content
  }

  /// The hash of the first `stemLength` bytes of token `index`, in lower case.
  private func stem(_ index: Int) -> UInt64 {
    let token = tagged.tokens[index]
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for offset in 0..<min(Int(token.length), Self.stemLength) {
      hash = (hash ^ UInt64(tagged.analysis.text[Int(token.start) + offset].asciiLowercased)) &* 0x100_0000_01b3
    }
    return hash
  }

  /// Whether the token at `index` is a content word: a common noun, a verb, an adjective or a
  /// number, not a name, a time, a verb of speech or a word that only opens a compound.
  private func isContent(_ index: Int) -> Bool {
    guard tagged.timeOf[index] < 0, !tagged.has(index, .speechVerb) else { return false }
    switch tagged.upos(index) {
    case .noun, .verb, .adj, .num: return true
    default: return false
    }
  }
}
