/// The narrative anchors a block of a long document leaves to the next (`TimeResolver.anchor`,
/// `dayAnchor`, `lastTold`): `the next day` at the start of a block goes on from the last day the
/// block before named, as it does when the document is read in one piece. Sentence numbers count
/// back from the next block's first sentence (the last sentence before it is -1).
struct NarrativeAnchors: Sendable {
  /// The last point in time told, where, and the number of its sentence.
  var anchor: (point: TimePoint, range: Range<Int>, sentence: Int)?
  /// The last day (or finer point) told, where, and the number of its sentence.
  var dayAnchor: (point: TimePoint, range: Range<Int>, sentence: Int)?
  /// The last day (or finer point) told outside the past perfect, where, and the number of its sentence.
  var storyDay: (point: TimePoint, range: Range<Int>, sentence: Int)?
  /// The paragraph of `dayAnchor`'s sentence (the document's number).
  var dayAnchorParagraph: Int?
  /// Where the last expression told ends.
  var lastTold: Int?

  /// No anchors: the state at the start of a text.
  init() {}

  /// The anchors `resolver` holds after a block of `sentences` (whose paragraphs it reads),
  /// counted from the next block, which the block carried in (`carried`) came before.
  init(_ resolver: TimeResolver, after sentences: [Sentence], carried: NarrativeAnchors) {
    let count = sentences.count
    anchor = resolver.anchor.map { ($0.point, $0.range, $0.sentence - count) }
    dayAnchor = resolver.dayAnchor.map { ($0.point, $0.range, $0.sentence - count) }
    storyDay = resolver.storyDay.map { ($0.point, $0.range, $0.sentence - count) }
    if let sentence = resolver.dayAnchor?.sentence {
      dayAnchorParagraph = sentence >= 0 ? sentences[sentence].paragraph : carried.dayAnchorParagraph
    }
    lastTold = resolver.lastTold
  }

  /// Whether sentence number `sentence` (negative for a block before) is of `paragraph`.
  func isSentence(_ sentence: Int, of paragraph: Int, in sentences: [Sentence]) -> Bool {
    sentence >= 0 ? sentences[sentence].paragraph == paragraph : dayAnchorParagraph == paragraph
  }
}
