import DatelineTestSupport
import Testing

@testable import DatelineCore

/// `The device` and `the phone` stand for the product named last; a `which` that sums up the
/// clause before it (after a bare noun, or `which has` after a plural) takes that clause's subject.
@Suite struct DefiniteProductActorTests {
  private func actors(of words: String, in text: String) throws -> [String] {
    let timeline = Fixture.timeline(["Handset maker delays launch\n\n" + text], published: "2024-11-08")
    return try #require(timeline.actorNames(ofEventWith: words), "\(timeline.events.map(\.summary))")
  }

  @Test func theDeviceInAThingsClauseIsTheProductNamedBefore() throws {
    let found = try actors(
      of: "dropped calls",
      in: "Corvex launched the Fold X handset on Monday. The antenna wraps around the side of the device, which has caused dropped calls.")
    #expect(found.contains("Fold X"), "\(found)")
  }

  @Test func thePhoneAsSubjectIsTheProductNamedBefore() throws {
    let found = try actors(
      of: "shown to reporters",
      in: "Corvex delayed its Fold X handset on Monday. The phone had been shown to reporters in Berlin in September.")
    #expect(found.contains("Fold X"), "\(found)")
  }

  @Test func aNounOfOneKindOfProductIsNotTheProductNamedLast() throws {
    let found = try actors(
      of: "battery life",
      in: "Corvex launched the Vexbook laptop and the Fold X handset on Monday. The laptop's battery life has been extended.")
    #expect(!found.contains("Fold X"), "\(found)")
  }

  @Test func theDevicesInThePluralStandForNoOneProduct() throws {
    let found = try actors(
      of: "shown to reporters",
      in: "Corvex delayed its Fold X handset on Monday. The devices had been shown to reporters in Berlin in September.")
    #expect(!found.contains("Fold X"), "\(found)")
  }

  @Test func aWhichAfterABareNounSumsUpTheClause() throws {
    let found = try actors(
      of: "affected the routes",
      in: "Malaysia has recently cracked down on smuggling, which has affected the routes used by migrants.")
    #expect(found.contains("Malaysia"), "\(found)")
  }

  @Test func whichHasAfterAPluralSumsUpTheClause() throws {
    let found = try actors(
      of: "pushed smugglers",
      in: "Norvania has tightened checks at its southern ports, which has pushed smugglers towards the mountains.")
    #expect(found.contains("Norvania"), "\(found)")
  }
}
