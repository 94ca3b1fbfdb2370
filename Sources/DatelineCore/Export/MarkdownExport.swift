import Foundation

/// The `md` export: a readable timeline. Each event is a heading with its date and summary, a line
/// with its kind, actors and sources, and the quotes that back it; then the quotes by speaker, the
/// actors, and the findings.
public enum MarkdownExport {
  /// The export of `timeline`.
  public static func encoded(_ timeline: Timeline) -> Data {
    (try? ExportSink.data { write(timeline, to: $0) }) ?? Data()
  }

  /// Writes the export of `timeline` to `sink`, an event at a time.
  public static func write(_ timeline: Timeline, to sink: ExportSink) {
    let write = { (lines: [String]) in
      for line in lines {
        sink.append(line)
        sink.append(byte: 0x0A)
      }
    }
    write(["# " + escaped(title(timeline)), ""])
    write(timeline.documents.map { "- " + escaped(documentLine($0)) })
    let counts = [(timeline.events.count, "events"), (timeline.actors.count, "actors"), (timeline.quotes.count, "quotes")]
    write(["", counts.map { "\($0.0) \($0.1)" }.joined(separator: " · "), "", "## Timeline"])
    for event in timeline.events { write(eventLines(event, timeline)) }
    write(quoteSection(timeline))
    write(actorSection(timeline))
    if !timeline.findings.isEmpty {
      write(["", "## Findings", ""])
      write(timeline.findings.map { "- " + escaped($0.message) })
    }
  }

  private static func title(_ timeline: Timeline) -> String {
    if timeline.documents.count == 1, let title = timeline.documents[0].metadata.title { return title }
    return "Timeline of \(timeline.documents.count) article" + (timeline.documents.count == 1 ? "" : "s")
  }

  private static func documentLine(_ document: Document) -> String {
    var parts = [document.metadata.title ?? document.name]
    if let source = document.metadata.source { parts.append(source) }
    if let published = document.metadata.published { parts.append("published " + DateDisplay.text(published)) }
    return parts.joined(separator: " — ")
  }

  private static func eventLines(_ event: Event, _ timeline: Timeline) -> [String] {
    var lines = ["", "### " + DateDisplay.text(event.date) + " — " + escaped(event.summary), ""]
    var facts = [event.kind.rawValue]
    if !event.actorIDs.isEmpty {
      facts.append(event.actorIDs.map { escaped(timeline.actors[$0].name) }.joined(separator: ", "))
    }
    let told = event.mentions.count == 1 ? "told once" : "told \(event.mentions.count) times"
    let paragraphs = event.mentions.map { span in
      (timeline.documents.count > 1 ? "\(span.document + 1)/" : "") + "¶\(span.paragraph + 1)"
    }
    var seen = Set<String>()
    facts.append(told + " (" + paragraphs.filter { seen.insert($0).inserted }.joined(separator: ", ") + ")")
    if let inference = event.date?.inference {
      let anchor = event.date?.anchorEvent.map { timeline.events[$0].summary }
      let told = event.date?.expression.map { timeline.text($0) }
      facts.append(escaped(inference.explanation(anchor: anchor, told: told, unit: event.date?.unitWords ?? "day")))
    } else if let anchor = event.date?.anchorEvent, let expression = event.date?.expression {
      facts.append(
        "“" + escaped(timeline.text(expression)) + "”, counted from " + DateDisplay.text(timeline.events[anchor].date))
    }
    lines.append(facts.joined(separator: " · "))
    for quote in event.quotes.map({ timeline.quotes[$0] }) where !quote.isIndirect {
      lines.append("")
      lines.append("> “" + escaped(timeline.text(quote.span)) + "” — " + speaker(quote, timeline))
    }
    return lines
  }

  private static func quoteSection(_ timeline: Timeline) -> [String] {
    guard !timeline.quotes.isEmpty else { return [] }
    var lines = ["", "## Quotes by speaker"]
    var order: [Int?] = []
    var bySpeaker: [Int?: [Int]] = [:]
    for (index, quote) in timeline.quotes.enumerated() {
      if bySpeaker[quote.speaker] == nil { order.append(quote.speaker) }
      bySpeaker[quote.speaker, default: []].append(index)
    }
    for speaker in order {
      let name = speaker.map { timeline.actors[$0].name } ?? "Unattributed"
      lines.append("")
      lines.append("### " + escaped(name))
      lines.append("")
      for quote in (bySpeaker[speaker] ?? []).map({ timeline.quotes[$0] }) {
        let text = escaped(timeline.text(quote.span))
        lines.append(quote.isIndirect ? "- (reported) " + text : "- “" + text + "”")
      }
    }
    return lines
  }

  private static func actorSection(_ timeline: Timeline) -> [String] {
    guard !timeline.actors.isEmpty else { return [] }
    var lines = [
      "", "## Actors", "", "| actor | kind | also called | mentions | events | quotes |", "|---|---|---|---|---|---|",
    ]
    for actor in timeline.actors {
      let aliases = actor.aliases.map(escaped).joined(separator: ", ")
      let cells = [
        escaped(actor.name), actor.kind.rawValue, aliases, String(actor.mentions.count), String(actor.eventCount),
        String(actor.quoteCount),
      ]
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    return lines
  }

  private static func speaker(_ quote: Quote, _ timeline: Timeline) -> String {
    quote.speaker.map { escaped(timeline.actors[$0].name) } ?? "unattributed"
  }

  /// Text with Markdown's special characters escaped and line breaks turned into spaces.
  static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in TerminalSafeText.sanitized(text, keeping: ["\n", "\r"]) {
      switch character {
      case "\\", "*", "_", "`", "[", "]", "<", ">", "|", "#":
        result.append("\\")
        result.append(character)
      case "\n", "\r\n", "\r": result.append(" ")
      default: result.append(character)
      }
    }
    return result
  }
}
