/// Writes the records of the `json` and `jsonl` exports straight from a timeline to a sink, one
/// record at a time (see `docs/json-schema.md`): the same bytes `JSONEncoder` gives for
/// `JSONTimeline`, without building the records or the document in memory.
struct JSONTimelineWriter {
  private let timeline: Timeline
  private var json: JSONStreamWriter

  /// A writer of `timeline` to `sink`, pretty-printed (`json`) or compact (`jsonl`).
  init(_ timeline: Timeline, sink: ExportSink, pretty: Bool) {
    self.timeline = timeline
    json = JSONStreamWriter(sink: sink, pretty: pretty)
  }

  /// The `json` export: one pretty-printed object, ending in a newline.
  mutating func writeDocument() {
    json.beginObject()
    json.key("actors")
    list(timeline.actors.indices) { $0.actor($1, type: nil) }
    json.key("documents")
    list(timeline.documents.indices) { $0.document($1, type: nil) }
    json.key("events")
    list(timeline.events.indices) { $0.event($1, type: nil) }
    json.key("findings")
    list(timeline.findings.indices) { $0.finding($1, type: nil) }
    json.key("quotes")
    list(timeline.quotes.indices) { $0.quote($1, type: nil) }
    json.key("schema")
    json.string("dateline.timeline")
    json.key("version")
    json.number(JSONTimeline.currentVersion)
    json.endObject()
    json.newline()
  }

  /// The `jsonl` export: a header line, then one line per record, each with its `type`.
  mutating func writeLines() {
    json.beginObject()
    json.key("schema")
    json.string("dateline.timeline")
    json.key("type")
    json.string("header")
    json.key("version")
    json.number(JSONTimeline.currentVersion)
    json.endObject()
    json.newline()
    for id in timeline.documents.indices { line { $0.document(id, type: "document") } }
    for id in timeline.actors.indices { line { $0.actor(id, type: "actor") } }
    for id in timeline.quotes.indices { line { $0.quote(id, type: "quote") } }
    for id in timeline.events.indices { line { $0.event(id, type: "event") } }
    for id in timeline.findings.indices { line { $0.finding(id, type: "finding") } }
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

  private mutating func type(_ type: String?) {
    guard let type else { return }
    json.key("type")
    json.string(type)
  }

  private mutating func optional(_ key: StaticString, _ value: String?) {
    guard let value else { return }
    json.key(key)
    json.string(value)
  }

  private mutating func document(_ id: Int, type: String?) {
    let document = timeline.documents[id]
    json.beginObject()
    json.key("id")
    json.number(document.id)
    json.key("name")
    json.string(document.name)
    optional("published", document.metadata.published?.timex)
    optional("source", document.metadata.source)
    optional("title", document.metadata.title)
    self.type(type)
    optional("url", document.metadata.url)
    json.endObject()
  }

  private mutating func actor(_ id: Int, type: String?) {
    let actor = timeline.actors[id]
    json.beginObject()
    json.key("aliases")
    json.beginArray()
    for alias in actor.aliases { json.string(alias) }
    json.endArray()
    json.key("eventCount")
    json.number(actor.eventCount)
    json.key("id")
    json.number(actor.id)
    json.key("kind")
    json.string(actor.kind.rawValue)
    json.key("mentions")
    spans(actor.mentions)
    json.key("name")
    json.string(actor.name)
    json.key("quoteCount")
    json.number(actor.quoteCount)
    self.type(type)
    json.endObject()
  }

  private mutating func quote(_ id: Int, type: String?) {
    let quote = timeline.quotes[id]
    json.beginObject()
    if let cue = quote.cue {
      json.key("cue")
      span(cue)
    }
    json.key("id")
    json.number(quote.id)
    json.key("indirect")
    json.bool(quote.isIndirect)
    json.key("span")
    span(quote.span)
    if let speaker = quote.speaker {
      json.key("speaker")
      json.number(speaker)
    }
    json.key("text")
    text(quote.span)
    self.type(type)
    json.endObject()
  }

  private mutating func event(_ id: Int, type: String?) {
    let event = timeline.events[id]
    json.beginObject()
    json.key("actors")
    json.numbers(event.actors)
    if let date = event.date {
      json.key("date")
      self.date(date)
    }
    json.key("id")
    json.number(event.id)
    json.key("kind")
    json.string(event.kind.rawValue)
    json.key("mentions")
    spans(event.mentions)
    json.key("quotes")
    json.numbers(event.quotes)
    json.key("sources")
    json.numbers(event.sources)
    json.key("summary")
    json.string(event.summary)
    self.type(type)
    json.endObject()
  }

  private mutating func date(_ date: EventDate) {
    json.beginObject()
    if let anchor = date.anchorEvent {
      json.key("anchorEvent")
      json.number(anchor)
    }
    json.key("display")
    json.string(DateDisplay.text(date.value))
    if let expression = date.expression {
      json.key("expression")
      span(expression)
    }
    json.key("inferred")
    json.bool(date.isInferred)
    json.key("precision")
    json.string(date.value.precisionName)
    json.key("resolution")
    json.string(date.resolution.name)
    json.key("value")
    json.string(date.value.timex)
    json.endObject()
  }

  private mutating func finding(_ id: Int, type: String?) {
    let finding = timeline.findings[id]
    json.beginObject()
    json.key("kind")
    json.string(finding.kind.rawValue)
    json.key("message")
    json.string(finding.message)
    if let span = finding.span {
      json.key("span")
      self.span(span)
    }
    self.type(type)
    json.endObject()
  }

  private mutating func spans(_ spans: [SourceSpan]) {
    json.beginArray()
    for span in spans { self.span(span) }
    json.endArray()
  }

  private mutating func span(_ span: SourceSpan) {
    json.beginObject()
    json.key("document")
    json.number(span.document)
    json.key("end")
    json.number(span.end)
    json.key("paragraph")
    json.number(span.paragraph)
    json.key("start")
    json.number(span.start)
    json.key("text")
    text(span)
    json.endObject()
  }

  private mutating func text(_ span: SourceSpan) {
    json.string(timeline.documents[span.document].text, span.range)
  }
}
