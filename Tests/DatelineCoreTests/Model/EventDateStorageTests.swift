import Testing

@testable import DatelineCore

/// An event keeps its date on the heap: it still reads, changes and compares as a value, and a
/// copy of an event never sees a change made to the other.
@Suite struct EventDateStorageTests {
  private let span = SourceSpan(document: 0, start: 0, end: 4, paragraph: 0)

  private func date(_ timex: String) -> EventDate {
    EventDate(value: TimeValue(timex: timex)!, expression: span)
  }

  @Test func anEventTakesSixtyFourBytesDatedOrNot() {
    #expect(MemoryLayout<Event>.stride == 64)
  }

  @Test func aChangeInPlaceReachesOnlyTheEventChanged() {
    var event = Event(id: 0, date: date("2021-11-07"), kind: .attack, summary: "X hit Y", mentions: [span])
    let copy = event
    event.date?.anchorEvent = 3
    event.date?.isInferred = true
    #expect(event.date?.anchorEvent == 3)
    #expect(event.date?.isInferred == true)
    #expect(copy.date?.anchorEvent == nil)
    #expect(copy.date?.isInferred == false)
    #expect(copy.date == date("2021-11-07"))
    #expect(event != copy)
  }

  @Test func aDateIsSetReplacedAndRemoved() {
    var event = Event(id: 0, date: nil, kind: .other, summary: "Y left", mentions: [span])
    #expect(event.date == nil)
    event.date = date("2020-05")
    #expect(event.date == date("2020-05"))
    event.date?.value = TimeValue(timex: "2019")!
    #expect(event.date?.value == TimeValue(timex: "2019")!)
    event.date = nil
    #expect(event.date == nil)
    #expect(event == Event(id: 0, date: nil, kind: .other, summary: "Y left", mentions: [span]))
  }
}
