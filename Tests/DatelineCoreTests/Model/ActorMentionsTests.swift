import Testing

@testable import DatelineCore

/// An actor's mentions read, grow and compare as the list of their spans, whether they are none,
/// one (kept inline) or many.
@Suite struct ActorMentionsTests {
  private func span(_ start: Int) -> SourceSpan {
    SourceSpan(document: 0, start: start, end: start + 4, paragraph: 0)
  }

  @Test func noneOneAndManyReadAsTheirSpans() {
    #expect(ActorMentions([]).isEmpty)
    #expect(Array(ActorMentions([span(3)])) == [span(3)])
    #expect(Array(ActorMentions([span(3), span(9), span(1)])) == [span(3), span(9), span(1)])
    #expect(ActorMentions([span(3), span(9)])[1] == span(9))
  }

  @Test func appendingOneByOneKeepsTheOrder() {
    var mentions: ActorMentions = []
    for start in [5, 1, 8, 2] { mentions.append(span(start)) }
    #expect(Array(mentions) == [span(5), span(1), span(8), span(2)])
  }

  @Test func addingListsKeepsTheOrder() {
    var mentions: ActorMentions = [span(1)]
    mentions += [span(4), span(6)]
    mentions += []
    mentions += [span(9)]
    #expect(mentions == [span(1), span(4), span(6), span(9)])
    var empty: ActorMentions = []
    empty += [span(2)]
    #expect(empty == [span(2)])
  }

  @Test func aCopyKeepsItsOwnMentions() {
    var mentions: ActorMentions = [span(1), span(2)]
    let copy = mentions
    mentions.append(span(3))
    #expect(copy == [span(1), span(2)])
    #expect(mentions.count == 3)
  }

  @Test func equalMentionsHashAlike() {
    let one: ActorMentions = [span(1)]
    var grown: ActorMentions = []
    grown.append(span(1))
    #expect(one == grown)
    #expect(one.hashValue == grown.hashValue)
    #expect(one != [span(1), span(2)])
  }
}
