/// Extracts one document: time tagging, actors, quotes and events. Pure: the result depends on
/// the document alone (and, for a wire dateline without a year in a text that states none, on
/// `today`).
///
/// A document longer than `blockBytes` can be extracted a block at a time
/// (`extract(_:timings:blocks:)`): the per-token arrays of extraction then cover one block, not
/// the whole text.
public struct DocumentExtractor: Sendable {
  private let timeTagger: TimeTagger
  private let lexicon: Lexicon
  /// Documents longer than this many bytes are extracted in blocks of about this size.
  public let blockBytes: Int
  /// The day of the run: a wire dateline's day in a text that states no year takes the latest
  /// year up to it (`nil` leaves such a text's dates unresolved).
  public let today: TimePoint?

  /// The block size the pipeline uses: 256 KiB, several times the longest news article. A
  /// block's extraction (its tokens, tags, drafts and events) is held beside the timeline of the
  /// blocks before it, at about three times the block's bytes: 1 MiB blocks took 15 MB of a
  /// 5 MB text's peak, more than the timeline itself for most texts.
  public static let defaultBlockBytes = 1 << 18

  /// An extractor with the bundled lexicons that cuts documents longer than `blockBytes` into
  /// blocks, run on `today`.
  public init(
    timeTagger: TimeTagger = .standard, blockBytes: Int = DocumentExtractor.defaultBlockBytes, today: TimePoint? = nil
  ) {
    self.timeTagger = timeTagger
    lexicon = .standard
    self.blockBytes = max(1, blockBytes)
    self.today = today
  }

  /// The extraction of `document`, in one pass whatever its length.
  public func extract(_ document: Document) -> DocumentExtraction {
    var timings = StageTimings()
    return extract(document, timings: &timings)
  }

  /// An extraction with the time each of its stages took.
  struct Measured: Sendable {
    let extraction: DocumentExtraction
    let timings: StageTimings
  }

  /// The extraction of `document`, in one pass, and the time of each stage.
  func measuredExtraction(_ document: Document) -> Measured {
    var timings = StageTimings()
    let extraction = extract(document, timings: &timings)
    return Measured(extraction: extraction, timings: timings)
  }

  /// Whether `document` is extracted a block at a time by `extract(_:timings:blocks:)`.
  func isCutIntoBlocks(_ document: Document) -> Bool { document.text.count > blockBytes }

  /// The extraction of `document`, in one pass whatever its length, adding the time of each
  /// stage to `timings`.
  public func extract(_ document: Document, timings: inout StageTimings) -> DocumentExtraction {
    timings.bytes += document.text.count
    let analysis = timings.measure(.segmenting) { TextAnalysis(document) }
    let published = Self.reference(for: document)
    let points = published == nil ? timings.measure(.times) { timeTagger.referencePoints(for: analysis) } : nil
    let reference = published ?? points.flatMap { inferredReference(for: document, from: $0) }
    var dating = BlockDating()
    var extraction = extract(analysis, of: document, reference: reference, dating: &dating, timings: &timings)
    extraction.findings =
      documentFindings(document, published: published, reference: reference, points: points) + extraction.findings
    return extraction
  }

