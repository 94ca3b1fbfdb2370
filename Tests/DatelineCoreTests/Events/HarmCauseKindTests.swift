import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A harm with no armed force or hazard beside it takes the kind of what caused it: an explosion
/// or a blast is an accident unless armed force is beside it, and what an accident kills is no
/// attack.
@Suite struct HarmCauseKindTests {
  private func kind(of words: String, in text: String) throws -> String {
    let events = Fixture.timeline([text], published: "2025-06-12").events
    return try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))").kind.rawValue
  }

  @Test(arguments: [
    ("A gas explosion killed three workers at a flat in Dorn on Monday.", "killed three workers"),
    ("A boiler explosion injured two cleaners at a school on Tuesday.", "injured two cleaners"),
    ("Two fishermen were killed on Sunday when their boat capsized.", "were killed"),
    ("Four hikers were injured in an explosion at a quarry on Friday.", "were injured"),
    ("A blast tore through a fireworks store on the edge of the old town on Friday, killing four people.", "blast"),
    ("A driver was injured in a crash near Tessby on Wednesday.", "was injured"),
    ("An explosion at a paint factory injured 20 workers on Thursday.", "injured 20 workers"),
    ("The fire was put out. A blast at a paint warehouse killed four people on Monday.", "killed four people"),
  ])
  func anAccidentsHarmIsADisaster(text: String, words: String) throws {
    #expect(try kind(of: words, in: text) == "disaster")
  }

  @Test func armedForceBesideTheCauseStaysAnAttack() throws {
    #expect(try kind(of: "killed three workers", in: "A gas explosion killed three workers at a flat in Dorn on Monday.") == "disaster")
    #expect(try kind(of: "killed two guards", in: "A bomb explosion killed two guards at the gate on Monday.") == "attack")
    #expect(try kind(of: "explosion", in: "Militants set off an explosion at the market on Tuesday, killing five people.") == "attack")
    #expect(try kind(of: "killed three villagers", in: "Gunmen killed three villagers on Sunday.") == "attack")
  }

  @Test(arguments: [
    "The winger was injured during Sunday's defeat at Carlow.",
    "The goalkeeper was injured during a training session on Saturday.",
  ])
  func aHarmDuringAHappeningOfNoKindIsNoAttack(text: String) throws {
    #expect(try kind(of: "injured", in: text) == "other")
  }

  @Test func aHarmDuringAHappeningOfAKindOrWithNoCauseStaysAnAttack() throws {
    #expect(try kind(of: "injured", in: "Two guards were injured during clashes at the gate on Monday.") == "attack")
    #expect(try kind(of: "injured", in: "Two guards were injured at the gate on Monday.") == "attack")
  }
}
