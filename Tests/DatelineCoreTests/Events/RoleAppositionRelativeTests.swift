import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A `who` clause after a role set off after a person's name (`Priya Holt, an astronomer who led
/// the study`) tells of that person: its summary is led by the name, not by the role.
@Suite struct RoleAppositionRelativeTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline(["Astronomers found water on Kessra on Monday.\n\n" + text], published: "2024-06-21").events
      .map(\.summary)
  }

  @Test(arguments: [
    "\"We were surprised,\" said Priya Holt, an astronomer who led the study.",
    "Priya Holt, an astronomer who led the study, said the signal was strong.",
    "\"We were surprised,\" said Priya Holt, an astronomer at the University of Eastvale who led the study.",
  ])
  func theRelativeClauseIsToldOfTheNamedPerson(text: String) {
    let found = summaries(text)
    #expect(found.contains { $0.hasPrefix("Priya Holt led the study") }, "\(found)")
    #expect(!found.contains { $0.hasPrefix("An astronomer") }, "\(found)")
  }

}
