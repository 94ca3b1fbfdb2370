import DatelineTestSupport
import Testing

@testable import DatelineCore

/// The commas of a list of nouns cut no clause, in the subject (`Farmers in Almeria, Granada and
/// Jaen will …`) as after the verb, with a serial comma or without; an opening phrase's comma
/// still does.
@Suite struct ListCommaTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2022-03-10").events.map(\.summary)
  }

  @Test func aListInTheSubjectStaysWhole() {
    let found = summaries("Growers in Murcia, Teruel and Soria will cut their water use from April 1.")
    #expect(found.contains { $0.hasPrefix("Growers in Murcia, Teruel and Soria will cut") }, "\(found)")
    let banks = summaries("Lenders in Oslo, Bergen and Tromso raised rates on Monday.")
    #expect(found.allSatisfy { !$0.hasPrefix("Teruel") } && banks.contains { $0.hasPrefix("Lenders in Oslo, Bergen and Tromso raised") }, "\(banks)")
  }

  @Test func aSerialCommaIsAListComma() {
    let subject = summaries("Growers in Murcia, Teruel, and Soria will cut their water use on April 1.")
    #expect(subject.contains { $0.hasPrefix("Growers in Murcia, Teruel, and Soria will cut") }, "\(subject)")
    let object = summaries("The fund sold its stakes to Corvan, Belmet, and Ostra on Monday.")
    #expect(object.contains("The fund sold its stakes to Corvan, Belmet, and Ostra on Monday"), "\(object)")
  }

  @Test func aListInsideAnAsideGivesTheClauseNoEarlierSubject() {
    let found = summaries(
      "In 2005, Norland became the first country in which all the top offices—head of state, prime minister, speaker and chief justice—were held by women.")
    #expect(!found.contains { $0.hasPrefix("Norland were") }, "\(found)")
  }

  @Test func anOpeningPhraseStillEndsAtItsComma() {
    let found = summaries("In Murcia, growers and traders marched on Monday. Last year, farmers and growers protested in May.")
    #expect(found.contains { $0.hasPrefix("Growers and traders marched") }, "\(found)")
    #expect(!found.contains { $0.hasPrefix("In Murcia, growers") }, "\(found)")
  }
}
