import Testing

@testable import DatelineCore

/// A third-person present verb the training data saw less than twice (`employs`, `opens`) is the
/// verb of a sentence that has no other when its lemma is a known verb; nouns stay nouns.
@Suite struct PresentTenseVerbTests {
  @Test(arguments: [
    ("employs", "The company employs 4,000 people."),
    ("employs", "The cooperative now employs 120 farmers."),
    ("opens", "The museum opens on March 21."),
    ("closes", "The offer closes on Friday."),
    ("meets", "The council meets on Tuesday."),
    ("owns", "The firm owns three hotels in the city."),
    ("hears", "The court hears the case next month."),
  ])
  func aRareThirdPersonFormAfterItsSubjectIsTheVerb(word: String, text: String) {
    #expect(tag(of: word, in: text) == .verb, "\(tagged(text))")
  }

  @Test(arguments: [
    ("sales", "The company's sales rise every year."),
    ("figures", "The company's sales figures were published."),
    ("levels", "Water levels fell."),
    ("members", "The union's members voted on Monday."),
  ])
  func aPluralNounBeforeTheVerbStaysANoun(word: String, text: String) {
    #expect(tag(of: word, in: text) == .noun, "\(tagged(text))")
  }

  @Test func aNounAtTheEndOfAFragmentStaysANoun() {
    #expect(tag(of: "edits", in: "Photo edits.") != .verb, "\(tagged("Photo edits."))")
  }

  @Test func aRareThirdPersonFormAfterASubjectPronounIsTheVerbOfAReportedClause() {
    let text = "The company said it employs 4,000 people."
    #expect(tag(of: "employs", in: text) == .verb, "\(tagged(text))")
  }

  @Test func aNounAfterAnObjectPronounStaysANoun() {
    #expect(tag(of: "edits", in: "She sent him edits on Monday.") != .verb)
  }
}
