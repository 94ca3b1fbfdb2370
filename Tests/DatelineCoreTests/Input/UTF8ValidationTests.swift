import Testing
@testable import DatelineCore

@Suite struct UTF8ValidationTests {
  private func valid(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer(UTF8Validation.isValid) }

  @Test func acceptsWhatTheStandardLibraryAccepts() {
    var random = SplitMix64(seed: 42)
    let pieces: [[UInt8]] = [
      Array("plain ASCII text ".utf8), Array("“curly” — é 中文 😀".utf8), [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
      [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x98], [0x80], [0xFF], [0xC3], [0xE2, 0x80, 0x9C],
    ]
    for _ in 0..<2_000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int(random.next() % 12) { bytes += pieces[Int(random.next() % UInt64(pieces.count))] }
      let expected = bytes.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) != nil }
      #expect(valid(bytes) == expected, "\(bytes)")
    }
  }

  @Test func rejectsOverlongsSurrogatesAndTruncations() {
    #expect(!valid([0xC1, 0xBF]))
    #expect(!valid([0xED, 0xB0, 0x80]))
    #expect(!valid([0xF5, 0x80, 0x80, 0x80]))
    #expect(!valid(Array("abcdefgh".utf8) + [0xE2, 0x80]))
    #expect(valid(Array("abcdefghijklmnop€".utf8)))
  }
}
