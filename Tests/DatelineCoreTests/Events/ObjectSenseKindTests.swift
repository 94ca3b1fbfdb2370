import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A verb of several senses reads its sense from what it acts on where it stands: an owner's
/// possessive before the object does not hide it (`won Sunday's election`), and a sense the
/// story gave another word, or the same word with another object, does not carry over (`opened
/// an investigation` after `launched a snack bar` founds nothing); a burning is an attack only
/// beside armed force; a verdict word completes the verb with its kind (`pleaded guilty`).
@Suite struct ObjectSenseKindTests {
  private func kinds(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2025-05-26").events.map { $0.kind.rawValue + " " + $0.summary }
  }

  @Test func anEventNamedAfterAPossessiveGivesTheKind() {
    let found = kinds("The Unity Party won Sunday's general election in Tarvia.")
    #expect(found.contains { $0.hasPrefix("election The Unity Party won Sunday's general election") }, "\(found)")
  }

  @Test func anotherWordOfTheSameSensesKeepsItsOwnKind() {
    let found = kinds("Harlow Foods launched a cereal bar on May 3. The food agency opened an investigation into its bakery on May 20.")
    #expect(found.contains { $0.hasPrefix("founding Harlow Foods launched a cereal bar") }, "\(found)")
    #expect(found.contains { $0.hasPrefix("other The food agency opened an investigation") }, "\(found)")
  }

  @Test func aBurningIsAnAttackOnlyBesideArmedForce() {
    #expect(kinds("A stolen car was found burnt out near the canal on May 20.").first?.hasPrefix("other") == true)
    #expect(kinds("Militiamen burned the village on May 20.").first?.hasPrefix("attack") == true)
    #expect(kinds("A wildfire burned 900 acres on May 21.").first?.hasPrefix("disaster") == true)
  }

  @Test func aVerdictWordCompletingTheVerbGivesTheKind() {
    #expect(kinds("Tomas Berg pleaded guilty to fraud.").first?.hasPrefix("court") == true)
    // A passive participle has no object: the word right after it completes it.
    #expect(kinds("Hale was found guilty of fraud.").first?.hasPrefix("court") == true, "\(kinds("Hale was found guilty of fraud."))")
    #expect(kinds("Both men were later found guilty of arson.").first?.hasPrefix("court") == true)
  }
}
