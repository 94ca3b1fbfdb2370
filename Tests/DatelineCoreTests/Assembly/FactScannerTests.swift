import Testing

@testable import DatelineCore

/// The facts of one telling that another article may give differently: counts, times of day and
/// places after a noun, each with its value written one way and its words.
@Suite struct FactScannerTests {
  /// The facts of `text` as `aspect subject=value “words”`.
  func facts(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return FactScanner.facts(in: bytes, range: 0..<bytes.count).map { fact in
      let words = String(decoding: bytes[fact.range], as: UTF8.self)
      return fact.aspect.rawValue + " " + fact.subjects.joined(separator: "+") + "=" + fact.value + " “" + words + "”"
    }
  }

  @Test func numbersInWordsAndDigitsCountTheWordsAfterThem() {
    #expect(facts("Seven guards were wounded") == ["count guard=7 “Seven guards”"])
    #expect(facts("7 guards were wounded") == ["count guard=7 “7 guards”"])
    #expect(facts("twenty-four security guards fled") == ["count security+guard+fled=24 “twenty-four security guards fled”"])
    #expect(facts("the blast killed 1,200 people") == ["count people=1200 “1,200 people”"])
    #expect(facts("two hundred homes burned") == ["count home+burned=200 “two hundred homes burned”"])
    #expect(facts("3 killed in the blast") == ["count killed=3 “3 killed”"])
  }

  @Test func numbersThatCountNothingNamedAreNotFacts() {
    #expect(facts("one of the guards") == [])
    #expect(facts("the guards said seven") == [])
    #expect(facts("Seven were wounded") == [])
    #expect(facts("six Kestor policemen") == [])
    #expect(facts("300 million reserve will") == [])
  }

  @Test func moneyAndSharesAreNotCounts() {
    #expect(facts("a loss of $87 million") == [])
    #expect(facts("fell 50 cents to close") == [])
    #expect(facts("bought 588,300 shares outstanding") == [])
    #expect(facts("a #3 seed") == [])
    #expect(facts("“Seven guards were hurt,” he said") == ["count guard=7 “Seven guards”"])
  }

  @Test func datesAndYearsAreNotCounts() {
    #expect(facts("on Oct. 10 voters chose") == [])
    #expect(facts("on 10 October the voters chose") == [])
    #expect(facts("in 2021 voters chose") == [])
    #expect(facts("two days later") == [])
    #expect(facts("the 2021 election") == [])
  }

  @Test func timesOfDayAreWrittenOneWay() {
    #expect(facts("at 2:30 a.m. on Sunday") == ["time-of-day time=02:30 “2:30 a.m.”"])
    #expect(facts("at 3 a.m. Sunday") == ["time-of-day time=03:00 “3 a.m.”"])
    #expect(facts("at 3 pm") == ["time-of-day time=15:00 “3 pm”"])
    #expect(facts("at 12 a.m.") == ["time-of-day time=00:00 “12 a.m.”"])
    #expect(facts("at 14:45 local time") == ["time-of-day time=14:45 “14:45”"])
    #expect(facts("shortly after midnight") == ["time-of-day time=00:00 “midnight”"])
    #expect(facts("at 25:10 or 13 a.m.") == [])
  }

  @Test func aPlaceAfterANounIsAFact() {
    #expect(facts("struck the Halvik prison in Kestor") == ["place prison=kestor “prison in Kestor”"])
    #expect(facts("a checkpoint near Upper Varsa") == ["place checkpoint=upper varsa “checkpoint near Upper Varsa”"])
    #expect(facts("were wounded in Kestor") == [])
    #expect(facts("Lena Rahimi resigned in Lisbon") == [])
    #expect(facts("Rebels attacked the Varsa depot at Lindqvist") == ["place depot=lindqvist “depot at Lindqvist”"])
    #expect(facts("the talks in March") == [])
  }

  @Test func pluralsLoseTheirS() {
    #expect(FactScanner.singular("guards") == "guard")
    #expect(FactScanner.singular("people") == "people")
    #expect(FactScanner.singular("status") == "status")
    #expect(FactScanner.singular("bus") == "bus")
  }
}
