import Foundation
import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Every export read back: JSON decoded, JSON lines one record each, CSV columns counted,
/// iCalendar lines checked; every export is the same bytes twice.
@Suite struct ExportTests {
  let timeline = Fixture.sample

  @Test(arguments: ExportFormat.allCases)
  func sameInputSameBytes(format: ExportFormat) throws {
    let again = Pipeline().timeline(of: [DocumentLoader().sample()])
    #expect(try format.encoded(timeline) == format.encoded(again))
  }

  @Test func jsonDecodesBackToTheTimeline() throws {
    let data = try ExportFormat.json.encoded(timeline)
    let decoded = try JSONDecoder().decode(JSONTimeline.self, from: data)
    #expect(decoded.schema == "dateline.timeline")
    #expect(decoded.version == JSONTimeline.currentVersion)
    #expect(decoded.events.count == timeline.events.count)
    #expect(decoded.actors.map(\.name) == timeline.actors.map(\.name))
    #expect(decoded.quotes.map(\.speaker) == timeline.quotes.map(\.speaker))
    let night = try #require(decoded.events.first { $0.date?.value == "2021-11-06TNI" })
    #expect(night.date?.display == "6 November 2021, night")
    #expect(night.date?.resolution == "relative-to-narrative")
    #expect(night.date?.anchorEvent != nil)
    let attack = try #require(decoded.events.first { $0.date?.value.hasPrefix("2021-11-07") == true })
    #expect(attack.sources == [0])
    #expect(attack.mentions.allSatisfy { !$0.text.isEmpty })
    let kadhimi = try #require(decoded.actors.first { $0.name == "Mustafa Al-Kadhimi" })
    #expect(kadhimi.eventCount > 0)
  }

  @Test func jsonCarriesEachBodyTextAndItsSpansPointIntoIt() throws {
    let decoded = try JSONDecoder().decode(JSONTimeline.self, from: try ExportFormat.json.encoded(timeline))
    #expect(decoded.documents.map(\.text) == timeline.documents.map { String(decoding: $0.text, as: UTF8.self) })
    for quote in decoded.quotes {
      let body = Array(decoded.documents[quote.span.document].text.utf8)
      #expect(String(decoding: body[quote.span.start..<quote.span.end], as: UTF8.self) == quote.span.text)
    }
  }

