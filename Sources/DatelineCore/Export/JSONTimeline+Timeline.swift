import Foundation

extension JSONTimeline {
  /// The export of `timeline`.
  public init(_ timeline: Timeline) {
    let span = { (span: SourceSpan) in
      SpanRecord(
        document: span.document, paragraph: span.paragraph, start: span.start, end: span.end,
        text: timeline.text(span))
    }
    schema = Self.schemaName
    version = Self.currentVersion
    documents = timeline.documents.map {
      DocumentRecord(
        id: $0.id, name: $0.name, title: $0.metadata.title, byline: $0.metadata.byline, source: $0.metadata.source,
        url: $0.metadata.url, published: $0.metadata.published?.timex, text: String(decoding: $0.text, as: UTF8.self))
    }
    actors = timeline.actors.map {
      ActorRecord(
        id: $0.id, name: $0.name, kind: $0.kind.rawValue, aliases: $0.aliases, mentions: $0.mentions.map(span),
        eventCount: $0.eventCount, quoteCount: $0.quoteCount)
    }
    quotes = timeline.quotes.map {
      QuoteRecord(
        id: $0.id, text: timeline.text($0.span), speaker: $0.speaker, cue: $0.cue.map(span),
        indirect: $0.isIndirect, span: span($0.span))
    }
    events = timeline.events.map { event in
      EventRecord(
        id: event.id,
        date: event.date.map {
          DateRecord(
            value: $0.value.timex, precision: $0.value.precisionName, inferred: $0.isInferred,
            resolution: $0.resolution.name, expression: $0.expression.map(span), display: DateDisplay.span($0),
            anchorEvent: $0.anchorEvent, inference: $0.inference?.name, end: $0.end?.timex)
        },
        kind: event.kind.rawValue, summary: event.summary, actors: event.actors, quotes: event.quotes,
        mentions: event.mentions.map(span), sources: event.sources,
        disagreements: event.disagreements.isEmpty
          ? nil
          : event.disagreements.map { disagreement in
            DisagreementRecord(
              aspect: disagreement.aspect.rawValue, subject: disagreement.subject,
              versions: disagreement.versions.map { VersionRecord(value: $0.value, spans: $0.spans.map(span)) })
          })
    }
    findings = timeline.findings.map {
      FindingRecord(kind: $0.kind.rawValue, message: $0.message, span: $0.span.map(span))
    }
  }

  /// The export as pretty-printed JSON, ending in a newline.
  public func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(self)
    data.append(0x0A)
    return data
  }
}

extension TimeValue {
  /// The name of the value's precision, as the exports write it.
  public var precisionName: String {
    switch self {
    case .point(let point): point.precision.name
    case .duration: "duration"
    case .reference: "reference"
    case .set: "set"
    }
  }
}

extension TimeExpression.Resolution {
  /// The name the exports write.
  public var name: String {
    switch self {
    case .explicit: "explicit"
    case .yearFromReference: "year-from-reference"
    case .relativeToReference: "relative-to-reference"
    case .relativeToNarrative: "relative-to-narrative"
    case .unanchored: "unanchored"
    }
  }
}
