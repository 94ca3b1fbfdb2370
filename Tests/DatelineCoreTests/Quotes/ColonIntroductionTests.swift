import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A paragraph that ends with a speech verb and a colon hands its speaker on to the quotation
/// that opens the next paragraph, before any earlier speaker the quotation could continue.
@Suite struct ColonIntroductionTests {
  private func speakers(_ text: String) -> [String?] {
    let extraction = Fixture.extraction(text)
    return extraction.quotes.filter { !$0.isIndirect }.map { quote in quote.speaker.map { extraction.actors[$0].name } }
  }

  @Test func aNamedSpeakerBeforeTheColon() {
    let text = "“The ward is full,” said Nia Gellan.\nMary Olu, a nurse at the clinic, said:\n“We were never asked.”"
    #expect(speakers(text) == ["Nia Gellan", "Mary Olu"])
  }

  @Test func aPronounSpeakerBeforeTheColon() {
    let text = "“The ward is full,” said Nia Gellan.\nRhodri Vance spoke next. He told reporters:\n“It is over for us.”"
    #expect(speakers(text) == ["Nia Gellan", "Rhodri Vance"])
  }

  @Test func aColonWithNoSpeechVerbGivesNoSpeaker() {
    let text = "“The ward is full,” said Nia Gellan.\nThe plan has two parts:\n“A new wing and a new road.”"
    #expect(speakers(text) == ["Nia Gellan", "Nia Gellan"])
  }

  @Test func theNextQuotationGoesOnWithTheSpeaker() {
    let text = "“The ward is full,” said Nia Gellan.\nMary Olu, a nurse, said:\n“We were never asked.”\n“Nobody came.”"
    #expect(speakers(text) == ["Nia Gellan", "Mary Olu", "Mary Olu"])
  }
}
