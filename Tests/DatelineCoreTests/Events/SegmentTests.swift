import Testing

@testable import DatelineCore

/// A segment packs its tokens and role into 8 bytes: a sentence of half a million clauses keeps one
/// for each.
@Suite struct SegmentTests {
  @Test func keepsItsTokensAndRoleInEightBytes() {
    var segment = Segment(tokens: 70_000..<70_900, role: .participle)
    #expect(segment.tokens == 70_000..<70_900)
    #expect(segment.role == .participle)
    segment.role = .main
    segment.tokens = 3..<3
    #expect(segment.tokens == 3..<3)
    #expect(segment.role == .main)
    #expect(segment == Segment(tokens: 3..<3, role: .main))
    #expect(MemoryLayout<Segment>.stride == 8)
  }
}
