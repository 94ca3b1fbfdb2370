import Testing
@testable import DatelineCore

/// Properties of extraction on generated articles: spans in bounds and on character boundaries,
/// events in order, deterministic output, and the same result for several documents as for each.
@Suite struct ExtractionPropertyTests {
  private static let pieces = [
    "On Nov. 7, ", "In May 2020, ", "Two days later, ", "Last week, ", "“We will not stop,” ", "said Mara Quint. ",
    "the Harbor Council ", "voted to close the pier", ". ", "\n", "\n\n", "Al-Kadhimi’s residence ", "— ", "…",
    "according to officials, ", "In October, ", "the 1990s ", "three months ", "\"Yes,\" he told reporters. ",
    "中文 ", "مصطفى ", "e\u{301} ", "\u{1B}[31m", "“unclosed ", "’", "Gen. Ali Hassan ", "2021-11-07 ", "11/7/2021 ",
  ]

  private static func article(seed: UInt64) -> [UInt8] {
    var state = seed
    var text = ""
    for _ in 0..<(20 + Int(seed % 60)) {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      text += pieces[Int((state >> 33) % UInt64(pieces.count))]
    }
    return Array(text.utf8)
  }

  @Test(arguments: 1...60)
  func invariantsHoldAndOutputIsDeterministic(seed: Int) throws {
    let loader = DocumentLoader(published: TimeValue(timex: "2021-11"))
    let document = try loader.document(bytes: Self.article(seed: UInt64(seed)), name: "generated", id: 0)
    let timeline = Pipeline().timeline(of: [document])
    #expect(timeline.invariantViolations() == [])
    #expect(try ExportFormat.json.encoded(timeline) == ExportFormat.json.encoded(Pipeline().timeline(of: [document])))
  }

  @Test func severalDocumentsKeepEachDocumentsSpans() throws {
    let loader = DocumentLoader(published: TimeValue(timex: "2021-11"))
    let documents = try (1...8).map { try loader.document(bytes: Self.article(seed: UInt64($0)), name: "doc\($0)", id: $0 - 1) }
    let timeline = Pipeline().timeline(of: documents)
    #expect(timeline.invariantViolations() == [])
    #expect(Set(timeline.events.flatMap(\.mentions).map(\.document)).isSubset(of: Set(0..<8)))
  }

  @Test func theSampleIsConsistent() {
    let timeline = Pipeline().timeline(of: [DocumentLoader().sample()])
    #expect(timeline.invariantViolations() == [])
  }

  @Test func invariantCheckCatchesBrokenSpans() {
    let document = Document(id: 0, name: "x", text: Array("é and more".utf8))
    let broken = Event(id: 0, date: nil, kind: .other, summary: "", mentions: [SourceSpan(document: 0, start: 1, end: 40, paragraph: 0)])
    let violations = Timeline(documents: [document], events: [broken]).invariantViolations()
    #expect(violations == ["event 0 mention: bytes 1..<40 outside 0..<11"])
    let inside = Event(id: 0, date: nil, kind: .other, summary: "", mentions: [SourceSpan(document: 0, start: 1, end: 3, paragraph: 0)])
    #expect(Timeline(documents: [document], events: [inside]).invariantViolations() == ["event 0 mention: byte 1 is inside a character"])
  }
}
