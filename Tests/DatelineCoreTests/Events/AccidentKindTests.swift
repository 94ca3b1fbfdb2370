import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A vehicle or vessel that sinks, capsizes, crashes, derails or collides is in an accident, a
/// `disaster`, and what it kills is no attack; the same verbs beside no vehicle keep their other
/// senses (`shares sank`, `talks derailed`). The tagger reads `sank` as a verb in all of these.
@Suite struct AccidentKindTests {
  private func kind(of words: String, in text: String) throws -> String {
    let events = Fixture.timeline([text], published: "2025-03-04").events
    return try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))").kind.rawValue
  }

  @Test(arguments: [
    ("The ferry sank off the coast on Friday, killing four people.", "sank"),
    ("A fishing boat capsized near the harbour on Saturday.", "capsized"),
    ("A bus crashed on the motorway on Monday, killing six passengers.", "crashed"),
    ("A freight train derailed near the border on Sunday.", "derailed"),
    ("The ship collided with a tanker on Sunday.", "collided"),
    ("A migrant boat sank off the island.", "sank"),
    ("A cargo ship carrying grain sank in the Black Sea.", "sank"),
  ])
  func anAccidentIsADisaster(text: String, words: String) throws {
    #expect(try kind(of: words, in: text) == "disaster")
  }

  @Test func theVehicleDecides() throws {
    #expect(try kind(of: "crashed", in: "A coach crashed into a wall on Monday.") == "disaster")
    // Beside no vehicle the verbs keep their other senses.
    #expect(try kind(of: "sank", in: "Shares in Corbel Bank sank 8% on Friday.") == "other")
    #expect(try kind(of: "derailed", in: "The talks derailed on Monday over the border question.") != "disaster")
  }

  @Test func anAccidentAndAnAttackOfOneDayAreTwo() {
    let text = "The ferry sank off the coast on Friday, killing four people. Gunmen killed four people in the capital on Friday."
    let events = Fixture.timeline([text], published: "2025-03-04").events
    #expect(events.count == 2, "\(events.map(\.summary))")
  }
}
