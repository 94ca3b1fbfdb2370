import Testing

@testable import DatelineCore

/// Ids filed under hashes come back by hash, in increasing order, repeats kept, and none for a
/// hash never filed.
@Suite struct IDsByHashTests {
  @Test func givesTheIDsOfOneHashInIncreasingOrder() {
    var list = IDsByHash()
    list.file(7, under: 42)
    list.file(3, under: 9)
    list.file(1, under: 42)
    list.file(5, under: 42)
    list.sort()
    #expect(list.ids(under: 42) == [1, 5, 7])
    #expect(list.ids(under: 9) == [3])
  }

  @Test func keepsAnIDFiledTwiceUnderOneHash() {
    var list = IDsByHash()
    list.file(2, under: 1)
    list.file(2, under: 1)
    list.sort()
    #expect(list.ids(under: 1) == [2, 2])
  }

  @Test func givesNoneForAHashNeverFiled() {
    var list = IDsByHash()
    list.file(4, under: 10)
    list.file(6, under: .max)
    list.sort()
    #expect(list.ids(under: 11).isEmpty)
    #expect(list.ids(under: 0).isEmpty)
    #expect(list.ids(under: .max) == [6])
    #expect(IDsByHash().ids(under: 10).isEmpty)
  }
}