  /// Extracts `document` and hands its extraction to `consume`: in one piece, or for a document
  /// longer than `blockBytes`, one extraction for each of its blocks (`TextBlock.blocks`), in
  /// order, each as soon as it is made, so that one block's extraction is held at a time, with
  /// the bytes of the text up to the block's end (the whole text's length with the last); the
  /// first is assembled with `TimelineAssembler.add(_:)`, the others with `addBlock(_:)`. Every
  /// block has the document, byte offsets in the whole text and the reference time of the whole
  /// text (found in a first pass over the blocks), and its event positions count the tokens of
  /// the blocks before; the first holds the document's own findings. Actors, quotes and events
  /// are found within each block: a pronoun, a quotation's continuation or a reference to an
  /// event is not linked to a block before, and what several blocks tell is joined as the
  /// tellings of several documents are; dating goes on from block to block (`BlockDating`: the
  /// narrative anchors and the story's time), so that dates are those of the text in one piece.
  /// `progress` is told the share (0…1) of the work done
  /// after each block of either pass, the first pass counting for `referencePassShare`.
  public func extract(
    _ document: Document, timings: inout StageTimings, progress: (_ share: Double) -> Void = { _ in },
    blocks consume: (DocumentExtraction, _ bytesDone: Int) -> Void
  ) {
    let blocks = isCutIntoBlocks(document) ? TextBlock.blocks(of: document, size: blockBytes) : []
    guard blocks.count > 1 else {
      consume(extract(document, timings: &timings), document.text.count)
      return progress(1)
    }
    timings.bytes += document.text.count
    let published = Self.reference(for: document)
    var reference = published
    let firstPass = published == nil ? Self.referencePassShare : 0
    let length = Double(max(1, document.text.count))
    var points = ReferencePoints()
    if published == nil {
      for (ordinal, block) in blocks.enumerated() {
        let analysis = timings.measure(.segmenting) { TextAnalysis(document, block: block) }
        points = points.followed(
          by: timings.measure(.times) { timeTagger.referencePoints(for: analysis, opensText: ordinal == 0) })
        progress(firstPass * Double(block.range.upperBound) / length)
      }
      reference = inferredReference(for: document, from: points)
    }
    var tokensBefore = 0
    // The narrative anchors and the story's time go on from block to block.
    var dating = BlockDating()
    for (ordinal, block) in blocks.enumerated() {
      let analysis = timings.measure(.segmenting) { TextAnalysis(document, block: block) }
      var extraction = extract(analysis, of: document, reference: reference, dating: &dating, timings: &timings)
      for index in extraction.events.indices { extraction.events[index].position += tokensBefore }
      if ordinal == 0 {
        extraction.findings =
          documentFindings(document, published: published, reference: reference, points: points)
          + extraction.findings
      }
      tokensBefore += analysis.tokens.count
      // The block's tokens and sentences are let go of before its extraction is assembled.
      _ = consume analysis
      let bytesDone = ordinal == blocks.count - 1 ? document.text.count : block.range.upperBound
      consume(extraction, bytesDone)
      progress(firstPass + (1 - firstPass) * Double(bytesDone) / length)
    }
  }

  /// The share of the work on a long document without a publication date that its first pass
  /// (segmenting and reading the dates of every block, to find the reference time) stands for:
  /// about what segmenting and time tagging take of an ordinary article's extraction.
  static let referencePassShare = 0.2

  /// The findings of `document` itself: those of its reading and, without a publication date,
  /// which reference its relative dates were counted from (found from `points`).
  private func documentFindings(
    _ document: Document, published: ReferenceTime?, reference: ReferenceTime?, points: ReferencePoints?
  ) -> [Finding] {
    guard published == nil else { return document.findings }
    let leadNamesWeekday = (points?.leadWeekdays ?? 0) != 0
    return document.findings + [Self.guessFinding(document, reference, leadNamesWeekday: leadNamesWeekday, points: points)]
  }

  /// The extraction of the text `analysis` holds (a whole document or one of its blocks):
  /// expressions and events are resolved against `reference` and what the blocks before left
  /// (`dating`, then set to what this one leaves); the findings are those of its quotes.
  private func extract(
    _ analysis: TextAnalysis, of document: Document, reference: ReferenceTime?, dating: inout BlockDating,
    timings: inout StageTimings
  ) -> DocumentExtraction {
    let times = timings.measure(.times) { timeTagger.tag(analysis, reference: reference, carrying: &dating.anchors) }
    let tagged = timings.measure(.wordClasses) {
      TaggedText(document: document, analysis: analysis, times: times, lexicon: lexicon)
    }
    let scan = timings.measure(.quoteMarks) { QuoteScanner.scan(tagged) }
    var actors = timings.measure(.actors) { ActorTagger(tagged: tagged).tag() }
    let (quotes, quotePronouns) = timings.measure(.quotes) {
      let pronouns = PronounResolver(tagged: tagged, actors: actors, quotes: scan)
      return (QuoteTagger(tagged: tagged, actors: actors, scan: scan, pronouns: pronouns).tag(), pronouns)
    }
    actors.addRoleSpeakers(of: quotes, tagged: tagged)
    let speakerKindsChanged = SpeakerKind(tagged: tagged).settle(quotes.quotes, in: &actors)
    let events = timings.measure(.events) {
      // The resolver reads the actors' kinds: one made before a speaker was given a kind is stale.
      let pronouns = speakerKindsChanged ? PronounResolver(tagged: tagged, actors: actors, quotes: scan) : quotePronouns
      return EventBuilder(
        tagged: tagged, actors: actors, quotes: quotes, scan: scan, pronouns: pronouns, listings: document.listings
      ).events(reference: reference, dating: &dating)
    }
    return DocumentExtraction(
      document: document, actors: actors.actors, quotes: quotes.quotes, events: events,
      findings: scan.findings + quotes.findings, storyLead: dating.leadInBlock)
  }

