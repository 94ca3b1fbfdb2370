/// Runs the whole pipeline over documents: each document is extracted on its own
/// (`DocumentExtractor`), then the extractions are merged and ordered (`TimelineAssembler`).
/// Running the first step for several documents at once gives the same timeline, as long as the
/// extractions are handed to the assembler in document order.
public struct Extractor: Sendable {
  private let documentExtractor: DocumentExtractor

  /// Creates an extractor with the bundled lexicons.
  public init(timeTagger: TimeTagger = .standard) {
    documentExtractor = DocumentExtractor(timeTagger: timeTagger)
  }

  /// The timeline of `documents`.
  public func timeline(of documents: [Document]) -> Timeline {
    var assembler = TimelineAssembler()
    for document in documents { assembler.add(documentExtractor.extract(document)) }
    return assembler.takeTimeline()
  }

  /// The timeline of `documents`, with the time spent in each stage.
  public func timeline(of documents: [Document], timings: inout StageTimings) -> Timeline {
    var assembler = TimelineAssembler()
    for document in documents {
      let extraction = documentExtractor.extract(document, timings: &timings)
      timings.measure(.assembly) { assembler.add(extraction) }
    }
    return timings.measure(.assembly) { assembler.takeTimeline() }
  }

  /// The extraction of one document, for running documents in parallel before assembling them
  /// (`TimelineAssembler`, in document order).
  public func extract(_ document: Document) -> DocumentExtraction {
    documentExtractor.extract(document)
  }

  /// The timeline of extractions made with `extract`, given in document order.
  public func assemble(_ extractions: [DocumentExtraction]) -> Timeline {
    TimelineAssembler.assemble(extractions)
  }

  /// The reference time of a document: its publication date, when known.
  public static func reference(for document: Document) -> ReferenceTime? {
    guard let published = document.metadata.published?.point else { return nil }
    return ReferenceTime(point: published, source: .metadata)
  }
}
