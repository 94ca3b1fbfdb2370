import DatelineTestSupport
import Foundation
import Testing

@testable import DatelineCore

/// The `json` export lists, on each event its articles give different facts, every fact with its
/// versions and their spans, and leaves the field out elsewhere.
@Suite struct DisagreementExportTests {
  @Test func versionsAreExportedWithTheirSpans() throws {
    let decoded = try JSONDecoder().decode(JSONTimeline.self, from: try ExportFormat.json.encoded(Fixture.prisonStory()))
    let wounded = try #require(decoded.events.first { $0.summary == "Seven guards were wounded" })
    let count = try #require(wounded.disagreements?.first)
    #expect(count.aspect == "count" && count.subject == "guard")
    #expect(count.versions.map(\.value) == ["7", "6"])
    #expect(count.versions.map { $0.spans.map(\.text) } == [["Seven guards"], ["Six guards"]])
    #expect(count.versions.map { $0.spans.map(\.document) } == [[0], [1]])
    let strike = try #require(decoded.events.first)
    #expect(strike.disagreements?.first?.aspect == "time-of-day")
  }

  @Test func eventsTheArticlesAgreeOnHaveNoField() throws {
    let text = String(decoding: try ExportFormat.json.encoded(Fixture.timeline()), as: UTF8.self)
    #expect(!text.contains("disagreements"))
  }

  @Test func aJSONLinesEventCarriesItsVersions() throws {
    let lines = String(decoding: try ExportFormat.jsonl.encoded(Fixture.prisonStory()), as: UTF8.self).split(separator: "\n")
    let events = lines.filter { $0.contains(#""type":"event""#) }
    #expect(events.count == 2)
    #expect(events.allSatisfy { $0.contains(#""disagreements":[{"aspect":"#) }, "\(events)")
  }
}
