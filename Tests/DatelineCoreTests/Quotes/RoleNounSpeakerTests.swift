import DatelineTestSupport
import Testing

@testable import DatelineCore

/// `the judge`, `the coach` or `the senator` as a speaker names the one person the text names
/// with the matching title (`Justice Ines Okoro`, `Coach Paul Reth`); two such people leave the
/// quote to no one.
@Suite struct RoleNounSpeakerTests {
  private func speaker(of words: String, in text: String) throws -> String? {
    let timeline = Fixture.timeline([text], published: "2022-03-10")
    let quote = try #require(timeline.quotes.first { timeline.documents[0].string($0.span.range).contains(words) })
    return quote.speaker.map { timeline.actors[$0].name }
  }

  @Test(arguments: [("Justice", "judge"), ("Judge", "judge"), ("Coach", "coach"), ("Sen.", "senator")])
  func aRoleNounNamesTheTitledPerson(title: String, noun: String) throws {
    let text = "\(title) Ines Okoro spoke to Paul Reth on Friday. \"You showed no remorse,\" the \(noun) told him."
    #expect(try speaker(of: "no remorse", in: text) == "Ines Okoro")
  }

  @Test func twoJudgesLeaveTheQuoteToNoOne() throws {
    let one = "Judge Ines Okoro heard the appeal. \"The appeal fails,\" the judge said."
    #expect(try speaker(of: "appeal fails", in: one) == "Ines Okoro")
    let two = "Judge Ines Okoro and Judge Paul Reth heard the appeal. \"The appeal fails,\" the judge said."
    #expect(try speaker(of: "appeal fails", in: two) == nil)
  }
}
