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

/// `source:` picks articles by title, outlet or file name.
@Suite struct SourceFilterTests {
  let documents = [
    Document(id: 0, name: "wire/a.txt", metadata: DocumentMetadata(title: "Gunmen storm embassy", source: "Wire"), text: []),
    Document(id: 1, name: "notes/b.md", metadata: DocumentMetadata(title: "Week in review"), text: []),
  ]

  @Test func matchesTitleOutletOrFileName() throws {
    #expect(try Filter.parse("source:embassy", actors: [], documents: documents).sources == [0])
    #expect(try Filter.parse("source:wire", actors: [], documents: documents).sources == [0])
    #expect(try Filter.parse("source:notes/", actors: [], documents: documents).sources == [1])
    #expect(try Filter.parse("source:\"week in\"", actors: [], documents: documents).sources == [1])
    #expect(throws: Filter.ParseError(message: "no article matches “Daily”")) {
      try Filter.parse("source:Daily", actors: [], documents: documents)
    }
  }

  @Test func anEventMatchesWhenOneOfItsArticlesIsChosen() throws {
    let event = Event(
      id: 0, date: nil, kind: .attack, summary: "Gunmen stormed the embassy", actors: [],
      mentions: [SourceSpan(document: 1, start: 0, end: 6, paragraph: 0)])
    let timeline = Timeline(documents: documents)
    #expect(try Filter.parse("source:notes", actors: [], documents: documents).matches(event, in: timeline))
    #expect(try !Filter.parse("source:wire", actors: [], documents: documents).matches(event, in: timeline))
  }
}
