import Foundation
import Testing

@testable import DatelineCore

/// A document longer than the block size is extracted a block at a time: when no event, actor
/// or quote reaches across a block's edge, the timeline is the one a single pass gives, with the
/// same offsets, and relative dates count from the reference of the whole text.
@Suite struct BlockwiseExtractionTests {
  /// Each paragraph tells its own event with its own actors; `yesterday` in the first counts
  /// from the latest date, told in the last.
  static let text = """
    Yesterday, Karim Silva opened a bakery in Lisbon.

    On May 5, 2020, Greta Novak won the election in Porto.

    On June 9, 2021, Hugo Weber signed the treaty in Vienna. On July 1, 2021, Lena Ortiz visited \
    the museum in Madrid. On Aug. 2, 2021, Omar Farah opened the bridge in Cairo.

    “We will rebuild the port,” said Chen Haddad on Sept. 3, 2021.

    On Oct. 4, 2021, Ana Ruiz resigned from the council in Seville.
    """

  static let document = Document(id: 0, name: "long.txt", text: Array(text.utf8))

  @Test func blocksGiveTheTimelineOfOnePass() throws {
    let whole = Pipeline(jobs: 1).timeline(of: [Self.document])
    let blockwise = Pipeline(jobs: 1, blockBytes: 100).timeline(of: [Self.document])
    #expect(try ExportFormat.json.encoded(blockwise) == ExportFormat.json.encoded(whole))
    #expect(blockwise.documents.count == 1)
    #expect(blockwise.findings.filter { $0.kind == .noReferenceTime }.count == 1)
    let bakery = try #require(blockwise.events.first { $0.summary.contains("bakery") })
    #expect(bakery.date?.value.timex == "2021-10-03")
    #expect(blockwise.events.count == 7)
  }

  @Test func eachBlockIsHandedOverOnItsOwnWithOffsetsInTheWholeText() {
    let extractor = DocumentExtractor(blockBytes: 100)
    var timings = StageTimings()
    var blocks: [DocumentExtraction] = []
    extractor.extract(Self.document, timings: &timings) { blocks.append($0) }
    #expect(blocks.count == 6)
    #expect(timings.bytes == Self.document.text.count)
    let cairo = blocks[3].events.map(\.event).first { $0.summary.contains("bridge") }
    #expect(cairo.map { Self.document.string($0.mentions[0].range) }?.hasPrefix("On Aug. 2, 2021, Omar Farah") == true)
    #expect(cairo?.mentions[0].paragraph == 2)
    #expect(blocks.dropFirst().allSatisfy { $0.findings.isEmpty })
    #expect(blocks.map { $0.events.count } == [1, 1, 2, 1, 1, 1])
  }

  @Test func aDocumentThatFitsIsExtractedInOnePiece() {
    var timings = StageTimings()
    var count = 0
    let extractor = DocumentExtractor(blockBytes: Self.document.text.count)
    extractor.extract(Self.document, timings: &timings) { _ in count += 1 }
    #expect(count == 1)
  }
}
