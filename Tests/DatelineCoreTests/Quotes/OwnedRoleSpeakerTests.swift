import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A role owned by a person's `his` or `her` speaks as a role of that person (`his lawyer said`
/// gives `Ilse Marten’s lawyer`), and a public body whose field an owner's possessive opens speaks
/// as itself (`the country’s largest nurses’ union`).
@Suite struct OwnedRoleSpeakerTests {
  /// The speakers' names of the quotes (direct and reported) of `text`, in order (nil for none).
  private func speakers(_ text: String) -> [String?] {
    let extraction = Fixture.extraction(text)
    return extraction.quotes.map { quote in quote.speaker.map { extraction.actors[$0].name } }
  }

  @Test(arguments: [
    ("Ilse Marten lost her seat in May. She will contest the result, her lawyer said.", "Ilse Marten’s lawyer"),
    ("Tomas Vey was arrested on Friday. He was released on Sunday, his agent said.", "Tomas Vey’s agent"),
    ("Pavel Orn left the club in June. “He wants to rest,” his brother told reporters.", "Pavel Orn’s brother"),
    ("Greta Lind resigned on Monday. “She is relieved,” said her spokesman.", "Greta Lind’s spokesman"),
  ])
  func aPersonsRoleSpeaksAsTheirs(text: String, name: String) {
    #expect(speakers(text).contains(name), "\(speakers(text))")
  }

  @Test func aRoleOfNoOneNamedIsNoSpeaker() {
    #expect(speakers("The talks failed on Monday. The offer was unfair, his lawyer said.") == [])
  }

  @Test func aBodysStaffStillSpeaksForNoOne() {
    let text = "Corvane Foods said on Tuesday it would buy a rival. Its chief told Reuters the price was fair."
    #expect(speakers(text) == ["Corvane Foods"])
  }

  @Test(arguments: [
    ("The country’s largest nurses’ union said the money should have gone to wages.",
     "the country’s largest nurses’ union"),
    ("Velmark’s farming union said prices would keep rising.", "Velmark’s farming union"),
  ])
  func anOwnedFieldBodySpeaksAsAnOrganization(text: String, name: String) throws {
    let extraction = Fixture.extraction(text)
    let speaker = try #require(extraction.quotes.first?.speaker, "\(extraction.names)")
    #expect(extraction.actors[speaker].name == name)
    #expect(extraction.actors[speaker].kind == .organization)
  }

  @Test func anOwnedBodyWithNoFieldNamesNoOne() {
    #expect(speakers("The company’s union said the offer was too low.") == [])
  }
}
