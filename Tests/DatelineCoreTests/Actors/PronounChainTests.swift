import DatelineTestSupport
import Testing

@testable import DatelineCore

/// `he` and `she` stand for the person the text is about: named shortly before, or passed on by
/// the pronouns of the sentences between; a one-word name of unknown kind (a product) is taken
/// only when no person is near.
@Suite struct PronounChainTests {
  private func actors(of words: String, in text: String) throws -> [String] {
    let timeline = Fixture.timeline([text], published: "2022-03-10")
    return try #require(timeline.actorNames(ofEventWith: words), "\(timeline.events.map(\.summary))")
  }

  @Test func aPronounPassesItsPersonOn() throws {
    let text = """
      Director Ilse Marvik opened the new gallery in Tarn on Monday.

      She praised the architects.

      She said that the city had waited for years.
      """
    #expect(try actors(of: "city had waited", in: text).contains("Ilse Marvik"))
  }

  @Test func aPersonNamedByACommonNounKeepsTheirPronoun() throws {
    let text = """
      Strong winds slowed the crews, commander Tiago Lemos told reporters.

      One firefighter was badly hurt when his truck overturned on Monday.
      """
    #expect(try !actors(of: "truck overturned", in: text).contains("Tiago Lemos"))
    let named = "Commander Tiago Lemos was badly hurt when his truck overturned on Monday."
    #expect(try actors(of: "truck overturned", in: named).contains("Tiago Lemos"))
  }

  @Test func anOpeningYearComesBeforeTheSubject() throws {
    let text = "Ilse Marvik was born in Tarn. In 1986 she bought a printing house."
    #expect(try actors(of: "bought a printing house", in: text).first == "Ilse Marvik")
  }

  @Test func aProductIsNoPersonWhenAPersonIsNear() throws {
    let text = """
      Ilse Marvik founded the Corvo company in 1980.

      In 1984 the first Quillon computer was released.

      One year later she left the company.
      """
    let names = try actors(of: "left the company", in: text)
    #expect(names.contains("Ilse Marvik"))
    #expect(!names.contains("Quillon"))
  }

  @Test func aNameAfterAVerbIsNoPersonWhenAPersonIsNear() throws {
    let text = """
      Ilse Marvik announced that Corvo printers would ship with Tarn chips.

      Critics noted that Tarn had recently added Ledger Locks to its chips.

      “This change,” she said, “will come next year.”
      """
    let timeline = Fixture.timeline([text], published: "2022-03-10")
    let quote = try #require(timeline.quotes.first { timeline.documents[0].string($0.span.range).contains("change") })
    #expect(quote.speaker.map { timeline.actors[$0].name } == "Ilse Marvik")
  }

  @Test func aPronounSkipsAPersonOfTheOtherGender() throws {
    let text = "Helen Varga married the sculptor John Tessel in 1971. He died in 2009."
    let names = try actors(of: "died in 2009", in: text)
    #expect(names.contains("John Tessel"), "\(names)")
    #expect(!names.contains("Helen Varga"), "\(names)")
  }

  @Test func aSentenceAboutSheBeforeAnyNameStaysAboutHer() throws {
    let text = """
      The poet Ilse Marvik has died aged 90.

      She died at her home on Sunday, Corvo Press said in a statement.

      She won the Tarn Prize in 1981.
      """
    let names = try actors(of: "Tarn Prize", in: text)
    #expect(names.contains("Ilse Marvik"), "\(names)")
    #expect(!names.contains("Corvo Press"), "\(names)")
  }
}
