import DatelineTestSupport
import Testing

@testable import DatelineCore

/// An event noun acts on its `of` phrase as a verb on its object (`the release of the journalist
/// Samir Haddad` frees a person, `the launch of the Zephyr phone` founds a product), and a noun
/// that modifies the noun after it names no event of the names before it (`the Skerry launch
/// site`); a vote on a measure is no election.
@Suite struct EventNounObjectKindTests {
  private func kind(of words: String, in text: String) throws -> String {
    let events = Fixture.timeline([text], published: "2024-11-08").events
    return try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))").kind.rawValue
  }

  @Test func theReleaseOfAPersonIsNoFounding() throws {
    #expect(try kind(of: "ordered", in: "A court in Dravia ordered the release of the reporter Peter Reld on Tuesday.") != "founding")
    #expect(try kind(of: "ordered", in: "A judge in Pellham ordered the release of the activist Maria Lind on Monday.") != "founding")
  }

  @Test func aNounBeforeItsHeadLaunchesNothingOfTheNamesBeforeIt() throws {
    #expect(
      try kind(of: "lift off", in: "The craft had been due to lift off from the Brenna launch site on 28 November.") != "founding")
  }

  @Test func aVoteOnAMeasureIsNoElection() throws {
    #expect(try kind(of: "vote", in: "Shareholders will vote on the merger in January.") == "other")
    #expect(try kind(of: "vote", in: "Members will vote on the new rules in March.") == "other")
    #expect(try kind(of: "voted", in: "Voters in Dunmore voted on Sunday for a new mayor.") == "election")
  }
}
