/// Writes the records of the `json` and `jsonl` exports straight from a timeline to a sink, one
/// record at a time (see `docs/json-schema.md`): the same bytes `JSONEncoder` gives for
/// `JSONTimeline`, without building the records or the document in memory. Each record is written
/// key by key from the coding keys of its `JSONTimeline` record, so names and order have one source.
struct JSONTimelineWriter {
  private typealias Top = JSONTimeline.CodingKeys
  private typealias DocumentKey = JSONTimeline.DocumentRecord.CodingKeys
  private typealias ActorKey = JSONTimeline.ActorRecord.CodingKeys
  private typealias QuoteKey = JSONTimeline.QuoteRecord.CodingKeys
  private typealias EventKey = JSONTimeline.EventRecord.CodingKeys
  private typealias DateKey = JSONTimeline.DateRecord.CodingKeys
  private typealias FindingKey = JSONTimeline.FindingRecord.CodingKeys
  private typealias SpanKey = JSONTimeline.SpanRecord.CodingKeys
  private typealias DisagreementKey = JSONTimeline.DisagreementRecord.CodingKeys
  private typealias VersionKey = JSONTimeline.VersionRecord.CodingKeys

  private let timeline: Timeline
  private var json: JSONStreamWriter

  /// A writer of `timeline` to `sink`, pretty-printed (`json`) or compact (`jsonl`).
  init(_ timeline: Timeline, sink: ExportSink, pretty: Bool) {
    self.timeline = timeline
    json = JSONStreamWriter(sink: sink, pretty: pretty)
  }

  /// The `json` export: one pretty-printed object, ending in a newline.
  mutating func writeDocument() {
    record(Top.self, type: nil) { writer, key in
      writer.json.key(key.rawValue)
      switch key {
      case .actors: writer.list(writer.timeline.actors.indices) { $0.actor($1, type: nil) }
      case .documents: writer.list(writer.timeline.documents.indices) { $0.document($1, type: nil) }
      case .events: writer.list(writer.timeline.events.indices) { $0.event($1, type: nil) }
      case .findings: writer.list(writer.timeline.findings.indices) { $0.finding($1, type: nil) }
      case .quotes: writer.list(writer.timeline.quotes.indices) { $0.quote($1, type: nil) }
      case .schema: writer.json.string(JSONTimeline.schemaName)
      case .version: writer.json.number(JSONTimeline.currentVersion)
      }
    }
    json.newline()
  }

  /// The `jsonl` export: a header line (the schema and version), then one line per record, each
  /// with its `type`.
  mutating func writeLines() {
    record(Top.self, type: "header") { writer, key in
      switch key {
      case .schema:
        writer.json.key(key.rawValue)
        writer.json.string(JSONTimeline.schemaName)
      case .version:
        writer.json.key(key.rawValue)
        writer.json.number(JSONTimeline.currentVersion)
      case .actors, .documents, .events, .findings, .quotes: break
      }
    }
    json.newline()
    for id in timeline.documents.indices { line { $0.document(id, type: "document") } }
    for id in timeline.actors.indices { line { $0.actor(id, type: "actor") } }
    for id in timeline.quotes.indices { line { $0.quote(id, type: "quote") } }
    for id in timeline.events.indices { line { $0.event(id, type: "event") } }
    for id in timeline.findings.indices { line { $0.finding(id, type: "finding") } }
  }

  /// One object with the members `member` writes for each key, in the layout's order, and `type`
  /// (for `jsonl` lines) in its sorted place.
  private mutating func record<Key: JSONRecordKey>(
    _: Key.Type, type: String?, _ member: (inout Self, Key) -> Void
  ) {
    let layout = Key.layout
    json.beginObject()
    for (position, key) in layout.keys.enumerated() {
      if position == layout.typePosition, let type { self.type(type) }
      member(&self, key)
    }
    if layout.typePosition == layout.keys.count, let type { self.type(type) }
    json.endObject()
  }

  private mutating func line(_ record: (inout Self) -> Void) {
    record(&self)
    json.newline()
  }

  private mutating func list(_ ids: Range<Int>, _ record: (inout Self, Int) -> Void) {
    json.beginArray()
    for id in ids { record(&self, id) }
    json.endArray()
  }

  private mutating func type(_ type: String) {
    json.key("type")
    json.string(type)
  }

  private mutating func document(_ id: Int, type: String?) {
    let document = timeline.documents[id]
    let metadata = document.metadata
    record(DocumentKey.self, type: type) { writer, key in
      switch key {
      case .id: writer.member(key, document.id)
      case .name: writer.member(key, document.name)
      case .published: writer.member(key, metadata.published?.timex)
      case .source: writer.member(key, metadata.source)
      case .title: writer.member(key, metadata.title)
      case .byline: writer.member(key, metadata.byline)
      case .url: writer.member(key, metadata.url)
      case .text:
        writer.json.key(key.rawValue)
        writer.json.string(document.text, 0..<document.text.count)
      }
    }
  }

  private mutating func actor(_ id: Int, type: String?) {
    let actor = timeline.actors[id]
    record(ActorKey.self, type: type) { writer, key in
      switch key {
      case .aliases: writer.member(key, strings: actor.aliases)
      case .eventCount: writer.member(key, actor.eventCount)
      case .id: writer.member(key, actor.id)
      case .kind: writer.member(key, actor.kind.rawValue)
      case .mentions: writer.member(key, spans: actor.mentions)
      case .name: writer.member(key, actor.storedName)
      case .quoteCount: writer.member(key, actor.quoteCount)
      }
    }
  }

