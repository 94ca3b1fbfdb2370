/// Finds where the articles that tell one merged event give it different facts: the facts of each
/// article's tellings (its mentions of the event) are read, facts about the same thing (a shared
/// subject word: `guards`) are set side by side, and when each article gives one value and the
/// values differ, the event gets a `Disagreement` listing each value with the articles that give
/// it. An article that gives two values for one thing (`seven guards … two guards`) takes that
/// thing out: its numbers may count different things.
enum DisagreementFinder {
  /// The disagreements of `event`, whose mentions lie in `documents`; none for an event told by
  /// one article.
  static func disagreements(of event: Event, in documents: [Document]) -> [Disagreement] {
    guard let first = event.mentions.first, event.mentions.contains(where: { $0.document != first.document })
    else { return [] }
    var facts: [(fact: FactScanner.Fact, document: Int, paragraph: Int)] = []
    for mention in event.mentions {
      let document = documents[mention.document]
      for fact in FactScanner.facts(in: document.text, range: mention.range)
      where !facts.contains(where: { $0.document == mention.document && $0.fact.range == fact.range }) {
        facts.append((fact, mention.document, document.paragraph(containing: fact.range.lowerBound)))
      }
    }
    var result: [Disagreement] = []
    var taken = [Bool](repeating: false, count: facts.count)
    for start in facts.indices where !taken[start] {
      let group = related(to: start, in: facts.map(\.fact), taken: &taken)
      var versions: [Disagreement.Version] = []
      var valueOfDocument: [Int: String] = [:]
      var agrees = true
      for member in group {
        let (fact, document, paragraph) = facts[member]
        if let known = valueOfDocument[document] {
          if known != fact.value { agrees = false }
          continue
        }
        valueOfDocument[document] = fact.value
        let span = SourceSpan(
          document: document, start: fact.range.lowerBound, end: fact.range.upperBound, paragraph: paragraph)
        if let version = versions.firstIndex(where: { $0.value == fact.value }) {
          versions[version].spans.append(span)
        } else {
          versions.append(Disagreement.Version(value: fact.value, spans: [span]))
        }
      }
      guard agrees, versions.count > 1 else { continue }
      let fact = facts[start].fact
      let subject = fact.subjects.first { word in group.allSatisfy { facts[$0].fact.subjects.contains(word) } }
      result.append(Disagreement(aspect: fact.aspect, subject: subject ?? fact.subjects[0], versions: versions))
    }
    return result
  }

  /// The facts of the aspect of `facts[start]` linked to it by shared subject words, directly or
  /// through others, in order; each is marked taken.
  private static func related(to start: Int, in facts: [FactScanner.Fact], taken: inout [Bool]) -> [Int] {
    var group = [start]
    taken[start] = true
    var next = 0
    while next < group.count {
      let fact = facts[group[next]]
      for other in facts.indices where !taken[other] && facts[other].aspect == fact.aspect {
        if facts[other].subjects.contains(where: fact.subjects.contains) {
          taken[other] = true
          group.append(other)
        }
      }
      next += 1
    }
    return group.sorted()
  }
}
