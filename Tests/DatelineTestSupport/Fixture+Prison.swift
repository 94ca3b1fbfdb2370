import DatelineCore

/// A small hand-made story of two reports (our own sentences) that give one strike different
/// facts, for tests of how disagreements show, independent of the extractors.
extension Fixture {
  /// The timeline of the two reports: the strike (the hour differs) and the wounded (the count
  /// differs), each told by both.
  public static func prisonStory() -> Timeline {
    let metadata = { (source: String) in DocumentMetadata(source: source, published: TimeValue(timex: "2024-05-12")) }
    let wire = Document(
      id: 0, name: "reports/wire.txt", metadata: metadata("Wire"),
      text: Array("A drone struck the Halvik prison at 2:30 a.m. on Sunday.\n\nSeven guards were wounded, the prison service said.\n".utf8))
    let desk = Document(
      id: 1, name: "reports/desk.txt", metadata: metadata("Desk"),
      text: Array("A drone struck Halvik Prison at 3 a.m. Sunday.\n\nSix guards were wounded, the ministry said.\n".utf8))
    let strike = Event(
      id: 0, date: EventDate(value: TimeValue(timex: "2024-05-12T02:30")!, expression: span("2:30 a.m. on Sunday", in: wire)),
      kind: .attack, summary: "A drone struck the Halvik prison at 2:30 a.m. on Sunday",
      mentions: [span("A drone struck the Halvik prison at 2:30 a.m. on Sunday", in: wire), span("A drone struck Halvik Prison at 3 a.m. Sunday", in: desk)],
      disagreements: [
        Disagreement(
          aspect: .timeOfDay, subject: "time",
          versions: [.init(value: "02:30", spans: [span("2:30 a.m.", in: wire)]), .init(value: "03:00", spans: [span("3 a.m.", in: desk)])])
      ])
    let wounded = Event(
      id: 1, date: nil, kind: .attack, summary: "Seven guards were wounded",
      mentions: [span("Seven guards were wounded", in: wire), span("Six guards were wounded", in: desk)],
      disagreements: [
        Disagreement(
          aspect: .count, subject: "guard",
          versions: [.init(value: "7", spans: [span("Seven guards", in: wire)]), .init(value: "6", spans: [span("Six guards", in: desk)])])
      ])
    return Timeline(documents: [wire, desk], events: [strike, wounded])
  }
}
