import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A list of three or more names that is the subject of its verb stays one subject: the comma
/// after its first name separates items, it does not set that name off.
@Suite struct SubjectNameListTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2025-10-21").events.map(\.summary)
  }

  @Test func threeNamesBeforeTheVerbAreAllTheSubject() {
    let found = summaries("Ian Vale, Colin Marsh and Derek Shaw were jailed in 2021.")
    #expect(found.contains("Ian Vale, Colin Marsh and Derek Shaw were jailed in 2021"), "\(found)")
  }
}
