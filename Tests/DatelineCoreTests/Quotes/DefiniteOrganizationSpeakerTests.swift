import DatelineTestSupport
import Testing

@testable import DatelineCore

/// `the trust said`, `the observatory said`: a definite noun of an organization speaks for the one
/// a noun set off before its name calls so, or whose name holds the noun however far back, also
/// for its spokesman (`a spokesman for the company`); and a reported clause's subject may open on
/// an owner's determiner or hold an `of` (`said its members would`, `said the price of oil would`).
@Suite struct DefiniteOrganizationSpeakerTests {
  private func speaker(of words: String, in text: String) throws -> String? {
    let timeline = Fixture.timeline([text], published: "2026-01-20")
    let quote = try #require(timeline.quotes.first { timeline.documents[0].string($0.span.range).contains(words) })
    return quote.speaker.map { timeline.actors[$0].name }
  }

  @Test func aNounSetOffBeforeANameNamesIt() throws {
    let text =
      "A regional newspaper, the Arnby Post, won a court case on Monday. The hospital trust, Arnby Health, had "
      + "accused the paper of theft. The trust said it would appeal."
    #expect(try speaker(of: "would appeal", in: text) == "Arnby Health")
  }

  @Test func aNounOfTheNameReachesFarBack() throws {
    let filler = (1...8).map { "Scientist number \($0) looked at the data again on Monday." }.joined(separator: " ")
    let text =
      "Astronomers have found a moon orbiting Tarsis, a gas giant, the Kelby Observatory said on Tuesday. \(filler) The observatory said it would "
      + "point the telescope at the star again in March."
    #expect(try speaker(of: "point the telescope", in: text) == "Kelby Observatory")
  }

  @Test func aBodyOfOneSortIsNoBodyOfAnother() throws {
    let text =
      "The river rose by two metres on Tuesday, the Telmar Weather Office said. A flood wall was never built; the "
      + "council said in 2021 that it could not afford it."
    let timeline = Fixture.timeline([text], published: "2026-01-20")
    let speakers = timeline.quotes.compactMap { $0.speaker.map { timeline.actors[$0].name } }
    #expect(speakers == ["Telmar Weather Office"], "\(speakers)")
    let named =
      "The Telmar Town Council met on Tuesday, and the Telmar Weather Office issued a warning. The council said it "
      + "could not afford a wall."
    #expect(try speaker(of: "could not afford", in: named) == "Telmar Town Council")
    let government =
      "At least 11 journalists remain in jail, the Committee for Free Reporting said on Monday. The government has "
      + "said that none of them was arrested for their work."
    let reported = Fixture.timeline([government], published: "2026-01-20")
    #expect(
      !reported.quotes.contains { reported.documents[0].string($0.span.range).contains("none of them") && $0.speaker != nil })
  }

  @Test func aReportedClauseMayOpenOnAnOwnersDeterminer() throws {
    let text =
      "The strike was called by the Dock Workers Federation after talks broke down on Monday. The federation said "
      + "its members would stay out until Friday."
    #expect(try speaker(of: "stay out", in: text) == "Dock Workers Federation")
  }

  @Test func aSpokesmanForTheCompanySpeaksForIt() throws {
    let text =
      "Baltmar Lines sent three vessels to Ostby on Monday. A spokesman for the company said deliveries could be "
      + "delayed."
    #expect(try speaker(of: "deliveries", in: text) == "Baltmar Lines")
  }

  @Test(arguments: [
    "Dana Welk said the price of oil would rise in March.", "Dana Welk said thousands of people had fled the town.",
    "Dana Welk said their crops had been destroyed.", "Dana Welk said hundreds of her customers were affected.",
  ])
  func aReportedSubjectMayHoldAnOfOrAnOwner(text: String) throws {
    let timeline = Fixture.timeline([text], published: "2026-01-20")
    let quote = try #require(timeline.quotes.first, "no quote in \(text)")
    #expect(quote.speaker.map { timeline.actors[$0].name } == "Dana Welk")
  }
}
