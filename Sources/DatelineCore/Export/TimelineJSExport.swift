import Foundation

/// The `timelinejs` export: TimelineJS3 JSON (`title` and `events` slides). Dates are as precise
/// as known (a year alone, a year and month, or a day); fuzzy ones carry a `display_date`, and
/// periods (weeks, quarters, seasons) an `end_date`. Each slide's `group` is its main actor.
/// Undated events cannot be placed on a TimelineJS timeline and are left out.
public enum TimelineJSExport {
  /// The export of `timeline`.
  public static func encoded(_ timeline: Timeline) throws -> Data {
    let headline =
      timeline.documents.count == 1
      ? timeline.documents[0].metadata.title ?? timeline.documents[0].name
      : "Timeline of \(timeline.documents.count) articles"
    let sources = timeline.documents.map {
      html($0.metadata.source.map { "\($0): " } ?? "") + html($0.metadata.title ?? $0.name)
    }
    let root = Root(
      title: Slide(text: Text(headline: html(headline), text: sources.joined(separator: "<br>")), uniqueID: "title"),
      events: timeline.events.compactMap { slide($0, timeline) })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(root)
    data.append(0x0A)
    return data
  }

  private static func slide(_ event: Event, _ timeline: Timeline) -> Slide? {
    guard let date = event.date, let point = date.value.point, point.year != nil, let span = CalendarSpan(date.value)
    else {
      return nil
    }
    let display = DateDisplay.text(date)
    let fuzzy = point.precision < .day || point.precision == .partOfDay || date.isInferred
    var start = DateObject(year: String(span.start.year))
    var end: DateObject?
    switch point.precision {
    case .year, .century, .decade, .half, .quarter, .season, .week:
      if point.precision != .year {
        start = DateObject(span.start)
        end = DateObject(span.end)
      }
    case .month:
      start.month = String(span.start.month)
    default:
      start = DateObject(span.start)
    }
    start.displayDate = display
    var body: [String] = [html(event.kind.rawValue)]
    if !event.actors.isEmpty {
      body.append(html(event.actors.map { timeline.actors[$0].name }.joined(separator: ", ")))
    }
    body.append(
      "Sources: "
        + html(
          event.sources.map { timeline.documents[$0].metadata.title ?? timeline.documents[$0].name }.joined(
            separator: "; ")))
    for quote in event.quotes.map({ timeline.quotes[$0] }) where !quote.isIndirect {
      let speaker = quote.speaker.map { " — " + html(timeline.actors[$0].name) } ?? ""
      body.append("<blockquote>“" + html(timeline.text(quote.span)) + "”" + speaker + "</blockquote>")
    }
    return Slide(
      startDate: start, endDate: end, text: Text(headline: html(event.summary), text: body.joined(separator: "<br>")),
      group: event.actors.first.map { timeline.actors[$0].name }, displayDate: fuzzy ? display : nil,
      uniqueID: "event-\(event.id)")
  }

  /// Text with the characters HTML gives a meaning to written as entities.
  static func html(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default: result.append(character)
      }
    }
    return result
  }

  /// The whole TimelineJS document.
  struct Root: Encodable {
    var title: Slide
    var events: [Slide]
  }

  /// One slide: the title, or an event.
  struct Slide: Encodable {
    var startDate: DateObject?
    var endDate: DateObject?
    var text: Text
    var group: String?
    var displayDate: String?
    var uniqueID: String

    init(
      startDate: DateObject? = nil, endDate: DateObject? = nil, text: Text, group: String? = nil,
      displayDate: String? = nil, uniqueID: String
    ) {
      self.startDate = startDate
      self.endDate = endDate
      self.text = text
      self.group = group
      self.displayDate = displayDate
      self.uniqueID = uniqueID
    }

    enum CodingKeys: String, CodingKey {
      case startDate = "start_date", endDate = "end_date", text, group, displayDate = "display_date"
      case uniqueID = "unique_id"
    }
  }

  /// A TimelineJS date: as many parts as are known, as strings.
  struct DateObject: Encodable {
    var year: String
    var month: String?
    var day: String?
    var displayDate: String?

    init(year: String) {
      self.year = year
    }

    init(_ date: (year: Int, month: Int, day: Int)) {
      year = String(date.year)
      month = String(date.month)
      day = String(date.day)
    }

    enum CodingKeys: String, CodingKey {
      case year, month, day, displayDate = "display_date"
    }
  }

  /// A slide's headline and body (HTML).
  struct Text: Encodable {
    var headline: String
    var text: String
  }
}
