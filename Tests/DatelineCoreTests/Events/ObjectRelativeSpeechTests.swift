import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A verb of writing or adding that ends a relative clause opened by `which` or `that` before its
/// subject has the relative word as its object (`The Long Road, which he also wrote`): a thing
/// written, not a statement.
@Suite struct ObjectRelativeSpeechTests {
  private func kinds(_ text: String) -> [(String, Event.Kind)] {
    Fixture.timeline([text], published: "2024-12-02").events.map { ($0.summary, $0.kind) }
  }

  @Test(arguments: [
    "Walter Brand won a prize in 1979 for The Long Road, which he also wrote.",
    "Ana Vell won a prize in 2001 for Salt Roads, which she also wrote.",
    "The band played the song, which its drummer wrote.",
    "The firm published a report in March that its founder wrote.",
  ])
  func aVerbOfWritingWithARelativeObjectIsNoStatement(text: String) {
    let found = kinds(text)
    #expect(!found.isEmpty && !found.contains { $0.1 == .statement }, "\(found)")
  }

  @Test func aVerbOfSpeechAfterTheClauseItReportsStillSpeaks() {
    #expect(kinds("The song was about her mother, she wrote.").map(\.1) == [.statement])
  }
}
