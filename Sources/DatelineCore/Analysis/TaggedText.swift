/// One document as the actor, quote and event taggers read it: tokens and sentences, the lexicon
/// classes and the part of speech of every token, and which tokens belong to temporal
/// expressions. A class, so that the many small readers that hold it share one copy.
final class TaggedText: Sendable {
  /// The document.
  let document: Document
  /// Its tokens and sentences.
  let analysis: TextAnalysis
  /// The lexicon classes of each token.
  let infos: TokenInfos
  /// For each token, the index of its sentence.
  let sentenceOf: TokenSentences
  /// The temporal expressions, in text order.
  let times: [TimeExpression]
  /// For each token, the index of the temporal expression that covers it, or -1.
  let timeOf: TokenTimes
  /// The lexicons the classes came from.
  let lexicon: Lexicon
  /// The lemmas of the words of the document as the part-of-speech tagger splits them.
  let lemmas: WordLemmas
  /// For each token, the part of speech of its word and whether it starts it.
  let wordTags: TokenWordTags
  /// The tagger that tagged the words.
  let tagger: PartOfSpeechTagger
  /// The context classes around each event word as a later use of it reads them.
  let senseContexts: SenseContextMemo

  /// Tags `analysis` of `document` with `lexicon` and `tagger`, given its temporal expressions.
  init(
    document: Document, analysis: TextAnalysis, times: [TimeExpression], lexicon: Lexicon = .standard,
    tagger: PartOfSpeechTagger = .standard
  ) {
    self.document = document
    self.analysis = analysis
    self.times = times
    self.lexicon = lexicon
    self.tagger = tagger
    let tokens = analysis.tokens
    let words = tagger.tag(text: analysis.text, tokens: tokens)
    lemmas = WordLemmas(words)
    wordTags = TokenWordTags(tokens: tokens, words: words)
    infos = TokenInfos(tokens: tokens, text: analysis.text, table: lexicon.words)
    sentenceOf = TokenSentences(sentences: analysis.sentences, tokenCount: tokens.count)
    timeOf = TokenTimes(times: times, tokens: tokens)
    senseContexts = SenseContextMemo()
  }

  /// The tokens.
  var tokens: [Token] { analysis.tokens }
  /// The sentences.
  var sentences: [Sentence] { analysis.sentences }

  /// Whether token `index` has any of `flags`.
  @inline(__always)
  func has(_ index: Int, _ flags: WordFlags) -> Bool {
    index >= 0 && index < infos.count && !infos[index].flags.isDisjoint(with: flags)
  }

  /// The part of speech of the word token `index` belongs to.
  @inline(__always)
  func upos(_ index: Int) -> UPOS {
    index >= 0 && index < wordTags.count ? wordTags.upos(index) : .x
  }

  /// Whether token `index` starts its word: false inside `13,000` or `U.S.`.
  @inline(__always)
  func startsWord(_ index: Int) -> Bool {
    index >= 0 && index < wordTags.count && wordTags.startsWord(index)
  }

  /// The tag the tagger's training data gave the word of token `index` most often, case folded;
  /// nil past either end of the text.
  func usualTag(_ index: Int) -> UPOS? {
    guard index >= 0, index < analysis.tokens.count else { return nil }
    return tagger.usualTag(of: analysis.text, analysis.tokens[index].range)
  }

  /// Whether token `index` is a word with digits glued after it that is not a unit or a common
  /// acronym the lexicon knows: `A380`, `G8`, but not `MP3`.
  func isModelCode(_ index: Int) -> Bool {
    let tokens = analysis.tokens
    guard tokens[index].kind == .word, index + 1 < tokens.count, tokens[index + 1].kind == .number, isGlued(index + 1)
    else { return false }
    return !(lexicon.words.value(forWord: string(tokens: index..<(index + 2)))?.flags.contains(.calendar) ?? false)
  }

  /// The lemma of the word token `index` belongs to (`was` → `be`); empty past either end of the
  /// text.
  func lemma(_ index: Int) -> String {
    guard index >= 0, index < analysis.tokens.count else { return "" }
    return lemmas.lemma(ofToken: index, tokens: analysis.tokens, text: analysis.text)
  }

  /// Whether token `index` is a word that starts with a capital letter.
  @inline(__always)
  func isCapitalizedWord(_ index: Int) -> Bool {
    index >= 0 && index < infos.count && analysis.tokens[index].kind == .word && analysis.tokens[index].isCapitalized
  }

  /// Whether token `index` is a word in camel case, a name as written (`iPhone`, `eBay`).
  func isCamelCase(_ index: Int) -> Bool {
    index >= 0 && index < infos.count && analysis.tokens[index].isCamelCase(in: analysis.text)
  }

  /// Whether token `index` is a word written in lower case.
  @inline(__always)
  func isLowercaseWord(_ index: Int) -> Bool {
    index >= 0 && index < infos.count && analysis.tokens[index].kind == .word && !analysis.tokens[index].isCapitalized
  }

