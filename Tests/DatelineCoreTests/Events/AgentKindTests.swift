import DatelineTestSupport
import Testing

@testable import DatelineCore

/// What does an event decides its kind: a natural agent or a disease kills in a disaster, police
/// raid to search, a court jails for a term, and a verb that tells how an event went is of the
/// event's kind.
@Suite struct AgentKindTests {
  private func kind(of words: String, in text: String) -> String? {
    let events = Fixture.timeline([text], published: "2024-06-20").events
    return events.first { $0.summary.contains(words) }.map(\.kind.rawValue)
  }

  @Test func aNaturalAgentOrADiseaseKillsInADisaster() {
    let quake = "At least 30 people were killed on Monday when an earthquake struck the coastal town of Sorvik."
    #expect(kind(of: "killed", in: quake) == "disaster")
    #expect(kind(of: "killed", in: "A cholera epidemic killed 30 people in the district in May.") == "disaster")
    // A bomb's killing stays an attack.
    #expect(kind(of: "killed", in: "Two guards were killed on Monday when a bomb exploded at the gate.") == "attack")
  }

  @Test func aVerbOfNoKindTellsHowItsSubjectEventWent() {
    #expect(kind(of: "began", in: "The outbreak began in a village near the lake.") == "disaster")
    #expect(kind(of: "ended", in: "The walkout ended peacefully.") == "protest")
    #expect(kind(of: "reached", in: "News of the attack reached the capital.") == "other")
    #expect(kind(of: "returned", in: "Families in the flood returned home.") == "other")
  }

  @Test func aJailingForATermIsASentence() {
    #expect(kind(of: "jailed", in: "A former councillor was jailed for nine years on Friday for fraud.") == "court")
    #expect(kind(of: "jailed", in: "The former guard was jailed for life on Friday.") == "court")
    #expect(kind(of: "jailed", in: "Three protesters were jailed on Friday.") == "arrest")
  }

  @Test func policeRaidToSearch() {
    #expect(kind(of: "raided", in: "Police raided the company's offices on Friday.") == "arrest")
    #expect(kind(of: "raided", in: "Gunmen raided a village near the border on Friday.") == "attack")
  }

  @Test func anArrestCountedFromARaidIsAnotherEvent() {
    let text = "Police raided the company's offices in March 2023. Two directors were arrested two days later."
    let events = Fixture.timeline([text], published: "2024-06-20").events
    #expect(events.filter { $0.kind == .arrest }.count == 2, "\(events.map(\.summary))")
  }
}
