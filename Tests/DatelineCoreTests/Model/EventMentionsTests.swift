import Testing

@testable import DatelineCore

/// An event's mentions read and compare as the list of their spans, whether they are none, one
/// or many, and grow in order.
@Suite struct EventMentionsTests {
  private func span(_ start: Int) -> SourceSpan {
    SourceSpan(document: 0, start: start, end: start + 4, paragraph: 0)
  }

  @Test func noneOneAndManyReadAsTheirSpans() {
    #expect(EventMentions([]).isEmpty)
    #expect(Array(EventMentions([span(3)])) == [span(3)])
    #expect(Array(EventMentions([span(3), span(9), span(1)])) == [span(3), span(9), span(1)])
    #expect(EventMentions([span(3), span(9)])[1] == span(9))
  }

  @Test func appendingKeepsTheOrder() {
    var mentions: EventMentions = []
    mentions.append(contentsOf: [span(5)])
    #expect(Array(mentions) == [span(5)])
    mentions.append(contentsOf: [span(2)])
    mentions.append(contentsOf: [span(8), span(1)])
    mentions.append(contentsOf: [])
    #expect(Array(mentions) == [span(5), span(2), span(8), span(1)])
  }

  @Test func appendingLeavesACopyAlone() {
    var mentions: EventMentions = [span(5), span(6)]
    let copy = mentions
    mentions.append(contentsOf: [span(7)])
    #expect(copy.count == 2)
    #expect(mentions.count == 3)
  }

  @Test func equalMentionsAreEqualAndHashAlike() {
    var grown: EventMentions = [span(1)]
    grown.append(contentsOf: [span(2)])
    let listed: EventMentions = [span(1), span(2)]
    #expect(grown == listed)
    #expect(grown.hashValue == listed.hashValue)
    #expect(grown != [span(2), span(1)])
    #expect(EventMentions([span(1)]) != [])
  }

  @Test func anEventKeepsItsIDAndMentions() {
    var event = Event(id: 70_000, date: nil, kind: .meeting, summary: "X met Y", mentions: [span(4)])
    #expect(event.id == 70_000)
    event.id = 12
    #expect(event.id == 12)
    #expect(event.mentions == [span(4)])
  }

  private func disagreement(_ subject: String) -> Disagreement {
    Disagreement(
      aspect: .count, subject: subject,
      versions: [.init(value: "3", spans: [span(1)]), .init(value: "4", spans: [span(9)])])
  }

  @Test func disagreementsStayWhileMentionsGrow() {
    var event = Event(id: 0, date: nil, kind: .attack, summary: "X hit Y", mentions: [span(1), span(9)])
    event.disagreements = [disagreement("dead")]
    event.mentions.append(contentsOf: [span(20)])
    #expect(event.mentions == [span(1), span(9), span(20)])
    #expect(event.disagreements == [disagreement("dead")])
    event.disagreements = []
    #expect(event.disagreements.isEmpty)
    #expect(event.mentions == [span(1), span(9), span(20)])
  }

  @Test func anEventToldOnceMayStillHoldDisagreements() {
    var event = Event(
      id: 0, date: nil, kind: .attack, summary: "X hit Y", mentions: [span(1)], disagreements: [disagreement("dead")])
    #expect(event.disagreements.count == 1)
    event.mentions = [span(2)]
    #expect(event.mentions == [span(2)])
    #expect(event.disagreements == [disagreement("dead")])
  }

  @Test func eventsDifferByTheirDisagreementsAlone() {
    let plain = Event(id: 0, date: nil, kind: .attack, summary: "X hit Y", mentions: [span(1), span(9)])
    var differing = plain
    differing.disagreements = [disagreement("dead")]
    #expect(plain != differing)
    #expect(plain.mentions == differing.mentions)
    differing.disagreements = []
    #expect(plain == differing)
    #expect(plain.hashValue == differing.hashValue)
  }

  @Test func appendedMentionsBringNoDisagreements() {
    var donor = Event(id: 0, date: nil, kind: .attack, summary: "X hit Y", mentions: [span(1), span(9)])
    donor.disagreements = [disagreement("dead")]
    var mentions: EventMentions = []
    mentions.append(contentsOf: donor.mentions)
    #expect(mentions == [span(1), span(9)])
    #expect(mentions.disagreements.isEmpty)
  }
}