  /// Whether token `index` is glued to the token before it (no white space between).
  @inline(__always)
  func isGlued(_ index: Int) -> Bool {
    index > 0 && index < infos.count && !analysis.tokens[index].isSpaced
  }

  /// Whether token `index` is a lowercase verb or auxiliary that is not a participle opening a
  /// clause of its own (`had`, `will`; not `, saying …`).
  func isFiniteVerb(_ index: Int) -> Bool {
    guard isLowercaseWord(index), !endsWith(index, "ing") else { return false }
    return upos(index) == .verb || upos(index) == .aux
  }

  /// Whether `range` is a bare noun phrase: it opens with a determiner, noun, name or pronoun (or,
  /// with `number`, a number: an age), or a quantifier before its `of` (`Most of the residents`),
  /// and holds no verb.
  func isBareNounPhrase(_ range: Range<Int>, orNumber number: Bool = false) -> Bool {
    let first = upos(range.lowerBound)
    guard [.det, .propn, .noun, .pron].contains(first) || number && first == .num || opensWithQuantifiedOf(range) else {
      return false
    }
    // A participle joined to a word before it by a hyphen modifies the noun: `the Leeds-based firm`.
    return !range.contains { (upos($0) == .verb || upos($0) == .aux) && !(has($0 - 1, .hyphen) && isGlued($0) && isGlued($0 - 1)) }
  }

  /// Whether the tokens of `range` stand in brackets: an opening one right before them or a
  /// closing one right after.
  func isBracketed(_ range: Range<Int>) -> Bool {
    (range.lowerBound > 0 && has(range.lowerBound - 1, .openParen)) || has(range.upperBound, .closeParen)
  }

  /// Whether token `index` is the first word of its sentence, or the first word after an opening
  /// quotation mark, bracket, colon or dash: a place where ordinary words are capitalized.
  func isSentenceInitial(_ index: Int) -> Bool {
    let sentence = analysis.sentences[Int(sentenceOf[index])]
    var previous = index - 1
    while previous >= sentence.tokens.lowerBound,
      has(previous, [.openDouble, .straightDouble, .openSingle, .openParen])
    {
      previous -= 1
    }
    // A hyphen with spaces around it stands for a dash: `VIENNA (Reuters) - Talks …`.
    let isSpacedHyphen = has(previous, .hyphen) && analysis.tokens[previous].isSpaced && analysis.tokens[previous + 1].isSpaced
    return previous < sentence.tokens.lowerBound || has(previous, [.colon, .dash]) || isSpacedHyphen || previous < index - 1
  }

  /// Whether token `index` ends in the given lower-case ASCII suffix (`ing`, `ed`, `ly`); false
  /// past either end of the text.
  func endsWith(_ index: Int, _ suffix: StaticString) -> Bool {
    guard index >= 0, index < analysis.tokens.count else { return false }
    let token = analysis.tokens[index]
    let count = suffix.utf8CodeUnitCount
    guard token.kind == .word, token.length > count + 1 else { return false }
    let start = Int(token.end) - count
    let bytes = suffix.utf8Start
    for offset in 0..<count where analysis.text[start + offset] | 0x20 != bytes[offset] { return false }
    return true
  }

  /// The text in `range` of bytes.
  func string(_ range: Range<Int>) -> String { analysis.string(range) }

  /// The bytes from the start of token `tokens.lowerBound` to the end of the token before
  /// `tokens.upperBound`.
  func byteRange(_ tokens: Range<Int>) -> Range<Int> {
    guard !tokens.isEmpty else { return 0..<0 }
    return Int(analysis.tokens[tokens.lowerBound].start)..<Int(analysis.tokens[tokens.upperBound - 1].end)
  }

  /// The text of the tokens in `tokens`.
  func string(tokens: Range<Int>) -> String { string(byteRange(tokens)) }

  /// A source span over `range` of bytes of this document.
  func span(_ range: Range<Int>) -> SourceSpan { document.span(range) }

  /// A source span over the tokens in `tokens`.
  func span(tokens: Range<Int>) -> SourceSpan { document.span(byteRange(tokens)) }

  /// The longest phrase of `table` that starts at token `index` and stays inside `limit`.
  func match<Value>(_ table: PhraseTable<Value>, at index: Int, limit: Int) -> (length: Int, value: Value)? {
    analysis.text.withUnsafeBufferPointer {
      table.longestMatch(at: index, tokens: analysis.tokens, text: $0, limit: limit)
    }
  }
}

extension TaggedText {
  /// Whether token `index` spells `word` (given in lower case), ignoring ASCII case.
  func isWord(_ index: Int, _ word: StaticString) -> Bool {
    guard index >= 0, index < analysis.tokens.count else { return false }
    let token = analysis.tokens[index]
    let count = word.utf8CodeUnitCount
    guard token.length == count else { return false }
    let bytes = word.utf8Start
    for offset in 0..<count {
      let byte = analysis.text[Int(token.start) + offset]
      if byte.asciiLowercased != bytes[offset] { return false }
    }
    return true
  }
}
