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

/// Taking a long chunked list whole gives the pages of its chunks back as it goes: the list and
/// the array it becomes are not both resident (`FreedPages`).
@Suite(.serialized) struct ChunkedListPagesTests {
  /// The resident memory of the process in bytes, from `/proc/self/statm`.
  private static func resident() throws -> Int {
    let fields = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8).split(separator: " ")
    return try #require(Int(fields[1])) * 4096
  }

  @Test func takingAListWholeDoesNotKeepItsChunksResident() throws {
    let megabytes = 32
    let before = try Self.resident()
    var list = ChunkedList<UInt64>()
    // Small arrays kept between the chunks, as a timeline's texts and lists are: the chunks let go
    // of are holes the allocator does not give back by itself.
    var kept: [[UInt64]] = []
    for value in 0..<(megabytes << 17) {
      list.append(UInt64(value))
      if value % 1024 == 0 { kept.append([UInt64(value)]) }
    }
    let all = list.takeAll()
    let grown = try Self.resident() - before
    #expect(kept.count == megabytes << 7)
    #expect(all.count == megabytes << 17 && all.last == UInt64(megabytes << 17 - 1))
    #expect(grown < (megabytes * 3 / 2) << 20, "grew \(grown >> 20) MB for a list of \(megabytes) MB")
  }
}
