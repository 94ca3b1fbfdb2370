import DatelineCore

/// Builds timelines of any size from sentence templates, for the keystroke benchmarks: one
/// document per thousand events, each event backed by its own sentence, dated across 2000–2024,
/// with one or two of a few thousand actors.
enum SyntheticTimeline {
  private static let verbs = ["met", "criticized", "praised", "sued", "visited", "warned", "thanked", "called"]
  private static let objects = ["the council", "the union", "reporters", "the ministry", "protesters", "the court"]
  private static let kinds: [Event.Kind] = [.meeting, .statement, .protest, .attack, .election, .arrest, .death, .other]
  private static let givenNames = ["Amal", "Boris", "Chen", "Dina", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas"]
  private static let surnames = ["Haddad", "Novak", "Li", "Moreau", "Kaya", "Rahimi", "Berg", "Costa", "Silva", "Weber"]

  static func make(events count: Int, actors actorCount: Int = 5_000) -> Timeline {
    var generator = SplitMix64(seed: 2021)
    let actors = (0..<actorCount).map { id in
      let name = givenNames[id % 10] + " " + surnames[(id / 10) % 10] + (id >= 100 ? " \(id / 100)" : "")
      return Actor(id: id, name: name, kind: .person)
    }
    var documents: [Document] = []
    var events: [Event] = []
    events.reserveCapacity(count)
    let perDocument = 1_000
    var produced = 0
    while produced < count {
      let batch = min(perDocument, count - produced)
      var text: [UInt8] = []
      var pending: [(range: Range<Int>, day: Int, actors: [Int], summary: String)] = []
      for _ in 0..<batch {
        let day = CivilDay.number(year: 2000, month: 1, day: 1) + Int(generator.next() % 9_131)
        let first = Int(generator.next() % UInt64(actorCount))
        let second = Int(generator.next() % UInt64(actorCount))
        let verb = verbs[Int(generator.next() % UInt64(verbs.count))]
        let object = objects[Int(generator.next() % UInt64(objects.count))]
        let date = TimePoint.day(number: day)
        let summary = "\(actors[first].name) \(verb) \(object) and \(actors[second].name)"
        let sentence = "On \(date.timex), \(summary)."
        let start = text.count
        text += Array(sentence.utf8)
        pending.append((start..<text.count, day, [first, second], summary))
        text.append(0x0A)
      }
      let document = Document(id: documents.count, name: "synthetic-\(documents.count).txt", text: text)
      for item in pending {
        let span = document.span(item.range)
        events.append(
          Event(
            id: 0, date: EventDate(value: .point(.day(number: item.day)), expression: span),
            kind: kinds[events.count % kinds.count], summary: item.summary, actors: item.actors, mentions: [span]))
      }
      documents.append(document)
      produced += batch
    }
    events.sort { ($0.date?.value.interval?.lowerBound ?? 0) < ($1.date?.value.interval?.lowerBound ?? 0) }
    for index in events.indices { events[index].id = index }
    return Timeline(documents: documents, actors: actors, events: events)
  }
}

