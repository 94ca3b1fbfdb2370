import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Who `he said`, `she said` and an interview's `I` stand for when the sentence before names more
/// than one person: the person a phrase is about, not its owner or affiliation; no one named,
/// for a relative named by kinship alone; the interviewee, in the answers of a Q&A.
@Suite struct PronounSpeakerTests {
  /// The speakers' names of the quotations of `text` (direct ones unless `indirect`), in order.
  private func speakers(_ text: String, indirect: Bool = false) -> [String?] {
    let extraction = Fixture.extraction(text)
    return extraction.quotes.filter { $0.isIndirect == indirect }.map { quote in
      quote.speaker.map { extraction.actors[$0].name }
    }
  }

  @Test func anOwnersNameIsNotWhoTheNextPronounStandsFor() {
    let text = """
      Two climbers, Tomas Varga, 41, and Ken Holt, 36, fell near the summit. Varga's sister, Edit Varga, said \
      she heard the news from the guides. "He always came home," she said.
      """
    #expect(speakers(text) == ["Edit Varga"])
  }

  @Test func aOneWordNameBesideAnOwnersKinIsWhoTheNextPronounStandsFor() {
    let text = """
      Ravi Menon has sold tea in Galle for 40 years. Menon's niece, Dilani, who studies law in Colombo, \
      keeps his accounts. She says he trusts paper more than phones.

      "He counts the coins twice," she laughs.
      """
    #expect(speakers(text) == ["Dilani"])
  }

  @Test func anAffiliationBeforeATitleIsNotWhoTheNextPronounStandsFor() {
    let text = """
      Dario Lund has left Kestrel Rovers for Drummond. Lund agent Ivo Petrak said the fee was fair. \
      "We wanted to stay," he said.
      """
    let extraction = Fixture.extraction(text)
    let quote = extraction.quotes.first { !$0.isIndirect }
    #expect(quote?.speaker.map { extraction.actors[$0].name } == "Ivo Petrak")
    let summaries = Fixture.timeline([text]).events.map(\.summary)
    #expect(summaries.contains { $0.hasPrefix("\"We wanted to stay,\" Ivo Petrak said") }, "\(summaries)")
  }

  @Test func aRelativeNamedByKinshipAloneSpeaksForNoOne() {
    let text = """
      Nils Brand runs the ferry at Osk. His grandfather built the first boat in 1931, and he used to say \
      the crossing would outlast the bridge.
      """
    #expect(speakers(text, indirect: true) == [])
  }

  @Test func aPronounReportedByAKinPersonStillLooksBack() {
    let text = "Lina Sorel left home on Friday. Her mother said on Sunday that she had taken the night bus."
    let timeline = Fixture.timeline([text], published: "2025-09-18")
    // The summary tells whose mother: `Lina Sorel's mother said …`.
    #expect(timeline.actorNames(ofEventWith: "Lina Sorel's mother said")?.contains("Lina Sorel") == true)
  }

  private let interview = """
    Doctor Priya Nand has run the clinic at Tolby since 2012. We met her at the clinic on Monday.

    How busy is the winter?

    Very. I saw 60 patients a day in January. The board agreed to a second nurse in March.

    Did you expect the cuts?

    No. My first warning went to the board in 2019.

    What comes next?

    I retire in 2027, and I hope the clinic stays open.
    """

  @Test func anIntervieweesFirstPersonAnswersAreHers() {
    let timeline = Fixture.timeline([interview], published: "2025-09-18")
    #expect(timeline.actorNames(ofEventWith: "I saw 60 patients")?.contains("Priya Nand") == true)
    #expect(timeline.actorNames(ofEventWith: "My first warning went")?.contains("Priya Nand") == true)
    #expect(timeline.actorNames(ofEventWith: "The board agreed")?.contains("Priya Nand") == false)
  }

  @Test func aWriterWhoSaysIBeforeTheQuestionsGivesNoInterview() {
    let text = """
      I met Doctor Priya Nand at the clinic at Tolby on Monday.

      How busy is the winter?

      Very. I saw 60 patients a day in January.

      Did you expect the cuts?

      No. My first warning went to the board in 2019.
      """
    let timeline = Fixture.timeline([text], published: "2025-09-18")
    #expect(timeline.actorNames(ofEventWith: "I saw 60 patients")?.contains("Priya Nand") == false)
  }

  @Test func sheAfterAQuotationSkipsAManNamedWithMr() {
    let text = "Mr Kowalski met Ms Novak in Warsaw on Monday. \"We will appeal,\" she said."
    #expect(speakers(text) == ["Novak"])
  }

  @Test func heAfterAQuotationSkipsAWomanForANameOfUnknownKind() {
    let text = "Emma Stone and Lucas Grant won the award in 2021. \"It was a surprise,\" he said."
    #expect(speakers(text) == ["Lucas Grant"])
  }
}
