import Testing

@testable import DatelineCore

@Suite struct BitArrayTests {
  @Test func flagsStartClearAndKeepWhatIsSet() {
    var bits = BitArray(count: 130)
    #expect(bits.count == 130)
    #expect(!(0..<130).contains { bits[$0] })
    for index in [0, 63, 64, 129] { bits[index] = true }
    #expect((0..<130).filter { bits[$0] } == [0, 63, 64, 129])
    bits[64] = false
    #expect((0..<130).filter { bits[$0] } == [0, 63, 129])
  }
}
