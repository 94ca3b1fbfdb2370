import DatelineTestSupport
import Testing

@testable import DatelineCore

/// `he` and `she` after a sentence whose subject is a person named by a common noun alone (`A
/// teacher in Varesh lost her home`) stand for that person, not for a name told earlier nor for
/// the place in the phrase; and they never stand for an organization, a place or a product.
@Suite struct UnnamedPersonPronounTests {
  /// The speakers' names of the direct quotations of `text`, in order.
  private func speakers(_ text: String) -> [String?] {
    let extraction = Fixture.extraction(text)
    return extraction.quotes.filter { !$0.isIndirect }.map { quote in
      quote.speaker.map { extraction.actors[$0].name }
    }
  }

  @Test(arguments: [
    ("A teacher in Varesh lost her home when the river flooded on Saturday. “We lost everything,” she said.",
     "a teacher in Varesh"),
    ("The laptop maker Orvex recalled 40,000 laptops on Monday. A teacher in Varesh lost her home when the"
      + " river flooded on Saturday. “We lost everything,” she said.", "a teacher in Varesh"),
    ("Anna Berg opened the new bridge on Friday. A farmer near Tolby lost 40 sheep in the storm."
      + " “The water came too fast,” he said.", "a farmer near Tolby"),
    ("One nurse at the clinic worked 20 hours on Sunday. “We had no choice,” she said.", "one nurse at the clinic"),
    ("A pensioner waited six hours for an ambulance. She was taken to Kelby General on Monday."
      + " “Nobody came,” she said.", "a pensioner"),
    // A pronoun of the other sex, or a person named after the common noun, is someone else.
    ("Tomas Varga runs the ferry at Osk. A woman in the village lost her car in the flood on Sunday."
      + " “It was madness,” he said.", "Tomas Varga"),
    ("A teacher in Varesh lost her home on Saturday. Maria Lund, her neighbour, took her in."
      + " “I had a spare room,” she said.", "Maria Lund"),
  ])
  func aPronounStandsForTheSubjectNamedByACommonNoun(text: String, speaker: String) {
    #expect(speakers(text) == [speaker])
  }

  @Test(arguments: [
    "The laptop maker Orvex, which bought the chip designer Lumen Labs in 2021, recalled 40,000 laptops on Monday."
      + " According to a review by PC World, the batteries overheat. A teacher in Varesh lost her home on Saturday."
      + " “We lost everything,” she said.",
    "The Harlow Shipping Group cut 300 jobs on Monday. “It was a hard choice,” she said.",
    "According to a report by the Norvale Institute, prices rose. “It is worse than we thought,” she said.",
  ])
  func aPronounNeverStandsForAnOrganization(text: String) {
    let extraction = Fixture.extraction(text)
    for quote in extraction.quotes {
      guard let speaker = quote.speaker, !quote.isIndirect else { continue }
      #expect(extraction.actors[speaker].kind != .organization, "\(extraction.actors[speaker].name)")
    }
  }

  @Test func aReportedStatementOfThePronounGoesToThatPerson() {
    let text = "A cleaner at the station found the bag on Friday. She said it held 5,000 euros."
    let extraction = Fixture.extraction(text)
    let speakers = extraction.quotes.filter(\.isIndirect).map { $0.speaker.map { extraction.actors[$0].name } }
    #expect(speakers == ["a cleaner at the station"])
  }
}
