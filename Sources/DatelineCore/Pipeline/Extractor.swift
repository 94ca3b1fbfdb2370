/// Runs the whole pipeline over documents: segmenting, time tagging, events, ordering.
public struct Extractor: Sendable {
  private let timeTagger: TimeTagger
  private let eventBuilder: EventBuilder

  /// Creates an extractor with the bundled lexicons.
  public init(timeTagger: TimeTagger = .standard, eventBuilder: EventBuilder = EventBuilder()) {
    self.timeTagger = timeTagger
    self.eventBuilder = eventBuilder
  }

  /// The timeline of `documents`.
  public func timeline(of documents: [Document]) -> Timeline {
    var events: [Event] = []
    var findings: [Finding] = []
    for document in documents {
      findings += document.findings
      let analysis = TextAnalysis(document)
      let reference = Self.reference(for: document)
      let times = timeTagger.tag(analysis, reference: reference)
      events += eventBuilder.events(in: document, analysis: analysis, times: times, reference: reference)
    }
    return Timeline(documents: documents, events: eventBuilder.ordered(events), findings: findings)
  }

  /// The reference time of a document: its publication date, when known.
  public static func reference(for document: Document) -> ReferenceTime? {
    guard let published = document.metadata.published?.point else { return nil }
    return ReferenceTime(point: published, source: .metadata)
  }
}
