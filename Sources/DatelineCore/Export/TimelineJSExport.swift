import Foundation

/// The `timelinejs` export: TimelineJS3 JSON (`title` and `events` slides). Dates are as precise
/// as known (a year alone, a year and month, or a day); fuzzy ones carry a `display_date`, and
/// periods (weeks, quarters, seasons) and events told over a range of dates an `end_date`. Each slide's `group` is its main actor.
/// Undated events cannot be placed on a TimelineJS timeline and are left out.
public enum TimelineJSExport {
  /// The export of `timeline`.
  public static func encoded(_ timeline: Timeline) throws -> Data {
    try ExportSink.data { write(timeline, to: $0) }
  }

  /// Writes the export of `timeline` to `sink`, a slide at a time.
  public static func write(_ timeline: Timeline, to sink: ExportSink) {
    let headline =
      timeline.documents.count == 1
      ? timeline.documents[0].metadata.title ?? timeline.documents[0].name
      : "Timeline of \(timeline.documents.count) articles"
    let sources = timeline.documents.map {
      html($0.metadata.source.map { "\($0): " } ?? "") + html($0.metadata.title ?? $0.name)
    }
    var json = JSONStreamWriter(sink: sink, pretty: true)
    json.beginObject()
    json.key("events")
    json.beginArray()
    for event in timeline.events {
      if let slide = slide(event, timeline) { slide.write(to: &json) }
    }
    json.endArray()
    json.key("title")
    Slide(text: Text(headline: html(headline), text: sources.joined(separator: "<br>")), uniqueID: "title").write(
      to: &json)
    json.endObject()
    json.newline()
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
    if date.end != nil, let range = CalendarSpan(date), range.last > span.last {
      end = DateObject(range.end)
    }
    start.displayDate = display
    var body: [String] = [html(event.kind.rawValue)]
    if !event.actorIDs.isEmpty {
      body.append(html(event.actorIDs.map { timeline.actors[$0].name }.joined(separator: ", ")))
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
      group: event.actorIDs.first.map { timeline.actors[$0].name }, displayDate: fuzzy ? display : nil,
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

  /// One slide: the title, or an event.
  struct Slide {
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

    /// Writes the slide as a JSON object, keys in sorted order.
    func write(to json: inout JSONStreamWriter) {
      json.beginObject()
      if let displayDate {
        json.key("display_date")
        json.string(displayDate)
      }
      if let endDate {
        json.key("end_date")
        endDate.write(to: &json)
      }
      if let group {
        json.key("group")
        json.string(group)
      }
      if let startDate {
        json.key("start_date")
        startDate.write(to: &json)
      }
      json.key("text")
      json.beginObject()
      json.key("headline")
      json.string(text.headline)
      json.key("text")
      json.string(text.text)
      json.endObject()
      json.key("unique_id")
      json.string(uniqueID)
      json.endObject()
    }
  }

  /// A TimelineJS date: as many parts as are known, as strings.
  struct DateObject {
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

    /// Writes the date as a JSON object, keys in sorted order.
    func write(to json: inout JSONStreamWriter) {
      json.beginObject()
      if let day {
        json.key("day")
        json.string(day)
      }
      if let displayDate {
        json.key("display_date")
        json.string(displayDate)
      }
      if let month {
        json.key("month")
        json.string(month)
      }
      json.key("year")
      json.string(year)
      json.endObject()
    }
  }

  /// A slide's headline and body (HTML).
  struct Text {
    var headline: String
    var text: String
  }
}
