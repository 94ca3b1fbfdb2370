import DatelineTestSupport
import Testing

/// The generators of hostile inputs (for the benchmark and the fuzzer) write what they promise.
@Suite struct HostileInputTests {
  @Test func eachHasTheSizeAskedFor() {
    for input in HostileInput.allCases {
      let size = input.text(bytes: 4_000).utf8.count
      #expect(size >= 4_000 && size < 4_200, "\(input): \(size) bytes")
    }
    let names = HostileInput.manyNames.text(bytes: 20_000).split(separator: "\n").dropFirst()
    #expect(Set(names).count == names.count)
  }
}
