import DatelineTestSupport
import Testing

@testable import DatelineCore

/// An opening `he` continues the person the sentence before spoke of as `him`; a bare age after
/// `the` names the person named last; a common noun's number before a post's noun stays in the
/// name; a thing's head noun, a planet and a place before a body's noun are no persons; an unseen
/// word that will cut a count of things is an actor.
@Suite struct CenterAndNumberedNameTests {
  private func kinds(_ text: String) -> [String: Actor.Kind] {
    Dictionary(Fixture.extraction(text).actors.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
  }

  private func actorNames(_ text: String, ofEventWith words: String) -> [String]? {
    Fixture.timeline([text], published: "2024-11-08").actorNames(ofEventWith: words)
  }

  @Test(arguments: [
    ("Ruth Amsel died on Monday. Amsel taught at Corvey for years. Mayor Dana Holt thanked her on Tuesday. "
      + "She is survived by her son.", "Ruth Amsel", "is survived"),
    ("Piet Varga died in May. Varga wrote nine novels. Editor Tom Reyes praised him in a letter. "
      + "He leaves two daughters, whom he raised alone.", "Piet Varga", "two daughters"),
  ])
  func anOpeningPronounContinuesThePreviousObject(text: String, name: String, words: String) {
    let names = actorNames(text, ofEventWith: words) ?? []
    #expect(names.first == name, "\(names)")
  }

  @Test func anOpeningPronounAfterANamedSubjectWithoutAnObjectStaysWithIt() {
    let text = "Piet Varga died in May. Varga wrote nine novels. Editor Tom Reyes praised the books. He retired in 2019."
    #expect(actorNames(text, ofEventWith: "retired")?.first == "Tom Reyes")
  }

  @Test(arguments: [
    "Ingrid Vahl joined Vardby on Monday. The 27-year-old, who scored ten goals last year, signed a deal.",
    "Ingrid Vahl joined Vardby on Monday. The 27-year-old signed a three-year deal.",
  ])
  func aBareAgeNamesTheLastPerson(text: String) {
    let names = actorNames(text, ofEventWith: "signed") ?? []
    #expect(names.contains("Ingrid Vahl"), "\(names)")
  }

  @Test func aReferenceNumberStaysOutOfTheName() {
    #expect(!Fixture.extraction("Step 1 of the guide is easy. Read Section 4 first.").names.contains { $0.contains("4") })
  }

  @Test(arguments: [
    ("Channel 4 chief executive Lara Wynn said the show would end.", "Channel 4"),
    ("Radio 4 presenter Omar Celik said the show would end.", "Radio 4"),
    ("Formula 1 will race in Qatar next year.", "Formula 1"),
  ])
  func aCommonNounsNumberBeforeAPostStaysInTheName(text: String, name: String) {
    #expect(Fixture.extraction(text).names.contains(name), "\(Fixture.extraction(text).names)")
  }

  @Test func aThingsHeadNounAndAPlanetAreNoPersons() {
    let found = kinds("Images from the James Webb Space Telescope show a planet twice the size of Earth.")
    #expect(found["James Webb Space Telescope"] == .product, "\(found)")
    #expect(found["Earth"] == .place, "\(found)")
  }

  @Test func aGazetteerPlaceBeforeABodysNounStaysAPlace() {
    let found = kinds("Norbank will cut 500 jobs, the Ohio bank said on Monday.")
    #expect(found["Ohio"] == .place, "\(found)")
    #expect(found["Norbank"] != nil, "\(found)")
  }
}
