import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A surname after an honorific that names its bearer's sex (`Mrs Gellan`) stands for no one of
/// the other sex (`Owen Gellan`), but for the one of that sex.
@Suite struct HonorificSexAliasTests {
  @Test func mrsIsNotTheHusband() throws {
    let extraction = Fixture.extraction(
      "Owen Gellan resigned on Tuesday. Mrs Gellan, a teacher, said her husband was tired.")
    let owen = try #require(extraction.actor("Owen Gellan"))
    #expect(owen.mentions.count == 1, "\(extraction.names)")
  }

  @Test func mrIsTheMan() throws {
    let extraction = Fixture.extraction("Owen Gellan resigned on Tuesday. Mr. Gellan said he was tired.")
    #expect(try #require(extraction.actor("Owen Gellan")).mentions.count == 2)
  }

  @Test func mrsIsTheWoman() throws {
    let extraction = Fixture.extraction(
      "Owen Gellan and Margaret Gellan left. Mrs Gellan said the house was sold.")
    #expect(try #require(extraction.actor("Margaret Gellan")).mentions.count == 2)
    #expect(try #require(extraction.actor("Owen Gellan")).mentions.count == 1)
  }

  @Test func theTimelineKeepsADocumentsWomanApartFromItsMan() throws {
    let timeline = Fixture.timeline([
      "Owen Gellan, a farmer from Lenfield, won the county prize on Tuesday. Mrs Gellan said the family was delighted."
    ])
    #expect(try #require(timeline.actor("Owen Gellan")).mentions.count == 1, "\(timeline.actors.map(\.name))")
  }

  @Test func anotherArticlesSurnameStillFitsTheOnlyPerson() throws {
    let timeline = Fixture.timeline(["Owen Gellan won the county prize on Tuesday.", "Gellan said the win was deserved."])
    #expect(try #require(timeline.actor("Owen Gellan")).mentions.count == 2, "\(timeline.actors.map(\.name))")
  }

  @Test func anUnlistedNameTellsBySexByItsEnding() throws {
    let extraction = Fixture.extraction(
      "Its general secretary, Ilsa Price, spoke first. Mr Price, her husband, told the paper the strike would last.")
    #expect(try #require(extraction.actor("Ilsa Price")).mentions.count == 1, "\(extraction.names)")
  }
}
