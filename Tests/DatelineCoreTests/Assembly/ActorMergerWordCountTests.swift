import Testing

@testable import DatelineCore

/// The actor merger keeps the number of words of each actor's name in one byte; a name of more
/// words than a byte counts is counted again from the name, and merges as any other.
@Suite struct ActorMergerWordCountTests {
  private let span = SourceSpan(document: 0, start: 0, end: 4, paragraph: 0)

  /// A person's name of `count` words ending in `Orsk1 Orsk0 Lena Varnholt`: a longer one ends in
  /// a shorter one.
  private func longName(_ count: Int) -> String {
    ((0..<(count - 2)).reversed().map { "Orsk\($0)" } + ["Lena", "Varnholt"]).joined(separator: " ")
  }

  @Test func wordCountsTakeOneByteAnActor() {
    #expect(MemoryLayout<ActorMerger.WordCount>.size == 1)
  }

  @Test func aShortNameJoinsAFullNameOfMoreWordsThanAByteCounts() {
    var merger = ActorMerger()
    let full = Actor(id: 0, name: longName(300), kind: .person, mentions: [span])
    #expect(merger.add([full]) == [0])
    #expect(merger.add([Actor(id: 0, name: "Varnholt", kind: .person, mentions: [span])]) == [0])
    #expect(merger.takeActors().map(\.name) == [longName(300)])
  }

  @Test func aFullNameOfMoreWordsThanAByteCountsRenamesItsShortForm() {
    var merger = ActorMerger()
    #expect(merger.add([Actor(id: 0, name: "Lena Varnholt", kind: .person, mentions: [span])]) == [0])
    #expect(merger.add([Actor(id: 0, name: longName(260), kind: .person, mentions: [span])]) == [0])
    #expect(merger.add([Actor(id: 0, name: longName(280), kind: .person, mentions: [span])]) == [0])
    let actors = merger.takeActors()
    #expect(actors.map(\.name) == [longName(280)])
    #expect(actors.first?.aliases == ["Lena Varnholt", longName(260)])
  }

  @Test func namesOfAFewWordsStillTellTheirCountsApart() {
    var merger = ActorMerger()
    #expect(merger.add([Actor(id: 0, name: "Lena Varnholt", kind: .person, mentions: [span])]) == [0])
    #expect(merger.add([Actor(id: 0, name: "Tomas Varnholt", kind: .person, mentions: [span])]) == [1])
    // Two people of that family name: the family name alone joins neither.
    #expect(merger.add([Actor(id: 0, name: "Varnholt", kind: .person, mentions: [span])]) == [2])
  }
}
