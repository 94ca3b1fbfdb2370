import DatelineTestSupport
import Testing

@testable import DatelineCore

/// `he` and `she` stand only for a person whose given name agrees; when the nearest person
/// disagrees (a quote's speaker after an obituary's subject), the story's main person comes first.
@Suite struct PronounGenderTests {
  private func actors(of words: String, in text: String) throws -> [String] {
    let timeline = Fixture.timeline([text], published: "2022-03-10")
    return try #require(timeline.actorNames(ofEventWith: words), "\(timeline.events.map(\.summary))")
  }

  @Test func theEndingOfAnUnknownGivenNameTellsItsSex() throws {
    let text = """
      Orso Valente, 58, was found guilty on Thursday.
      Judge Livia Sarto said Valente had cheated the town. His lawyer, Pietro Calvi, said they would appeal.
      """
    let names = try actors(of: "would appeal", in: text)
    #expect(names.contains("Orso Valente"), "\(names)")
    #expect(!names.contains("Livia Sarto"), "\(names)")
    #expect(PronounResolver.endingGender(of: "Ilya") == nil && PronounResolver.endingGender(of: "Yoko") == nil)
    #expect(PronounResolver.endingGender(of: "Benedetta") == .femaleName && PronounResolver.endingGender(of: "Aldo") == .maleName)
  }

  @Test func aCommonWordOpeningAPenNameTellsNoSex() throws {
    let text = """
      The anonymous blogger Mama Tervik won the Langley prize on Saturday. He has written about model railways since 2009.
      """
    let names = try actors(of: "model railways", in: text)
    #expect(names.contains("Mama Tervik"), "\(names)")
  }

  @Test func theTextsOwnPronounOverrulesANamesEnding() throws {
    let names = try actors(
      of: "trained in the hills", in: "Luka Varga won the Tarn race on Sunday. He had trained in the hills since May.")
    #expect(names.contains("Luka Varga"), "\(names)")
  }

  @Test func aQuotedManIsNoAntecedentOfShe() throws {
    let text = """
      Mara Lind, the sculptor, has died. "Mara never stopped working," said Kofi Bruun, who ran her studio. \
      She won the Tarn Prize in 1998.
      """
    let names = try actors(of: "won the Tarn Prize", in: text)
    #expect(names.contains("Mara Lind"), "\(names)")
    #expect(!names.contains("Kofi Bruun"), "\(names)")
  }

  @Test func theMainPersonComesBeforeANearerOne() throws {
    let text = """
      Mara Lind, the sculptor, has died. Her student Dana Ueda found her at home on Sunday. \
      "She never stopped working," said Tom Bruun. She won the Tarn Prize in 1998.
      """
    let names = try actors(of: "won the Tarn Prize", in: text)
    #expect(names.contains("Mara Lind"), "\(names)")
    #expect(!names.contains("Dana Ueda"), "\(names)")
  }

  @Test func aProfilesPronounReachesItsMainPersonFarBack() throws {
    let text = """
      Mara Lind, the sculptor, has died. She was 88.

      She grew up in Tarnby. She moved to Vell in 1958. She opened a studio there in 1961.

      Her first show came in 1966. Critics praised it. It toured three countries.

      "Mara never stopped working," said Kofi Bruun, who ran her studio.

      She won the Tarn Prize in 1998. She retired from teaching in 2004.
      """
    let timeline = Fixture.timeline([text], published: "2022-03-10")
    #expect(timeline.events.map(\.summary).contains("Mara Lind retired from teaching in 2004"), "\(timeline.events.map(\.summary))")
  }

  @Test func aProfilesPronounStaysWhenAnotherWomanIsNamedBetween() throws {
    let text = """
      Mara Lind, the sculptor, has died. She was 88.

      She grew up in Tarnby. She moved to Vell in 1958. She opened a studio there in 1961.

      Her first show came in 1966. Critics praised it. It toured three countries.

      "Mara never stopped working," said Dana Ueda, who ran her studio.

      She won the Tarn Prize in 1998. She retired from teaching in 2004.
      """
    let summaries = Fixture.timeline([text], published: "2022-03-10").events.map(\.summary)
    #expect(!summaries.contains("Mara Lind retired from teaching in 2004"), "\(summaries)")
  }

  @Test func anOpeningPossessiveIsToldWithThePersonsName() {
    let text = "Ada Brel, the painter, has died. Her first show opened in Vell in 1966. His work is better known, said Tom Ueda."
    let summaries = Fixture.timeline([text], published: "2022-03-10").events.map(\.summary)
    #expect(summaries.contains("Ada Brel's first show opened in Vell in 1966"), "\(summaries)")
  }

  @Test func anHonorificIsTheSexOfTheNameItStandsBefore() throws {
    let text = "Mr Kowalski met Ms Novak in Warsaw on Monday. She said the company would appeal the ruling."
    let names = try actors(of: "would appeal", in: text)
    #expect(names.contains("Novak"), "\(names)")
    #expect(!names.contains("Kowalski"), "\(names)")
  }

  @Test func anHonorificBeforeAnotherNameIsNotThisOnesSex() throws {
    let text = "Ms Novak met Mr Kowalski in Warsaw on Monday. He said the company would appeal the ruling."
    let names = try actors(of: "would appeal", in: text)
    #expect(names.contains("Kowalski"), "\(names)")
  }

  @Test func aSubjectsOwnPossessiveIsItsSex() throws {
    let text = """
      Alex Rowe criticised Sam Ferris in a speech on Tuesday. Sam Ferris lost her seat in 2019. \
      He resigned from the cabinet on Friday.
      """
    let names = try actors(of: "resigned from the cabinet", in: text)
    #expect(names.contains("Alex Rowe"), "\(names)")
    #expect(!names.contains("Sam Ferris"), "\(names)")
  }

  @Test func aHeToldOfAPersonSetsTheirSex() throws {
    let text = """
      Ruth Gellan, 80, died at the Vell clinic in March.

      The clinic's director, Dr Tamsir Oduya, apologised to Mrs Gellan's family. "We have changed how we work," he said.

      Her son, Owen Gellan, said outside court that the family would go on.
      """
    let names = try actors(of: "said outside court", in: text)
    #expect(names.contains("Ruth Gellan"), "\(names)")
    #expect(!names.contains("Tamsir Oduya"), "\(names)")
    // Without the `he`, nothing tells Oduya's sex, and the nearest person is taken.
    let unknown = try actors(of: "said outside court", in: text.replacingOccurrences(of: " \"We have changed how we work,\" he said.", with: ""))
    #expect(unknown.contains("Tamsir Oduya"), "\(unknown)")
  }
}
