import Foundation
import Testing

@testable import DatelineCore

/// A document longer than the block size is extracted a block at a time: when no event, actor
/// or quote reaches across a block's edge, the timeline is the one a single pass gives, with the
/// same offsets, and relative dates count from the reference of the whole text. Progress is
/// reported after each block.
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
    var ends: [Int] = []
    extractor.extract(Self.document, timings: &timings) { block, bytesDone in
      blocks.append(block)
      ends.append(bytesDone)
    }
    #expect(blocks.count == 6)
    #expect(ends.dropLast() == TextBlock.blocks(of: Self.document, size: 100).dropLast().map(\.range.upperBound))
    #expect(zip(ends, ends.dropFirst()).allSatisfy { $0 < $1 })
    #expect(ends.last == Self.document.text.count)
    #expect(timings.bytes == Self.document.text.count)
    let cairo = blocks[3].events.map(\.event).first { $0.summary.contains("bridge") }
    #expect(cairo.map { Self.document.string($0.mentions[0].range) }?.hasPrefix("On Aug. 2, 2021, Omar Farah") == true)
    #expect(cairo?.mentions[0].paragraph == 2)
    #expect(blocks.dropFirst().allSatisfy { $0.findings.isEmpty })
    #expect(blocks.map { $0.events.count } == [1, 1, 2, 1, 1, 1])
  }

  @Test func aDocumentThatFitsIsExtractedInOnePiece() {
    var timings = StageTimings()
    let extractor = DocumentExtractor(blockBytes: Self.document.text.count)
    var ends: [Int] = []
    extractor.extract(Self.document, timings: &timings) { _, bytesDone in ends.append(bytesDone) }
    #expect(ends == [Self.document.text.count])
  }

  @Test func progressRisesBlockByBlockThroughALongDocument() throws {
    let short = Document(id: 1, name: "short.txt", text: Array("On May 5, 2020, Greta Novak won.".utf8))
    let recorder = PipelineRecorder()
    _ = Pipeline(jobs: 1, blockBytes: 100).run([Self.document, short], observer: recorder.observer)
    let progress = recorder.progress
    let total = Self.document.text.count + short.text.count
    // Six blocks of the pass that finds the reference time, five of the second, then each input.
    try #require(progress.count == 6 + 5 + 2)
    #expect(progress.allSatisfy { $0.inputCount == 2 && $0.totalBytes == total })
    #expect(progress.prefix(11).allSatisfy { $0.inputsDone == 0 && $0.bytesDone < Self.document.text.count })
    #expect(zip(progress, progress.dropFirst()).allSatisfy { $0.bytesDone < $1.bytesDone && $0.fraction < $1.fraction })
    #expect(progress[0].fraction > 0)
    let firstPassEnd = Double(Self.document.text.count) * DocumentExtractor.referencePassShare
    #expect(progress.prefix(6).allSatisfy { Double($0.bytesDone) <= firstPassEnd })
    #expect(progress[11].inputsDone == 1 && progress[11].bytesDone == Self.document.text.count)
    #expect(progress.last?.isComplete == true)
  }

  @Test func aDatedLongDocumentHasNoReferencePass() throws {
    var dated = Self.document
    dated.metadata.published = try #require(TimeValue(timex: "2021-10-05"))
    let recorder = PipelineRecorder()
    _ = Pipeline(jobs: 1, blockBytes: 100).run([dated], observer: recorder.observer)
    let progress = recorder.progress
    try #require(progress.count == 5 + 1)
    #expect(progress[0].bytesDone == TextBlock.blocks(of: dated, size: 100)[0].range.upperBound)
  }
}
