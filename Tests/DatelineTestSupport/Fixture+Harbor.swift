import DatelineCore

/// A small hand-made timeline (our own sentences), for tests that need a timeline that does not
/// depend on the extractors.
extension Fixture {
  /// The text of the hand-made article.
  public static let text = """
    On March 3, 2019, the harbor council of Port Elwin voted to close the old pier.

    “We had no choice,” said Mara Quint, who chairs the council.

    In June 2020, dock workers marched through the town center.

    Two days later, the mayor, Tobias Renn, met the union leaders.

    Nobody knows when the pier will reopen.
    """

  /// The span of the first occurrence of `needle` in `document`.
  public static func span(_ needle: String, in document: Document) -> SourceSpan {
    let bytes = Array(needle.utf8)
    let text = document.text
    for start in 0...(text.count - bytes.count) where Array(text[start..<(start + bytes.count)]) == bytes {
      return document.span(start..<(start + bytes.count))
    }
    preconditionFailure("“\(needle)” is not in the fixture")
  }

  /// A timeline made by hand over `text`: three actors, a quote, and four events (one inferred,
  /// one undated).
  public static func timeline() -> Timeline {
    let document = Document(
      id: 0, name: "articles/harbor.txt", metadata: DocumentMetadata(byline: "Ida Vell", source: "Elwin Gazette", published: TimeValue(timex: "2020-07-01")),
      text: Array(text.utf8))
    let quint = Actor(id: 0, name: "Mara Quint", kind: .person, aliases: ["Quint"], mentions: [span("Mara Quint", in: document)])
    let council = Actor(id: 1, name: "Port Elwin harbor council", kind: .organization, mentions: [span("harbor council", in: document)])
    let renn = Actor(id: 2, name: "Tobias Renn", kind: .person, mentions: [span("Tobias Renn", in: document)])
    let quote = Quote(id: 0, span: span("We had no choice,", in: document), speaker: 0, cue: span("said Mara Quint", in: document))
    let vote = Event(
      id: 0, date: EventDate(value: TimeValue(timex: "2019-03-03")!, expression: span("March 3, 2019", in: document)),
      kind: .other, summary: "Harbor council votes to close the old pier", actors: [1, 0], quotes: [0],
      mentions: [span("On March 3, 2019, the harbor council of Port Elwin voted to close the old pier.", in: document),
                 span("“We had no choice,” said Mara Quint, who chairs the council.", in: document)])
    let march = Event(
      id: 1, date: EventDate(value: TimeValue(timex: "2020-06")!, expression: span("June 2020", in: document)),
      kind: .protest, summary: "Dock workers march through the town center",
      mentions: [span("In June 2020, dock workers marched through the town center.", in: document)])
    let meeting = Event(
      id: 2,
      date: EventDate(value: TimeValue(timex: "2020-06-03")!, expression: span("Two days later", in: document), isInferred: true),
      kind: .meeting, summary: "Mayor Tobias Renn meets the union leaders", actors: [2],
      mentions: [span("Two days later, the mayor, Tobias Renn, met the union leaders.", in: document)])
    let reopening = Event(
      id: 3, date: nil, kind: .other, summary: "Pier reopening date unknown",
      mentions: [span("Nobody knows when the pier will reopen.", in: document)])
    return Timeline(documents: [document], actors: [quint, council, renn], quotes: [quote], events: [vote, march, meeting, reopening])
  }
}
