import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A vote to take an action is of the action's kind, and a country's strikes on a target are an
/// attack though no armed word stands near.
@Suite struct BallotAndStateForceKindTests {
  private func kinds(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2024-06-20").events.map { $0.kind.rawValue + " " + $0.summary }
  }

  private func kind(of words: String, in text: String) -> String? {
    // The vote, told with the report set after it (`…, their union said`): one event.
    kinds(text).first { $0.contains(words) }?.split(separator: " ").first.map(String.init)
  }

  @Test func aVoteToTakeAnActionIsOfTheActionsKind() {
    #expect(kind(of: "voted", in: "Cleaners at the airport voted on June 3 to strike over pay.") == "protest")
    let lecturers = "Lecturers at 40 colleges across the county have voted to go on strike, their union said on June 5."
    #expect(kind(of: "voted", in: lecturers) == "protest", "\(kinds(lecturers))")
    #expect(kind(of: "voted", in: "The board voted on June 3 to close the depot.") == "other")
    // Voters voting, or a vote with no action after it, stay an election.
    #expect(kind(of: "voted", in: "Voters in the canton voted on June 9 to reject the new tax.") == "election")
    #expect(kind(of: "voted", in: "Residents voted on June 9 in the mayoral election.") == "election")
  }

  @Test func aVoteForOrAgainstAMeasureIsNoElection() {
    let panel = "Three of the seven members of the pay panel voted on June 3 for a rise of 2%."
    #expect(kind(of: "voted", in: panel) == "other", "\(kinds(panel))")
    #expect(kind(of: "voted", in: "Two directors voted on June 4 against the merger.") == "other")
    #expect(kind(of: "voted", in: "Most members voted on June 4 in favour of the new rules.") == "other")
    // A vote for a person or a party elects.
    #expect(kind(of: "voted", in: "Most residents voted on June 9 for Ana Ruiz.") == "election")
    #expect(kind(of: "voted", in: "Many people voted on June 9 for the younger candidate.") == "election")
    #expect(kind(of: "voted", in: "The town voted on June 9 in the mayoral election.") == "election")
  }

  @Test func aCountrysStrikesOnATargetAreAnAttack() {
    let hit = "Israeli strikes hit targets in the city on June 4."
    #expect(kinds(hit).first?.hasPrefix("attack") == true, "\(kinds(hit))")
    let port = "Russian strikes on the port began on June 5."
    #expect(kinds(port).first?.hasPrefix("attack") == true, "\(kinds(port))")
    let owned = "Russia's strikes on Odesa resumed on June 6."
    #expect(kinds(owned).first?.hasPrefix("attack") == true, "\(kinds(owned))")
    let struck = "Britain struck the depot on June 8."
    #expect(kinds(struck).first?.hasPrefix("attack") == true, "\(kinds(struck))")
    // A labour strike keeps its sense, and a country's strike with no target names no attack.
    #expect(kinds("French strikes over pensions began on June 3.").first?.hasPrefix("protest") == true)
    #expect(kinds("Nurses at the clinic went on strike on June 3.").first?.hasPrefix("protest") == true)
    #expect(kinds("French strikes on June 3 closed the schools.").first?.hasPrefix("attack") == false)
    #expect(kinds("Britain struck a deal with Norway on June 8.").first?.hasPrefix("other") == true)
  }
}
