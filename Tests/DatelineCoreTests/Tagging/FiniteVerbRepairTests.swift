import Testing

@testable import DatelineCore

/// A sentence the tagger leaves without a finite verb gets one: the inflected word after its
/// subject that the training data also saw as a verb. Fragments keep their nouns.
@Suite struct FiniteVerbRepairTests {
  private func word(_ word: String, in text: String) -> (tag: UPOS, lemma: String)? {
    tagged(text).first { $0.word == word }.map { ($0.tag, $0.lemma) }
  }

  @Test func aWordReadAsAnAdverbBetweenAnArticleAndAnAuxiliaryIsANoun() {
    let found = word("forward", in: "Paul Haskins said the forward had been his first choice since the summer.")
    #expect(found?.tag == .noun, "\(String(describing: found))")
  }

  @Test func aPastTenseAfterItsSubjectIsTheVerb() {
    let found = word("rose", in: "Shares in the bank rose 4.5% to 312 pence.")
    #expect(found?.tag == .verb && found?.lemma == "rise", "\(String(describing: found))")
  }

  @Test(arguments: [
    "Shares in the listed firm rose 4.1% to 88 crowns.",
    "Shares in the Oslo-listed company rose 4.1%.",
    "Profits at the newly listed firm rose 12%.",
  ])
  func aParticipleBeforeANounIsNotTheSentencesVerb(text: String) {
    let found = word("rose", in: text)
    #expect(found?.tag == .verb && found?.lemma == "rise", "\(text): \(String(describing: found))")
  }

  @Test(arguments: [
    "An explosion tore through the plant on Tuesday, officials said.",
    "An explosion tore through a hall early on Tuesday, killing two workers, the county fire service said in a statement.",
    "A blast tore through the depot, he told reporters.",
  ])
  func aClauseBeforeAReportThatEndsItsSentenceHasAVerbOfItsOwn(text: String) {
    let found = word("tore", in: text)
    #expect(found?.tag == .verb, "\(text): \(String(describing: found))")
  }

  @Test(arguments: [
    ("The talks resume on Thursday, officials said.", "resume"),
    ("Hearings resume in the spring, the court said.", "resume"),
    ("Negotiators return to the table on Monday, the ministry said.", "return"),
    ("Judge Carter said deliberations resume on Monday.", "resume"),
    ("The union said that the talks resume on Thursday.", "resume"),
  ])
  func aBaseFormAfterAPluralSubjectIsItsPresent(text: String, verb: String) {
    let found = word(verb, in: text)
    #expect(found?.tag == .verb, "\(text): \(String(describing: found))")
  }

  @Test func aReportedClauseWithAVerbOfItsOwnKeepsItsNouns() {
    let found = word("race", in: "Officials said the arms race in Asia has worried them.")
    #expect(found?.tag == .noun, "\(String(describing: found))")
  }

  @Test func aThirdPersonFormBeforeAnInfinitiveIsTheVerb() {
    let found = word("plans", in: "The council plans to close two libraries.")
    #expect(found?.tag == .verb && found?.lemma == "plan", "\(String(describing: found))")
  }

  @Test(arguments: [
    "Sales rose while costs fell.",
    "Food prices rose 0.4% over the month, while fuel prices fell 3.2%.",
  ])
  func aClauseBeforeASubordinateOneHasAVerbOfItsOwn(text: String) {
    let found = word("rose", in: text)
    #expect(found?.tag == .verb && found?.lemma == "rise", "\(text): \(String(describing: found))")
  }

  @Test(arguments: [
    "Sales rose 2% to $2.9bn, below what analysts had expected.",
    "Revenue rose 3% to $4bn, more than analysts had forecast.",
  ])
  func aClauseBeforeAComparisonSetOffByACommaHasAVerbOfItsOwn(text: String) {
    let found = word("rose", in: text)
    #expect(found?.tag == .verb && found?.lemma == "rise", "\(text): \(String(describing: found))")
  }

  @Test(arguments: [
    "Nordvik Lines will resume its ferry service on March 20.",
    "Officials said the ferry could resume its trips on Monday.",
  ])
  func aWordAfterAModalIsAVerb(text: String) {
    let found = word("resume", in: text)
    #expect(found?.tag == .verb && found?.lemma == "resume", "\(text): \(String(describing: found))")
  }

  @Test func aPastSpelledAsItsBaseBeforeItsObjectIsTheVerb() {
    let found = word("beat", in: "The team beat Northport 2-0 in the final.")
    #expect(found?.tag == .verb && found?.lemma == "beat", "\(String(describing: found))")
  }

