import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Starting or setting up a company, a charity or a name is a founding; what starts of itself
/// (`work on the bridge started`) or is started without being founded (`started talks`) is not.
@Suite struct FoundingObjectKindTests {
  private func kind(of words: String, in text: String) throws -> String {
    let events = Fixture.timeline([text], published: "2025-03-04").events
    return try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))").kind.rawValue
  }

  @Test func startingAnInstitutionIsAFoundingAndStartingAnythingElseIsNot() throws {
    #expect(try kind(of: "started", in: "Lena Hart started Corvane in 2009.") == "founding")
    #expect(try kind(of: "started", in: "Ms Okafor started a small software company in 2011.") == "founding")
    #expect(try kind(of: "set up", in: "Her brother set up a charity for orphans in 2014.") == "founding")
    #expect(try kind(of: "started", in: "Raman started her first company in 2015.") == "founding")
    #expect(try kind(of: "set up", in: "The couple set up their own charity in 2018.") == "founding")
    #expect(try kind(of: "started", in: "Work on the new bridge started in May 2023.") != "founding")
    #expect(try kind(of: "started", in: "The two firms started talks in 2019.") != "founding")
    #expect(try kind(of: "started", in: "The striker started Saturday's game on the bench.") != "founding")
  }

  @Test func withNoObjectTheSubjectDecides() throws {
    #expect(try kind(of: "set up", in: "The charity was set up in 2014 by two nurses.") == "founding")
    #expect(try kind(of: "started", in: "The company was started in 2011 in a garage.") == "founding")
    #expect(try kind(of: "formed", in: "The party was formed in 1990 by former miners.") == "founding")
    #expect(try kind(of: "formed", in: "The two parties formed a coalition in May 2022.") == "founding")
    #expect(try kind(of: "formed", in: "Long queues formed outside the bank on Tuesday.") != "founding")
    #expect(try kind(of: "formed", in: "Thick ice formed on the northern roads on Tuesday.") != "founding")
    #expect(try kind(of: "formed", in: "A new cabinet must be formed by June 2025.") == "founding")
    #expect(try kind(of: "started", in: "Halvorsen started by thanking the staff on May 3, 2022.") != "founding")
    #expect(try kind(of: "started", in: "Norway had started to build the road in 2019.") != "founding")
  }
}
