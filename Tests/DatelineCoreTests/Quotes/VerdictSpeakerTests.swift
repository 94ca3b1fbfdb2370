import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A quotation that is the verdict of a verb of judging (`blamed … on “…”`, `dismissed … as
/// “…”`, `put … down to “…”`, `branded … “…”`) is its subject's words; a quotation after a verb
/// of doing, a passive one or a title is no one's.
@Suite struct VerdictSpeakerTests {
  private func speakers(_ text: String) -> [String?] {
    Fixture.extraction(text).directQuotes.map(\.speaker)
  }

  @Test(arguments: [
    ("Sales slumped in the spring, which finance chief Orla Brennan blamed on “a cold and endless drizzle”.",
     "Orla Brennan"),
    ("Councillor Pieter Maas dismissed the survey as “a pile of guesswork” on Tuesday.", "Pieter Maas"),
    ("Head coach Sam Ayodele put the loss down to “tired legs and bad luck” after the match.", "Sam Ayodele"),
    ("Senator Ruth Okafor branded the budget “an insult to every pensioner”.", "Ruth Okafor"),
    ("The skipper, Lars Engen, likened the storm to “a train running over the deck”.", "Lars Engen"),
  ])
  func theSubjectOfAVerbOfJudgingSpeaksItsVerdict(text: String, speaker: String) {
    #expect(speakers(text) == [speaker])
  }

  @Test(arguments: [
    ("Its chairman, Ruth Ellery, credited staff with “a remarkable year of hard work”.", "Ruth Ellery"),
    ("Coach Ana Ferreira credited her defenders with “a season of clean sheets and calm heads”.", "Ana Ferreira"),
  ])
  func aVerbOfJudgingWhoseLemmaTheTaggerMissesStillJudges(text: String, speaker: String) {
    #expect(speakers(text) == [speaker])
  }

  @Test func aNameSetOffAfterATitleTheTaggerReadsAsAnAdjectiveJudges() {
    #expect(
      speakers("Its chief executive, Omar Daley, blamed the weather for “a slow start to the harvest”.") == ["Omar Daley"])
  }

  @Test func aVerbOfDoingTakesNoOnesWords() {
    #expect(
      speakers("Tim Hale detained a driver for “reckless conduct on a public road”. Hale blamed the crash on “a driver who never looked up”.")
        == [nil, "Tim Hale"])
    #expect(
      speakers("Poet Nadia Varga read from “the orchard in winter and other songs” at the fair. She dismissed the fair as “a market with poems”.")
        == [nil, "Nadia Varga"])
  }

  @Test func aPassiveVerbOrATitleIsNoVerdict() {
    #expect(
      speakers("Mayor Ella Strand was blamed for “a summer of broken promises and closed pools”. Strand blamed the pools on “a broken pump”.")
        == [nil, "Ella Strand"])
    #expect(
      speakers("Joel Amsel dismissed the sequel as “The Longest Nap Of The Year”. He dismissed the first film as “a long nap”.")
        == [nil, "Joel Amsel"])
  }

  @Test func theCueOfAnInstitutionToldOfBeforeStartsAtItsVerb() throws {
    let extraction = Fixture.extraction(
      "The airline Norfly cut 200 jobs on Friday. The carrier blamed the cuts on “fuel prices that nobody saw coming”.")
    let quote = try #require(extraction.quotes.first)
    #expect(quote.speaker.map { extraction.actors[$0].name } == "Norfly")
    #expect(quote.cue.map(extraction.text) == "blamed the cuts on")
  }

  @Test func aPlaceIsNoOneToJudge() {
    #expect(
      speakers("Lisbon blamed the delays on “a shortage of drivers and spare parts”. Mayor Rui Vaz blamed them on “the rain”.")
        == [nil, "Rui Vaz"])
  }
}
