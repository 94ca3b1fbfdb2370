import Testing

@testable import DatelineCore

/// A sparse column reads its missing value where nothing was set, and keeps what is set on any
/// page, in any order.
@Suite struct SparseColumnTests {
  @Test func anIndexNeverSetReadsAsMissing() {
    var column = SparseColumn<Int32>(missing: -1)
    #expect(column[0] == -1)
    #expect(column[100_000] == -1)
    column[9_000] = 4
    #expect(column[8_999] == -1)
    #expect(column[9_001] == -1)
    #expect(column[0] == -1)
  }

  @Test func keepsValuesSetOnAnyPageInAnyOrder() {
    var column = SparseColumn<UInt64>(missing: 0)
    column[50_000] = 7
    column[3] = 1 << 40
    column[4_096] = 9
    column[50_000] = 8
    #expect(column[50_000] == 8)
    #expect(column[3] == 1 << 40)
    #expect(column[4_096] == 9)
    #expect(column[4_095] == 0)
  }
}