  @Test func jsonAndJSONLinesCarryTheBylineOnlyWhenKnown() throws {
    let signed = Document(id: 0, name: "a.txt", metadata: DocumentMetadata(byline: "Mara Quint"), text: Array("The pier closed.".utf8))
    let unsigned = Document(id: 1, name: "b.txt", text: Array("The ferry sailed.".utf8))
    let timeline = Pipeline().timeline(of: [signed, unsigned])
    let decoded = try JSONDecoder().decode(JSONTimeline.self, from: try ExportFormat.json.encoded(timeline))
    #expect(decoded.documents.map(\.byline) == ["Mara Quint", nil])
    let lines = String(decoding: try ExportFormat.jsonl.encoded(timeline), as: UTF8.self).split(separator: "\n")
    let documents = lines.filter { $0.contains(#""type":"document""#) }
    #expect(documents.count == 2 && documents[0].contains(#""byline":"Mara Quint""#) && !documents[1].contains("byline"))
  }

  @Test func jsonLinesHoldOneTypedRecordPerLine() throws {
    let data = try ExportFormat.jsonl.encoded(timeline)
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.last == "")
    var types: [String: Int] = [:]
    for line in lines.dropLast() {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let type = try #require(object["type"] as? String)
      types[type, default: 0] += 1
    }
    #expect(types["header"] == 1)
    #expect(types["event"] == timeline.events.count)
    #expect(types["actor"] == timeline.actors.count)
    #expect(types["quote"] == timeline.quotes.count)
    #expect(types["document"] == 1)
  }

  @Test func csvRowsHaveEveryColumn() throws {
    let rows = CSVReader.rows(String(decoding: CSVExport.encoded(timeline), as: UTF8.self))
    #expect(rows.first == CSVExport.columns)
    #expect(rows.count == timeline.events.count + 1)
    #expect(rows.allSatisfy { $0.count == CSVExport.columns.count })
    #expect(rows.dropFirst().map { $0[1] } == timeline.events.map { $0.date?.value.timex ?? "" })
  }

  @Test func csvQuotesFieldsThatNeedIt() {
    #expect(CSVExport.field("plain") == "plain")
    #expect(CSVExport.field("a, b") == "\"a, b\"")
    #expect(CSVExport.field("say \"no\"") == "\"say \"\"no\"\"\"")
    #expect(CSVExport.field("two\nlines") == "\"two\nlines\"")
  }

  @Test func markdownShowsTheTimelineWithQuotes() {
    let text = String(decoding: MarkdownExport.encoded(timeline), as: UTF8.self)
    let headings = text.split(separator: "\n").filter { $0.hasPrefix("### ") }.map(String.init)
    #expect(headings.first == "### 2014 — These groups were established in 2014 during the war against Daesh")
    #expect(headings.contains { $0.hasPrefix("### 7 November 2021, night — Three quadcopter drones") })
    #expect(text.contains("> “This attack likely occurred with the knowledge of Iran"))
    #expect(text.contains("## Quotes by speaker"))
    #expect(text.contains("| Mustafa Al-Kadhimi | person | Al-Kadhimi, the prime minister |"))
  }

  @Test func markdownEscapesItsSpecialCharacters() {
    #expect(MarkdownExport.escaped("a*b_c [d] <e> | #f\ng") == "a\\*b\\_c \\[d\\] \\<e\\> \\| \\#f g")
  }

  @Test func timelineJSHasPartialDatesGroupsAndDisplayDates() throws {
    let data = try ExportFormat.timelinejs.encoded(timeline)
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let title = try #require(root["title"] as? [String: Any])
    #expect((title["text"] as? [String: Any])?["headline"] as? String != nil)
    let events = try #require(root["events"] as? [[String: Any]])
    #expect(events.count == timeline.events.filter { $0.date != nil }.count)
    let first = try #require(events.first)
    let start = try #require(first["start_date"] as? [String: String])
    #expect(start["year"] == "2014")
    #expect(start["month"] == nil)
    #expect(first["display_date"] as? String == "2014")
    let night = try #require(events.first { ($0["start_date"] as? [String: String])?["day"] == "6" })
    #expect(night["display_date"] as? String == "6 November 2021, night")
    #expect(night["group"] as? String == "Qais Al-Khazali")
    let election = try #require(events.first { ($0["start_date"] as? [String: String])?["day"] == "10" })
    #expect(election["display_date"] == nil)
    #expect((election["start_date"] as? [String: String])?["month"] == "10")
    #expect(election["group"] as? String == "Iraq")
  }

  @Test func timelineJSEscapesHTML() {
    #expect(TimelineJSExport.html("a < b & \"c\"") == "a &lt; b &amp; &quot;c&quot;")
  }

  @Test func icsLinesAreFoldedAndBalanced() throws {
    let text = String(decoding: ICSExport.encoded(timeline), as: UTF8.self)
    #expect(text.hasSuffix("END:VCALENDAR\r\n"))
    let lines = text.components(separatedBy: "\r\n").dropLast()
    #expect(lines.allSatisfy { $0.utf8.count <= 75 })
    #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    let unfolded = text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").dropLast()
    #expect(unfolded.filter { $0 == "BEGIN:VEVENT" }.count == timeline.events.filter { $0.date != nil }.count)
    #expect(unfolded.filter { $0 == "BEGIN:VEVENT" }.count == unfolded.filter { $0 == "END:VEVENT" }.count)
    #expect(unfolded.contains("DTSTART;VALUE=DATE:20211107"))
    #expect(unfolded.contains("DTEND;VALUE=DATE:20211108"))
    #expect(unfolded.contains("DTSTART;VALUE=DATE:20200501"))
    #expect(unfolded.contains("DTEND;VALUE=DATE:20200601"))
    #expect(unfolded.contains("DTSTART;VALUE=DATE:20140101"))
    #expect(unfolded.contains("DTEND;VALUE=DATE:20150101"))
    #expect(unfolded.filter { $0.hasPrefix("DTSTAMP:") }.allSatisfy { $0 == "DTSTAMP:20211101T000000Z" })
  }

  @Test func icsEscapesAndFoldsText() {
    #expect(ICSExport.escaped("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
    let long = "SUMMARY:" + String(repeating: "é", count: 60)
    let folded = ICSExport.folded(long)
    let parts = folded.components(separatedBy: "\r\n").dropLast()
    #expect(parts.allSatisfy { $0.utf8.count <= 75 })
    #expect(parts.dropFirst().allSatisfy { $0.hasPrefix(" ") })
    #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == long + "\r\n")
  }
}

/// A small RFC 4180 reader, to read the CSV export back.
enum CSVReader {
  static func rows(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
      if quoted {
        if scalar == "\"" {
          if scalars.first == "\"" {
            field.unicodeScalars.append("\"")
            scalars.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
      } else if scalar == "\"" {
        quoted = true
      } else if scalar == "," {
        row.append(field)
        field = ""
      } else if scalar == "\r" {
        continue
      } else if scalar == "\n" {
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      } else {
        field.unicodeScalars.append(scalar)
      }
    }
    return rows
  }
}
