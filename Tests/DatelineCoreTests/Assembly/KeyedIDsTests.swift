import Testing

@testable import DatelineCore

/// Keyed ids keep each key's ids in filing order, without repeats, whether a key has one id or
/// many.
@Suite struct KeyedIDsTests {
  @Test func anUnknownKeyHasNoIDs() {
    let ids = KeyedIDs<String>()
    #expect(ids.first(under: "smith") { _ in true } == nil)
    #expect(ids.filter(under: "smith") { _ in true }.isEmpty)
  }

  @Test func keepsFilingOrderAndDropsRepeats() {
    var ids = KeyedIDs<String>()
    for id in [4, 2, 4, 9, 2, 7] { ids.file(id, under: "smith") }
    ids.file(3, under: "jones")
    #expect(ids.filter(under: "smith") { _ in true } == [4, 2, 9, 7])
    #expect(ids.filter(under: "jones") { _ in true } == [3])
  }

  @Test func keysFiledInTurnKeepTheirOwnOrder() {
    var ids = KeyedIDs<Int>()
    for round in 0..<5 {
      for key in 0..<3 { ids.file(key * 10 + round, under: key) }
      ids.file(round, under: 0)
    }
    #expect(ids.filter(under: 0) { _ in true } == [0, 1, 2, 3, 4])
    #expect(ids.filter(under: 2) { _ in true } == [20, 21, 22, 23, 24])
    #expect(ids.first(under: 1) { $0 > 12 } == 13)
  }

  @Test func idsAfterTheFirstShareOneList() {
    var ids = KeyedIDs<String>()
    for id in [4, 2, 4, 9, 2] { ids.file(id, under: "smith") }
    for id in [3, 5, 3] { ids.file(id, under: "jones") }
    ids.file(8, under: "brown")
    #expect(ids.laterCount == 3)
  }

  @Test func firstSkipsWhatIsNotWanted() {
    var ids = KeyedIDs<String>()
    for id in [4, 2, 9] { ids.file(id, under: "smith") }
    #expect(ids.first(under: "smith") { $0 > 3 } == 4)
    #expect(ids.first(under: "smith") { $0 < 4 } == 2)
    #expect(ids.first(under: "smith") { $0 > 9 } == nil)
  }

  @Test func filterKeepsOnlyWhatIsWanted() {
    var ids = KeyedIDs<String>()
    for id in [4, 2, 9, 6] { ids.file(id, under: "smith") }
    #expect(ids.filter(under: "smith") { $0.isMultiple(of: 2) } == [4, 2, 6])
    #expect(ids.filter(under: "smith") { $0 > 5 } == [9, 6])
  }
}

/// The actor merger files names under 32-bit hashes with 32-bit ids: an entry takes 8 bytes.
@Suite struct KeyedIDsSizeTests {
  @Test func namesAreFiledUnderThirtyTwoBitHashesAndIDs() {
    #expect(MemoryLayout<ActorMerger.NameHash>.size == 4)
    #expect(MemoryLayout<KeyedIDs<ActorMerger.NameHash>.StoredID>.size == 4)
  }
}

/// An id larger than any filed before goes to its key's end unread; a smaller one is still
/// checked against the key's ids.
@Suite struct KeyedIDsNewIDTests {
  @Test func newIDsAndRepeatsMixKeepOrderWithoutRepeats() {
    var ids = KeyedIDs<String>()
    for id in [9, 2, 9, 12, 2, 12, 5, 13, 5] { ids.file(id, under: "vell") }
    ids.file(1, under: "dorn")
    ids.file(5, under: "dorn")
    ids.file(14, under: "vell")
    #expect(ids.filter(under: "vell") { _ in true } == [9, 2, 12, 5, 13, 14])
    #expect(ids.filter(under: "dorn") { _ in true } == [1, 5])
  }

  @Test func anIDFiledUnderAnotherKeyFirstIsStillNewToThisOne() {
    var ids = KeyedIDs<String>()
    ids.file(3, under: "vell")
    ids.file(4, under: "vell")
    ids.file(8, under: "dorn")
    ids.file(8, under: "vell")
    ids.file(8, under: "vell")
    #expect(ids.filter(under: "vell") { _ in true } == [3, 4, 8])
  }
}
