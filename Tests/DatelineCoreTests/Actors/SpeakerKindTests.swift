import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A quote's speaker whose kind the words around its name leave open takes the kind the name's
/// shape gives: a person's name makes a person, an institution's an organization, and any other
/// name stays unknown.
@Suite struct SpeakerKindTests {
  private func kind(of name: String, in text: String) -> Actor.Kind? {
    let extraction = Fixture.extraction(text)
    guard let actor = extraction.actor(name) else { return nil }
    #expect(extraction.quotes.contains { $0.speaker == actor.id }, "\(name) speaks no quote")
    return actor.kind
  }

  @Test(arguments: [
    ("“We won the contract fairly,” Brackmoor Homes said on Tuesday.", "Brackmoor Homes"),
    ("“Rain will reach the coast by noon,” Meteo-Portugal said on Monday.", "Meteo-Portugal"),
    ("Employers’ group KFA said: “The timetable is too fast for small firms.”", "KFA"),
  ])
  func anInstitutionsNameMakesAnOrganization(text: String, name: String) {
    #expect(kind(of: name, in: text) == .organization)
  }

  @Test(arguments: [
    ("“We will appeal,” Ilsabet Marsh said on Monday.", "Ilsabet Marsh"),
    ("“We will appeal,” Sarah Brackmoor said on Monday.", "Sarah Brackmoor"),
    ("“We will appeal,” Ilsabet K. Marsh said on Monday.", "Ilsabet K. Marsh"),
    ("“The suspect fled on foot,” Detective Tsukamura said on Monday.", "Detective Tsukamura"),
    ("“We are ready,” said Nadimov.", "Nadimov"),
  ])
  func aPersonsNameMakesAPerson(text: String, name: String) {
    #expect(kind(of: name, in: text) == .person)
  }
}
