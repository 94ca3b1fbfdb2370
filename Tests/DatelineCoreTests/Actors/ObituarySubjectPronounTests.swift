import DatelineTestSupport
import Testing

@testable import DatelineCore

/// In a profile or obituary, an object `her` or `him` may stand for the story's main person when
/// only pronouns have named that person of late; a `she` or `he` tells the sex of the nearest
/// person whose given name says that sex before a nearer one whose name says nothing.
@Suite struct ObituarySubjectPronounTests {
  private func actors(of words: String, in text: String) throws -> [String] {
    let timeline = Fixture.timeline([text], published: "2025-06-10")
    return try #require(timeline.actorNames(ofEventWith: words), "\(timeline.events.map(\.summary))")
  }

  @Test func anObjectHerAfterAManOfAnUnknownNameStandsForTheWomanTheStoryIsAbout() throws {
    let text = """
      Marta Lind, the botanist who mapped the flora of the northern valleys, has died aged 81.

      She died at her home on Tuesday, her family said.

      Lind was born in 1943 and joined the national herbarium in 1970.

      Her colleague Per Aune said the field guides she wrote were still used. "She walked every valley," said Dr Jonas Eng, who trained under her.
      """
    let found = try actors(of: "trained under", in: text)
    #expect(found.contains("Marta Lind"), "\(found)")
    #expect(!found.contains("Per Aune"), "\(found)")
  }

  @Test func anObjectHimStandsForTheMainPersonOnlyPronounsNamedOfLate() throws {
    let text = """
      Arthur Weller, who conducted the city orchestra for thirty years, has died aged 88.

      He was born in a mining town and learned the violin from his father.

      He joined the orchestra in 1962. He became its music director in 1975.

      He recorded more than 200 albums. He retired in 2004.

      Former player Dag Sorn said the musicians loved him. "He heard everything," said Grace Kohl, who studied with him.
      """
    let found = try actors(of: "studied with", in: text)
    #expect(found.contains("Arthur Weller"), "\(found)")
    #expect(!found.contains("Dag Sorn"), "\(found)")
  }
}
