import Testing

@testable import DatelineCore

@Suite struct ExactCapacityTests {
  @Test func spareRoomIsGivenBack() {
    var grown: [Int] = []
    grown.reserveCapacity(1_000)
    grown.append(contentsOf: 0..<10)
    let exact = grown.withExactCapacity()
    #expect(exact == grown)
    #expect(exact.capacity < 100)
  }

  @Test func aFullArrayIsKept() {
    let full = Array(0..<64)
    #expect(full.withExactCapacity() == full)
    #expect([Int]().withExactCapacity().isEmpty)
  }
}