  private mutating func quote(_ id: Int, type: String?) {
    let quote = timeline.quotes[id]
    record(QuoteKey.self, type: type) { writer, key in
      switch key {
      case .cue: writer.member(key, span: quote.cue)
      case .id: writer.member(key, quote.id)
      case .indirect: writer.member(key, quote.isIndirect)
      case .span: writer.member(key, span: quote.span)
      case .speaker: writer.member(key, quote.speaker)
      case .text: writer.member(key, textOf: quote.span)
      }
    }
  }

  private mutating func event(_ id: Int, type: String?) {
    let event = timeline.events[id]
    record(EventKey.self, type: type) { writer, key in
      switch key {
      case .actors: writer.member(key, numbers: event.actorIDs)
      case .disagreements:
        guard !event.disagreements.isEmpty else { return }
        writer.json.key(key.rawValue)
        writer.json.beginArray()
        for disagreement in event.disagreements { writer.disagreement(disagreement) }
        writer.json.endArray()
      case .date:
        guard let date = event.date else { return }
        writer.json.key(key.rawValue)
        writer.date(date)
      case .id: writer.member(key, event.id)
      case .kind: writer.member(key, event.kind.rawValue)
      case .mentions: writer.member(key, spans: event.mentions)
      case .quotes: writer.member(key, numbers: event.quotes)
      case .sources: writer.member(key, numbers: event.sources)
      case .summary: writer.member(key, event.storedSummary)
      }
    }
  }

  private mutating func date(_ date: EventDate) {
    record(DateKey.self, type: nil) { writer, key in
      switch key {
      case .anchorEvent: writer.member(key, date.anchorEvent)
      case .display: writer.member(key, DateDisplay.span(date))
      case .end: writer.member(key, date.end?.timex)
      case .expression: writer.member(key, span: date.expression)
      case .inferred: writer.member(key, date.isInferred)
      case .inference: writer.member(key, date.inference?.name)
      case .precision: writer.member(key, date.value.precisionName)
      case .resolution: writer.member(key, date.resolution.name)
      case .value: writer.member(key, date.value.timex)
      }
    }
  }

  private mutating func disagreement(_ disagreement: Disagreement) {
    record(DisagreementKey.self, type: nil) { writer, key in
      switch key {
      case .aspect: writer.member(key, disagreement.aspect.rawValue)
      case .subject: writer.member(key, disagreement.subject)
      case .versions:
        writer.json.key(key.rawValue)
        writer.json.beginArray()
        for version in disagreement.versions {
          writer.record(VersionKey.self, type: nil) { writer, key in
            switch key {
            case .spans: writer.member(key, spans: version.spans)
            case .value: writer.member(key, version.value)
            }
          }
        }
        writer.json.endArray()
      }
    }
  }

  private mutating func finding(_ id: Int, type: String?) {
    let finding = timeline.findings[id]
    record(FindingKey.self, type: type) { writer, key in
      switch key {
      case .kind: writer.member(key, finding.kind.rawValue)
      case .message: writer.member(key, finding.message)
      case .span: writer.member(key, span: finding.span)
      }
    }
  }

  private mutating func span(_ span: SourceSpan) {
    record(SpanKey.self, type: nil) { writer, key in
      switch key {
      case .document: writer.member(key, span.document)
      case .end: writer.member(key, span.end)
      case .paragraph: writer.member(key, span.paragraph)
      case .start: writer.member(key, span.start)
      case .text: writer.member(key, textOf: span)
      }
    }
  }

  /// A string member, left out when `value` is `nil` (as `JSONEncoder` leaves out a `nil`).
  private mutating func member(_ key: some JSONRecordKey, _ value: String?) {
    guard let value else { return }
    json.key(key.rawValue)
    json.string(value)
  }

  /// A string member from shared text.
  private mutating func member(_ key: some JSONRecordKey, _ value: SharedText) {
    json.key(key.rawValue)
    json.string(value)
  }

  /// A number member, left out when `value` is `nil`.
  private mutating func member(_ key: some JSONRecordKey, _ value: Int?) {
    guard let value else { return }
    json.key(key.rawValue)
    json.number(value)
  }

  private mutating func member(_ key: some JSONRecordKey, _ value: Bool) {
    json.key(key.rawValue)
    json.bool(value)
  }

  private mutating func member(_ key: some JSONRecordKey, strings: [String]) {
    json.key(key.rawValue)
    json.beginArray()
    for value in strings { json.string(value) }
    json.endArray()
  }

  private mutating func member(_ key: some JSONRecordKey, numbers: some Sequence<Int>) {
    json.key(key.rawValue)
    json.numbers(numbers)
  }

  /// A span member, left out when `span` is `nil`.
  private mutating func member(_ key: some JSONRecordKey, span: SourceSpan?) {
    guard let span else { return }
    json.key(key.rawValue)
    self.span(span)
  }

  private mutating func member(_ key: some JSONRecordKey, spans: some Collection<SourceSpan>) {
    json.key(key.rawValue)
    json.beginArray()
    for span in spans { self.span(span) }
    json.endArray()
  }

  private mutating func member(_ key: some JSONRecordKey, textOf span: SourceSpan) {
    json.key(key.rawValue)
    text(span)
  }

  private mutating func text(_ span: SourceSpan) {
    json.string(timeline.documents[span.document].text, span.range)
  }
}
