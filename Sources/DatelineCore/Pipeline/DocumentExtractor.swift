/// Extracts one document: time tagging, actors, quotes and events. Pure: the result depends on
/// the document alone.
public struct DocumentExtractor: Sendable {
  private let timeTagger: TimeTagger
  private let lexicon: Lexicon

  /// An extractor with the bundled lexicons.
  public init(timeTagger: TimeTagger = .standard) {
    self.timeTagger = timeTagger
    lexicon = .standard
  }

  /// The extraction of `document`.
  public func extract(_ document: Document) -> DocumentExtraction {
    var timings = StageTimings()
    return extract(document, timings: &timings)
  }

  /// An extraction with the time each of its stages took.
  struct Measured: Sendable {
    let extraction: DocumentExtraction
    let timings: StageTimings
  }

  /// The extraction of `document` and the time of each stage.
  func measuredExtraction(_ document: Document) -> Measured {
    var timings = StageTimings()
    let extraction = extract(document, timings: &timings)
    return Measured(extraction: extraction, timings: timings)
  }

  /// The extraction of `document`, adding the time of each stage to `timings`.
  public func extract(_ document: Document, timings: inout StageTimings) -> DocumentExtraction {
    timings.bytes += document.text.count
    let analysis = timings.measure(.segmenting) { TextAnalysis(document) }
    let published = Self.reference(for: document)
    let reference = published ?? timings.measure(.times) { timeTagger.inferredReference(for: analysis) }
    let times = timings.measure(.times) { timeTagger.tag(analysis, reference: reference) }
    let tagged = timings.measure(.wordClasses) {
      TaggedText(document: document, analysis: analysis, times: times, lexicon: lexicon)
    }
    let scan = timings.measure(.quoteMarks) { QuoteScanner.scan(tagged) }
    var actors = timings.measure(.actors) { ActorTagger(tagged: tagged).tag() }
    let (quotes, quotePronouns) = timings.measure(.quotes) {
      let pronouns = PronounResolver(tagged: tagged, actors: actors, quotes: scan)
      return (QuoteTagger(tagged: tagged, actors: actors, scan: scan, pronouns: pronouns).tag(), pronouns)
    }
    var speakerKindsChanged = false
    for quote in quotes.quotes {
      if let speaker = quote.speaker, actors.actors[speaker].kind == .unknown {
        actors.actors[speaker].kind = .person
        speakerKindsChanged = true
      }
    }
    let events = timings.measure(.events) {
      // The resolver reads the actors' kinds: one made before a speaker became a person is stale.
      let pronouns = speakerKindsChanged ? PronounResolver(tagged: tagged, actors: actors, quotes: scan) : quotePronouns
      return EventBuilder(tagged: tagged, actors: actors, quotes: quotes, scan: scan, pronouns: pronouns)
        .events(reference: reference)
    }
    return DocumentExtraction(
      document: document, actors: actors.actors, quotes: quotes.quotes, events: events,
      findings: document.findings + (published == nil ? [Self.guessFinding(document, reference)] : [])
        + scan.findings + quotes.findings)
  }

  /// The reference time of a document: its publication date, when known.
  public static func reference(for document: Document) -> ReferenceTime? {
    guard let published = document.metadata.published?.point else { return nil }
    return ReferenceTime(point: published, source: .metadata)
  }

  /// The finding of a document without a publication date: which reference its relative dates
  /// were counted from, if any.
  static func guessFinding(_ document: Document, _ reference: ReferenceTime?) -> Finding {
    guard let point = reference?.point else {
      return Finding(
        .noReferenceTime,
        message: "\(document.name): no publication date, and no date in the text to guess one from; "
          + "relative dates are left unresolved")
    }
    return Finding(
      .noReferenceTime,
      message: "\(document.name): no publication date; relative dates are counted from "
        + "\(DateDisplay.text(.point(point))) (\(point.timex)), the latest date in the text, and shown as inferred")
  }
}
