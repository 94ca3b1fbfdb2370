import DatelineTestSupport
import Testing

@testable import DatelineCore

/// `the company said` stands for the company the story is about, named as a subject, not for one
/// named after a verb or a preposition in a clause about it (`X, which bought Skagen Ferries,`);
/// a speaker so named is an organization whatever its name looks like.
@Suite struct CompanySpeakerTests {
  /// The speaker of the last reported statement of `text`, with its kind.
  private func speaker(_ text: String) -> String? {
    let extraction = Fixture.extraction(text)
    return extraction.quotes.last(where: \.isIndirect)?.speaker.map {
      "\(extraction.actors[$0].name) (\(extraction.actors[$0].kind))"
    }
  }

  @Test(arguments: [
    ("Nordhavn Seafood, which bought Skagen Ferries in 2019, will close its plant. The company said the plant lost money.",
     "Nordhavn Seafood (organization)"),
    ("Nordic Air, which bought Fjell Airways in 2018, cut fares on Monday. The company said sales would rise.",
     "Nordic Air (organization)"),
  ])
  func theCompanyIsTheSubjectNotTheObjectOfItsClause(text: String, speaker: String) {
    #expect(self.speaker(text) == speaker)
  }

  @Test func aCompanyNamedOnlyAfterAPrepositionStillSpeaks() {
    #expect(speaker("Shares in Norbridge Motors fell on Monday. The company said sales had dropped.")
      == "Norbridge Motors (organization)")
  }
}
