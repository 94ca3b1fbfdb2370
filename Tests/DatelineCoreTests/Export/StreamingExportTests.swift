import Foundation
import DatelineTestSupport
import Testing

@testable import DatelineCore

/// The streamed `json` and `jsonl` exports are the bytes `JSONEncoder` writes for the records of
/// `JSONTimeline`, whatever the text holds, and a sink gives the same bytes whatever its buffer.
@Suite struct StreamingExportTests {
  /// A text with every character JSON escapes, slashes, non-ASCII letters, emoji and a line
  /// separator, told as news so that actors, quotes and events carry it into the export.
  static let awkward: Timeline = {
    let body =
      "On Nov. 7, 2021, Mustafa Al-Kadhimi said \"we\\they \u{1}\u{7}\u{8}\u{b}\u{c}\u{1f} a/b\" in Baghdad.\n"
      + "“Ça va — 😀\u{2028}\ttab\r” said Ali Baba, the mayor of Izmir, on Nov. 8.\n"
    var metadata = DocumentMetadata(title: "Tab\there / \"quoted\"", byline: "Zoë \"Z\" O’Neil\n", source: "Wire\\Desk")
    metadata.published = TimeValue(timex: "2021-11-09")
    let document = Document(id: 0, name: "a/b\u{1}.txt", metadata: metadata, text: Array(body.utf8))
    var timeline = Pipeline().timeline(of: [document])
    timeline.findings.append(Finding(.badMetadata, message: "odd \u{0}\u{1b}[31m \"x\" \\ y/z"))
    return timeline
  }()

  @Test(arguments: [Fixture.sample, awkward, Fixture.prisonStory()])
  func jsonIsTheEncoderBytes(timeline: Timeline) throws {
    #expect(try ExportFormat.json.encoded(timeline) == JSONTimeline(timeline).encoded())
  }

  @Test(arguments: [Fixture.sample, awkward, Fixture.prisonStory()])
  func jsonLinesAreTheEncoderBytes(timeline: Timeline) throws {
    let records = JSONTimeline(timeline)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var expected = Data()
    func line<Record: Encodable>(_ type: String, _ record: Record) throws {
      expected.append(try encoder.encode(Typed(type: type, record: record)))
      expected.append(0x0A)
    }
    expected.append(Data(#"{"schema":"dateline.timeline","type":"header","version":1}"#.utf8) + [0x0A])
    for record in records.documents { try line("document", record) }
    for record in records.actors { try line("actor", record) }
    for record in records.quotes { try line("quote", record) }
    for record in records.events { try line("event", record) }
    for record in records.findings { try line("finding", record) }
    #expect(try ExportFormat.jsonl.encoded(timeline) == expected)
  }

  @Test(arguments: ExportFormat.allCases)
  func smallBuffersGiveTheSameBytes(format: ExportFormat) throws {
    var pieces = 0
    var data = Data()
    let sink = ExportSink(capacity: 64) {
      data.append(contentsOf: $0)
      pieces += 1
    }
    format.write(Self.awkward, to: sink)
    try sink.finish()
    #expect(data == (try format.encoded(Self.awkward)))
    #expect(pieces > 1)
  }

  /// Integers are written in decimal as `String` writes them, across the buffer's end too.
  @Test func sinkWritesIntegersInDecimal() throws {
    let numbers = [0, 7, 10, 99, 100, 1_234_567_890, -1, -10, -305, .max, .min] + (0..<40).map { $0 * 1009 }
    var data = Data()
    let sink = ExportSink(capacity: 64) { data.append(contentsOf: $0) }
    for number in numbers {
      sink.append(number)
      sink.append(byte: 0x20)
    }
    try sink.finish()
    #expect(String(decoding: data, as: UTF8.self) == numbers.map { "\($0) " }.joined())
  }

  @Test func sinkReportsTheFirstWriteError() {
    struct Full: Error {}
    let sink = ExportSink(capacity: 64) { _ in throw Full() }
    ExportFormat.json.write(Fixture.sample, to: sink)
    #expect(throws: Full.self) { try sink.finish() }
  }

  /// A record with its `type` written among its own fields, as the `jsonl` export once encoded it.
  private struct Typed<Record: Encodable>: Encodable {
    var type: String
    var record: Record

    private enum Key: String, CodingKey { case type }

    func encode(to encoder: Encoder) throws {
      try record.encode(to: encoder)
      var container = encoder.container(keyedBy: Key.self)
      try container.encode(type, forKey: .type)
    }
  }
}