  /// The reference time of a document: its publication date, when known with its year.
  public static func reference(for document: Document) -> ReferenceTime? {
    guard let published = document.metadata.published?.point, published.year != nil else { return nil }
    return ReferenceTime(point: published, source: .metadata)
  }

  /// The reference time of a document without a publication date, inferred from the `points`
  /// of its text: its publication day with the year completed, when it names the day alone
  /// (`LONDON, May 14 (Reuters) -`), from the text or, when it states no year, from `today`;
  /// else the latest day the text states.
  func inferredReference(for document: Document, from points: ReferencePoints) -> ReferenceTime? {
    if let day = document.metadata.published?.point, day.year == nil {
      if let completed = PublicationYear.completed(day, points: points) {
        return ReferenceTime(point: completed, source: .yearInferred)
      }
      if points.stated == nil, let today,
        let completed = PublicationYear.latest(day, notAfter: today, leadWeekdays: points.leadWeekdays)
      {
        return ReferenceTime(point: completed, source: .yearFromToday)
      }
    }
    return points.guessed.map { ReferenceTime(point: $0, source: .inferred) }
  }

  /// The finding of a document without a publication date: which reference its relative dates
  /// were counted from, if any, and whether the weekday its lead names chose the year (or, from
  /// `points`, why its latest full date was not taken).
  static func guessFinding(
    _ document: Document, _ reference: ReferenceTime?, leadNamesWeekday: Bool, points: ReferencePoints? = nil
  ) -> Finding {
    let onTheWeekday = leadNamesWeekday ? " on the weekday the lead names" : ""
    if let day = document.metadata.published?.point, day.year == nil, let reference, reference.source == .yearFromToday,
      let year = reference.point.year
    {
      return Finding(
        .noReferenceTime,
        message: "\(document.name): the publication day, \(DateDisplay.text(.point(day))), names no year, nor does the "
          + "text; it is taken as \(year), the latest year up to today in which it falls\(onTheWeekday), and relative "
          + "dates are shown as inferred")
    }
    if let day = document.metadata.published?.point, day.year == nil, let point = reference?.point,
      point.month == day.month, point.day == day.day, let year = point.year
    {
      let from = "the latest date in the text" + (leadNamesWeekday ? " and the weekday the lead names" : "")
      return Finding(
        .noReferenceTime,
        message: "\(document.name): the publication day, \(DateDisplay.text(.point(day))), names no year; it is taken "
          + "as \(year) from \(from), and relative dates are shown as inferred")
    }
    if reference == nil, let stated = points?.stated, stated.precision >= .day, let year = points?.pastYear {
      return Finding(
        .noReferenceTime,
        message: "\(document.name): no publication date, and the latest full date in the text, "
          + "\(DateDisplay.text(.point(stated))), is before \(year), a year it tells as past; relative dates are left unresolved")
    }
    guard let point = reference?.point else {
      return Finding(
        .noReferenceTime,
        message: "\(document.name): no publication date, and no full date in the text to guess one from; "
          + "relative dates are left unresolved")
    }
    return Finding(
      .noReferenceTime,
      message: "\(document.name): no publication date; relative dates are counted from "
        + "\(DateDisplay.text(.point(point))) (\(point.timex)), the latest date in the text, and shown as inferred")
  }
}
