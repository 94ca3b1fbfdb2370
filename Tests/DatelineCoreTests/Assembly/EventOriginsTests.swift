import Testing

@testable import DatelineCore

/// The merged events' first tellings keep a position an event and a document a run of events
/// told first in the same one; their order keys order the events as (document, position) does.
@Suite struct EventOriginsTests {
  @Test func keysOrderEventsByDocumentThenPosition() {
    let tellings = [(3, 40), (3, 7), (1, 500), (1, 2), (2, 0), (0, 90_000), (3, 7)]
    var origins = EventOrigins()
    for (document, position) in tellings { origins.append(document: document, position: position) }
    let keys = origins.orderKeys()
    #expect(keys.count == tellings.count)
    let byKeys = tellings.indices.sorted { keys[$0] < keys[$1] }
    let byPairs = tellings.indices.sorted { tellings[$0] < tellings[$1] }
    #expect(byKeys.map { tellings[$0].0 } == [0, 1, 1, 2, 3, 3, 3])
    #expect(byKeys.map { tellings[$0].1 } == byPairs.map { tellings[$0].1 })
    #expect(keys[1] == keys[6])
  }

  @Test func aDocumentIsKeptOnceForEachRunOfItsEvents() {
    var origins = EventOrigins()
    for position in 0..<10_000 { origins.append(document: 0, position: position) }
    for position in 0..<5 { origins.append(document: 1, position: position) }
    origins.append(document: 0, position: 10_000)
    #expect(origins.count == 10_006)
    #expect(origins.documentRuns == 3)
  }

  @Test func theLargestPositionsStillOrder() {
    var origins = EventOrigins()
    origins.append(document: 0, position: Int(Int32.max))
    origins.append(document: 0, position: 0)
    origins.append(document: 1, position: 0)
    let keys = origins.orderKeys()
    #expect(keys[1] < keys[0])
    #expect(keys[0] < keys[2])
  }
}