  @Test func aThirdPersonFormAfterANameSetOffIsTheVerb() {
    let found = word("plans", in: "Its owner, Harlow Foods, plans to sell the brand.")
    #expect(found?.tag == .verb && found?.lemma == "plan", "\(String(describing: found))")
  }

  @Test func aNounBeforeTheVerbStaysANoun() {
    #expect(word("prices", in: "Oil prices rose on Monday.")?.tag == .noun)
  }

  @Test func aFragmentKeepsItsNoun() {
    #expect(word("help", in: "Thanks for all your help!")?.tag == .noun)
    #expect(word("building", in: "They keyed our building.")?.tag != .verb)
  }

  @Test func aSentenceWithAVerbIsLeftAlone() {
    #expect(word("rose", in: "She planted a rose in the garden.")?.tag == .noun)
  }
}

/// A name the tagger read from its ending at the start of a sentence is a name again.
@Suite struct OpeningNameRepairTests {
  private func tag(of word: String, in text: String) -> UPOS? {
    tagged(text).first { $0.word == word }?.tag
  }

  @Test(arguments: [
    ("Mohamed", "Mohamed brought a clock to school."),
    ("Javed", "Javed Iqbal won the seat in 2019."),
    ("Winifred", "Winifred Hale died in 1990."),
    ("Khaled", "Khaled Saeed was arrested on Monday."),
    ("Winifred", "\"Winifred Hale told us nothing,\" she said."),
  ])
  func anUnknownWordOpeningASentenceBeforeANameOrVerbIsAName(word: String, text: String) {
    #expect(tag(of: word, in: text) == .propn, "\(text)")
  }

  @Test(arguments: [
    ("Added", "Added to the list were three names."),
    ("Unvaccinated", "Unvaccinated people were turned away."),
  ])
  func aKnownVerbOrAWordBeforeANounKeepsItsTag(word: String, text: String) {
    #expect(tag(of: word, in: text) != .propn, "\(text)")
  }
}

/// A word that opens a sentence and that the text writes as a name inside another is a name.
@Suite struct RepeatedNameRepairTests {
  private func tags(of word: String, in text: String) -> [UPOS] {
    tagged(text).filter { $0.word == word }.map(\.tag)
  }

  @Test(arguments: [
    ("Anders", "The minister, Rolf Anders, resigned. Anders met Lena Holt."),
    ("Holt", "Anders handed his letter to Lena Holt, a spokesman said. Holt accepted it."),
    ("Anders", "\"Anders met her,\" a spokesman said of Rolf Anders."),
  ])
  func aRareOpeningWordNamedElsewhereIsAName(word: String, text: String) {
    #expect(tags(of: word, in: text).allSatisfy { $0 == .propn }, "\(text): \(tags(of: word, in: text))")
  }

  @Test(arguments: [
    ("Police", "Police arrested two men. The Metropolitan Police said so."),
    ("Brave", "Brave firefighters climbed the tower. They met Anna Brave later."),
  ])
  func aCommonWordKeepsItsTag(word: String, text: String) {
    #expect(tags(of: word, in: text).first != .propn, "\(text)")
  }
}

/// A plural subject's present after a relative clause set off after it is its verb.
@Suite struct PluralPresentRepairTests {
  @Test(arguments: [
    ("travel", "Rovers, who sit fourth in the table, travel to Marston on Sunday."),
    ("fear", "Residents, who were moved out in May, fear a long delay."),
  ])
  func aBaseFormAfterTheAsideIsTheVerb(word: String, text: String) {
    #expect(tagged(text).first { $0.word == word }?.tag == .verb, "\(text)")
  }

  @Test func aNounInAListAfterAVerbStaysANoun() {
    let text = "The firm, which makes boats, reported losses, travel costs and fees."
    #expect(tagged(text).first { $0.word == "travel" }?.tag != .verb, "\(text)")
  }

  @Test(arguments: ["The council tables a motion on Thursday.", "The board shelves an offer from the union."])
  func aNounInSBeforeAnArticleAfterTheSubjectIsTheVerb(text: String) {
    let word = text.split(separator: " ")[2]
    #expect(tagged(text).first { $0.word == word }?.tag == .verb, "\(text)")
  }

  @Test func aPluralNounBeforeAnArticleAfterAVerbStaysANoun() {
    let text = "The council gave the residents a vote on Thursday."
    #expect(tagged(text).first { $0.word == "residents" }?.tag == .noun, "\(text)")
  }
}
