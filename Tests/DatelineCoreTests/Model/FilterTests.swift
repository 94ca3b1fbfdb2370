import Testing
@testable import DatelineCore

@Suite struct FilterTests {
  private let actors = [
    Actor(id: 0, name: "Kyle Orton", kind: .person, aliases: ["Orton"]),
    Actor(id: 1, name: "Islamic Revolutionary Guard Corps", kind: .group, aliases: ["IRGC"]),
  ]

  @Test func parsesEveryKindOfTerm() throws {
    let filter = try Filter.parse("actor:irgc kind:attack from:2020 to:2021-10 drone", actors: actors)
    #expect(filter.actors == [1])
    #expect(filter.kinds == [.attack])
    #expect(filter.from?.timex == "2020" && filter.to?.timex == "2021-10")
    #expect(filter.words == ["drone"])
  }

  @Test func quotedValuesKeepTheirSpaces() throws {
    #expect(try Filter.parse("actor:\"kyle orton\"", actors: actors).actors == [0])
  }

  @Test func unknownValuesAreExplained() {
    #expect(throws: Filter.ParseError(message: "no actor matches “Nobody”")) { try Filter.parse("actor:Nobody", actors: actors) }
    #expect(throws: Filter.ParseError.self) { try Filter.parse("kind:picnic", actors: actors) }
    #expect(throws: Filter.ParseError.self) { try Filter.parse("from:yesterday", actors: actors) }
  }

  @Test func matchesByDateRangeAndWords() throws {
    let timeline = Timeline(documents: [], actors: actors)
    let event = Event(
      id: 0, date: EventDate(value: TimeValue(timex: "2021-11-07")!, expression: nil), kind: .attack,
      summary: "Drone attack on the residence", actors: [0], mentions: [])
    #expect(try Filter.parse("from:2021-11 drone", actors: actors).matches(event, in: timeline))
    #expect(try !Filter.parse("to:2021-10", actors: actors).matches(event, in: timeline))
    #expect(try Filter.parse("orton", actors: actors).matches(event, in: timeline))
    #expect(try !Filter.parse("actor:irgc", actors: actors).matches(event, in: timeline))
  }
}
