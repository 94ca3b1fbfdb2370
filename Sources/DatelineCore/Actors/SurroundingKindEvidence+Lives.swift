/// What a name does later in its sentence: a company's posts after `its` (`Severn Trent cut 300
/// jobs, its chief executive said`), and a person's life: where one worked or was born (`Rob
/// Lane worked at the mill`, `Lane was born in Leeds`).
extension SurroundingKindEvidence {
  /// `its chief executive`, `its chairman` later in the name's sentence, with nothing between that
  /// `its` could stand for instead: no other name and no singular noun in lower case (`Tom Lane
  /// visited the factory, its chairman said` is the factory's chairman). Times and plural nouns may
  /// come between (`cut 300 jobs on Monday, its chief executive said`).
  func isCompanyPostOfItsLater(_ after: Int) -> Bool {
    let limit = min(tagged.tokens.count, after + 14)
    var index = after
    while index < limit, !tagged.has(index, [.period, .terminal, .semicolon]) {
      if tagged.isWord(index, "its"), tagged.isLowercaseWord(index) { return isCompanyPostAfter(index + 1) }
      if tagged.timeOf[index] < 0 {
        if tagged.isCapitalizedWord(index) { return false }
        if tagged.isLowercaseWord(index), [.noun, .propn].contains(tagged.upos(index)), !tagged.isPluralNoun(index) {
          return false
        }
      }
      index += 1
    }
    return false
  }

  /// `Orla Brannagh died on Sunday`, `… has died at the age of 87`: who dies is a person, unless
  /// words that describe one of a people come before the name (`the last full-blooded Moriori
  /// died`).
  func isDeathAfter(_ start: Int, after: Int) -> Bool {
    guard tagged.isLowercaseWord(after), !(tagged.isLowercaseWord(start - 1) && [.det, .adj].contains(tagged.upos(start - 1)))
    else { return false }
    if tagged.isWord(after, "died") || tagged.isWord(after, "dies") { return true }
    return (tagged.isWord(after, "has") || tagged.isWord(after, "had")) && tagged.isWord(after + 1, "died")
  }

  /// `worked at the mill`, `worked as a nurse`, `was born in Leeds`, `grew up in Cork`: what
  /// only a person does, right after the name.
  func isPersonsLifeAfter(_ after: Int) -> Bool {
    guard tagged.isLowercaseWord(after), tagged.isLowercaseWord(after + 1) else { return false }
    if tagged.isWord(after, "worked") || tagged.isWord(after, "works") {
      return tagged.isWord(after + 1, "at") || tagged.isWord(after + 1, "as")
    }
    if tagged.isWord(after, "was") || tagged.isWord(after, "is") { return tagged.isWord(after + 1, "born") }
    if tagged.isWord(after, "grew") { return tagged.isWord(after + 1, "up") }
    return false
  }
}
