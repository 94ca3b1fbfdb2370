import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A speaker the text names only by a role (`the seller`, `a spokeswoman for the council`, `one
/// resident`) is an actor of its own, named by the phrase: a person, or a group in the plural; a
/// role tied to a name before it (`the judge` after `Judge Mary Cole`) stays that person, and a
/// phrase whose noun names no person (`the report`) is no one.
@Suite struct RoleSpeakerTests {
  /// The speakers' names of the quotes (direct and reported) of `text`, in order (nil for none).
  private func speakers(_ text: String) -> [String?] {
    let extraction = Fixture.extraction(text)
    return extraction.quotes.map { quote in quote.speaker.map { extraction.actors[$0].name } }
  }

  private func speakerKinds(_ text: String) -> [Actor.Kind?] {
    let extraction = Fixture.extraction(text)
    return extraction.quotes.map { quote in quote.speaker.map { extraction.actors[$0].kind } }
  }

  @Test(arguments: [
    ("The seller said the price was fair.", "the seller"),
    ("“It was a mistake,” a spokeswoman for the council said.", "a spokeswoman for the council"),
    ("“It was a mistake,” the company’s lawyer said.", "the company’s lawyer"),
    ("One resident said the water was brown.", "one resident"),
    ("“We are scared,” said one resident, who asked not to be named.", "one resident"),
    ("“The next step is clear,” said a senior Norvik Bank source.", "a senior Norvik Bank source"),
    ("The new owner told reporters that the shop would stay open.", "The new owner"),
    ("“Nobody warned us,” an elderly passenger said.", "an elderly passenger"),
  ])
  func aRoleAloneIsTheSpeaker(text: String, name: String) {
    #expect(speakers(text) == [name.prefix(1).lowercased() + name.dropFirst()])
  }

  @Test(arguments: [
    "Rolf Anders met Lena Holt, the spokesman said.",
    "The court fined Tomas Berg, the prosecutor said.",
  ])
  func aRoleBeforeItsSpeechVerbAfterANameIsNoApposition(text: String) {
    #expect(speakers(text) == ["the spokesman", "the prosecutor"].filter { text.contains($0) }, "\(text)")
  }

  @Test func aRoleInThePluralIsAGroup() {
    let text = "Residents of Tarnby said: “The road floods every winter.”"
    #expect(speakers(text) == ["Residents of Tarnby"])
    #expect(speakerKinds(text) == [.group])
    #expect(speakerKinds("The seller said the price was fair.") == [.person])
  }

  @Test func theSameRoleIsOneActor() {
    let extraction = Fixture.extraction(
      "“We lost everything,” one resident said. The mayor visited on Monday. “Nobody came,” one resident said.")
    let speakers = extraction.quotes.compactMap(\.speaker)
    #expect(speakers.count == 2 && Set(speakers).count == 1)
  }

  @Test func theRoleSpeakerIsAnActorOfTheStatement() {
    let timeline = Fixture.timeline(["The seller said on Monday that the price was fair."])
    let names = timeline.events.flatMap { $0.actorIDs.map { timeline.actors[$0].name } }
    #expect(names.contains("the seller"), "\(names)")
  }

  @Test func aRoleTiedToANameStaysThatPerson() {
    #expect(
      speakers("Judge Mary Cole opened the hearing. “This will take weeks,” the judge said.") == ["Mary Cole"])
    #expect(
      speakers("Professor Lena Ortiz led the study. “The trend is up,” the professor said.") == ["Lena Ortiz"])
  }

  @Test func aNameInAppositionWinsOverTheRole() {
    let text = "The mayor, Anna Berg, said: “We will rebuild.” The mayor’s driver said the road was closed."
    #expect(speakers(text) == ["Anna Berg", "the mayor’s driver"])
  }

  @Test func aThingThatSaysIsNoSpeaker() {
    let text = "The report said the river had risen. “No phones after nine,” the notice said. “We will not obey,” the headmaster said."
    #expect(speakers(text) == [nil, "the headmaster"])
  }
}

/// `he` or `she` right after a statement whose speaker a role alone names stands for that speaker,
/// across a paragraph break too, unless a name stands between or the role is of the other sex.
@Suite struct RolePronounSpeakerTests {
  private func speakers(_ text: String) -> [String?] {
    Fixture.extraction(text).directQuotes.map(\.speaker)
  }

  @Test func aPronounAfterAParagraphBreakTakesTheRoleSpeaker() {
    let text = """
      Maria Lopez, the head of the clinic, said waiting times had doubled.

      A nurse at the clinic said staff were exhausted.

      She added: “Some of us have not had a day off in a month.”
      """
    #expect(speakers(text) == ["a nurse at the clinic"])
  }

  @Test func aPronounAfterADirectQuoteOfARole() {
    let text = "Maria Lopez spoke first. “We ran,” said another miner. “The water was everywhere,” he said."
    #expect(speakers(text) == ["another miner", "another miner"])
  }

  @Test func aNameBetweenKeepsThePronounResolved() {
    let text = "“We ran,” said one miner. Tom Reed arrived later. “It was over,” he said."
    #expect(speakers(text) == ["one miner", "Tom Reed"])
  }

  @Test func aRoleOfTheOtherSexIsNotThePronoun() {
    let text = "Maria Lopez spoke first. “We are looking into it,” a spokesman said. “It is serious,” she said."
    #expect(speakers(text) == ["a spokesman", "Maria Lopez"])
  }

  @Test func aPronounPastAnotherClauseIsNoRoleSpeakers() throws {
    let text = "“We were not ready,” said one resident. Mr Girard met Ms Laurent on Tuesday, and she told him the repairs would take a year."
    let timeline = Fixture.timeline([text], published: "2025-06-10")
    let names = try #require(timeline.actorNames(ofEventWith: "told him"), "\(timeline.events.map(\.summary))")
    #expect(!names.contains("one resident"), "\(names)")
    #expect(!timeline.events.contains { $0.summary.hasPrefix("one resident told") }, "\(timeline.events.map(\.summary))")
  }
}

/// `told` and a common noun after `the` is the person told, and the clause after it is reported.
@Suite struct ToldTheNounTests {
  @Test func theClauseAfterToldTheJuryIsReported() {
    let extraction = Fixture.extraction("Judge Mary Cole opened the trial. The judge told the jury the case would take weeks.")
    let reported = extraction.quotes.filter(\.isIndirect)
    #expect(reported.map { extraction.text($0.span) } == ["the case would take weeks"])
    #expect(reported.map { $0.speaker.map { extraction.actors[$0].name } } == ["Mary Cole"])
  }
}
