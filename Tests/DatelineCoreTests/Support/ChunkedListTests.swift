import Foundation
import Testing

@testable import DatelineCore

/// The chunked list keeps its elements in order across chunk boundaries, changes them in place,
/// and hands them over whole or one by one.
@Suite struct ChunkedListTests {
  @Test func keepsOrderAcrossChunks() {
    var list = ChunkedList<Int>()
    for value in 0..<10_000 { list.append(value * 3) }
    #expect(list.count == 10_000)
    #expect(list[0] == 0)
    #expect(list[4095] == 4095 * 3)
    #expect(list[4096] == 4096 * 3)
    #expect(list[9_999] == 9_999 * 3)
  }

  @Test func changesElementsInPlace() {
    var list = ChunkedList<[Int]>()
    for value in 0..<5_000 { list.append([value]) }
    list[4_100].append(7)
    list[3] = []
    #expect(list[4_100] == [4_100, 7])
    #expect(list[3].isEmpty)
  }

  @Test func takeAllHandsOverEverythingAndEmptiesTheList() {
    var list = ChunkedList<String>()
    for value in 0..<9_000 { list.append("item \(value)") }
    let copy = list
    let all = list.takeAll()
    #expect(all == (0..<9_000).map { "item \($0)" })
    #expect(list.count == 0)
    #expect(copy.count == 9_000)
    #expect(copy[8_999] == "item 8999")
  }

  @Test func drainWalksEveryElementInOrderAndEmptiesTheList() {
    var list = ChunkedList<Int>()
    for value in 0..<8_500 { list.append(value + 1) }
    let copy = list
    var walked: [Int] = []
    list.drain { walked.append($0) }
    #expect(walked == Array(1...8_500))
    #expect(list.count == 0)
    #expect(copy[8_499] == 8_500)
  }

  @Test func anEmptyListGivesAnEmptyArray() {
    var list = ChunkedList<Int>()
    #expect(list.takeAll().isEmpty)
  }
}

/// Taking a long chunked list whole gives the pages of its chunks back as it goes, every
/// `chunksPerRelease` chunks (`FreedPages`), so the list and the array it becomes are not both
/// resident. What that saves is measured by `dateline-bench --only memory`, not here: the
/// resident size of a test process that runs other tests beside it says nothing exact.
@Suite struct ChunkedListPagesTests {
  @Test func takingAListWholeGivesPagesBackEveryFewChunks() {
    var list = ChunkedList<UInt64>()
    let chunks = ChunkedList<UInt64>.chunksPerRelease * 3 + 2
    for value in 0..<(chunks * ChunkedList<UInt64>.chunkSize) { list.append(UInt64(value)) }
    var releases = 0
    let all = list.takeAll { releases += 1 }
    #expect(releases == 3)
    #expect(all.count == chunks * ChunkedList<UInt64>.chunkSize && all.last == UInt64(all.count - 1))
    #expect(list.count == 0)
  }
}
