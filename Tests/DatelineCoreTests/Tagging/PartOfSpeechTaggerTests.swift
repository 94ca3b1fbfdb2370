import Testing
@testable import DatelineCore

@Suite struct PartOfSpeechTaggerTests {
  @Test func verbsAndNounsOfTheSameSpelling() {
    let sentence = "The militia will attack the base, but the attack failed."
    let words = tagged(sentence)
    #expect(words[3].word == "attack" && words[3].tag == .verb)
    #expect(words[9].word == "attack" && words[9].tag == .noun)
    #expect(tag(of: "failed", in: sentence) == .verb)
  }

  @Test func namesAreProperNouns() {
    let sentence = "Prime Minister Mustafa al-Kadhimi met Angela Merkel in Berlin on Monday."
    #expect(tag(of: "Mustafa", in: sentence) == .propn)
    #expect(tag(of: "Merkel", in: sentence) == .propn)
    #expect(tag(of: "Berlin", in: sentence) == .propn)
    #expect(tag(of: "met", in: sentence) == .verb)
  }

  @Test func anUnknownCapitalizedWordIsNoFunctionWord() {
    let sentence = "A judge blocked the sale. Ofwat, the water regulator, welcomed the ruling."
    #expect(tag(of: "Ofwat", in: sentence) == .propn)
    #expect(tag(of: "Oh", in: "Oh, the water was cold.") == .intj)
  }

  @Test func auxiliariesAndPronouns() {
    let sentence = "They have been warned that it will rain."
    #expect(tag(of: "They", in: sentence) == .pron)
    #expect(tag(of: "have", in: sentence) == .aux)
    #expect(tag(of: "been", in: sentence) == .aux)
    #expect(tag(of: "will", in: sentence) == .aux)
    #expect(tag(of: "warned", in: sentence) == .verb)
  }

  @Test func numbersAndPunctuation() {
    let sentence = "The airline cut 13,000 jobs in 2020 and three more plants closed."
    #expect(tag(of: "13,000", in: sentence) == .num)
    #expect(tag(of: "2020", in: sentence) == .num)
    #expect(tag(of: "three", in: sentence) == .num)
    #expect(tag(of: ".", in: sentence) == .punct)
    #expect(tag(of: "and", in: sentence) == .cconj)
  }

  @Test func contractionsGetTheirOwnTags() {
    let words = tagged("She didn't say that the minister's plan was wrong.")
    #expect(words.map(\.word).contains("n't"))
    #expect(words.first { $0.word == "n't" }?.tag == .part)
    #expect(words.first { $0.word == "'s" }?.tag == .part)
    #expect(words.first { $0.word == "did" }?.tag == .aux)
  }

  @Test func givenWordRangesAreTaggedAsTheyAre() {
    let text = Array("The dogs barked loudly.".utf8)
    let words = PartOfSpeechTagger.standard.tag(text: text, starts: [0, 4, 9, 16, 22], ends: [3, 8, 15, 22, 23])
    #expect(words.count == 5)
    #expect(words.tags == [.det, .noun, .verb, .adv, .punct])
    #expect(words.range(at: 3) == 16..<22)
    #expect(words.word(at: 2) == "barked")
    #expect(words.lemma(at: 1) == "dog")
    #expect(words.lemma(at: 2) == "bark")
  }

  @Test func emptyTextHasNoWords() {
    #expect(tagged("").isEmpty)
    #expect(tagged("   \n").isEmpty)
  }
}
