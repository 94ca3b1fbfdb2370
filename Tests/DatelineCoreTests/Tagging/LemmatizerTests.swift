import Testing
@testable import DatelineCore

@Suite struct LemmatizerTests {
  @Test func irregularVerbs() {
    #expect(lemma(of: "was", in: "The building was empty.") == "be")
    #expect(lemma(of: "said", in: "The minister said nothing.") == "say")
    #expect(lemma(of: "went", in: "They went home.") == "go")
  }

  @Test func regularInflections() {
    #expect(lemma(of: "attacks", in: "The attacks stopped.") == "attack")
    #expect(lemma(of: "militias", in: "Two militias fought.") == "militia")
    #expect(lemma(of: "fired", in: "Soldiers fired rockets.") == "fire")
  }

  @Test func sentenceInitialCapitalsAreLowered() {
    #expect(lemma(of: "The", in: "The vote passed.") == "the")
  }

  @Test func namesKeepTheirCase() {
    #expect(lemma(of: "Baghdad", in: "They left Baghdad.") == "Baghdad")
  }

  @Test func ruleFromFormAndLemma() {
    let rule = LemmaRule(form: ArraySlice("Studies".utf8), lemma: ArraySlice("study".utf8))
    #expect(rule == LemmaRule(lowercases: true, strip: 3, suffix: Array("y".utf8)))
    let text = Array("Flies".utf8)
    #expect(text.withUnsafeBufferPointer { rule.lemma(of: $0, 0..<5) } == "fly")
  }
}
