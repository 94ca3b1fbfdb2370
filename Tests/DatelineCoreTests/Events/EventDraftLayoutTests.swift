import Testing

@testable import DatelineCore

/// A draft event is stored small: a block of a long document holds tens of thousands at once.
@Suite struct EventDraftLayoutTests {
  @Test func aDraftTakesAtMost136Bytes() {
    #expect(MemoryLayout<EventDraft>.stride <= 136)
  }
}
