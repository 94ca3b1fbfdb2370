import Testing
@testable import DatelineCore

@Suite struct WordSegmenterTests {
  @Test func numbersWithSeparatorsAreOneWord() {
    #expect(segmented("BA cut 13,000 jobs") == ["BA", "cut", "13,000", "jobs"])
    #expect(segmented("up 3.5 points") == ["up", "3.5", "points"])
    #expect(segmented("at 10:30 today") == ["at", "10:30", "today"])
  }

  @Test func lettersAndDigitsWrittenTogetherAreOneWord() {
    #expect(segmented("in the 1990s") == ["in", "the", "1990s"])
    #expect(segmented("the G8 summit") == ["the", "G8", "summit"])
  }

  @Test func contractionsSplitBeforeTheClitic() {
    #expect(segmented("I don't know") == ["I", "do", "n't", "know"])
    #expect(segmented("they can't go") == ["they", "ca", "n't", "go"])
    #expect(segmented("Smith's car") == ["Smith", "'s", "car"])
    #expect(segmented("they're here") == ["they", "'re", "here"])
    #expect(segmented("we’ll see") == ["we", "’ll", "see"])
    #expect(segmented("it doesn’t") == ["it", "does", "n’t"])
  }

  @Test func apostrophesInsideNamesStay() {
    #expect(segmented("O'Brien said") == ["O'Brien", "said"])
  }

  @Test func abbreviationsKeepTheirPeriods() {
    #expect(segmented("the U.S. army") == ["the", "U.S.", "army"])
    #expect(segmented("on Nov. 7 Mr. Smith") == ["on", "Nov.", "7", "Mr.", "Smith"])
    #expect(segmented("George W. Bush") == ["George", "W.", "Bush"])
  }

  @Test func sentencePeriodsAreWordsOfTheirOwn() {
    #expect(segmented("It rained. Then") == ["It", "rained", ".", "Then"])
    #expect(segmented("Wait...") == ["Wait", "..."])
  }

  @Test func hyphensAreSplitExceptAfterPrefixes() {
    #expect(segmented("Iran-backed militias") == ["Iran", "-", "backed", "militias"])
    #expect(segmented("her co-workers") == ["her", "co-workers"])
    #expect(segmented("an e-mail") == ["an", "e-mail"])
  }
}
