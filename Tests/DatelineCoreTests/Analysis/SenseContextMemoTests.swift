import Testing

@testable import DatelineCore

/// The memo of context classes that later uses of an event word read from earlier ones.
@Suite struct SenseContextMemoTests {
  @Test func aTokenIsReadOnceAndItsAnswerKept() {
    let memo = SenseContextMemo()
    var reads = 0
    let first = memo.classes(at: 40, read: { reads += 1; return 6 })
    let second = memo.classes(at: 40, read: { reads += 1; return 9 })
    #expect(first == 6 && second == 6 && reads == 1)
  }

  @Test func noContextIsRememberedAsNone() {
    let memo = SenseContextMemo()
    var reads = 0
    _ = memo.classes(at: 3, read: { reads += 1; return nil })
    #expect(memo.classes(at: 3, read: { reads += 1; return 5 }) == nil)
    #expect(reads == 1)
  }

  @Test func aTokenAWholeRingLaterTakesTheSlotOver() {
    let memo = SenseContextMemo()
    _ = memo.classes(at: 7, read: { 2 })
    #expect(memo.classes(at: 7 + SenseContextMemo.slots, read: { 4 }) == 4)
    #expect(memo.classes(at: 7, read: { 8 }) == 8)
  }

  @Test func theRingHoldsEverythingWithinDiscourseReach() {
    #expect(SenseContextMemo.slots > TaggedText.discourseReach)
  }
}
