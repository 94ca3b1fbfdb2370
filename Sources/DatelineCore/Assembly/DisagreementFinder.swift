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
    var seen = Set<SourceSpan>()
    for mention in event.mentions {
      let document = documents[mention.document]
      for fact in FactScanner.facts(in: document.text, range: mention.range)
      where seen.insert(SourceSpan(document: mention.document, start: fact.range.lowerBound, end: fact.range.upperBound, paragraph: 0))
        .inserted
      {
        facts.append((fact, mention.document, document.paragraph(containing: fact.range.lowerBound)))
      }
    }
    var result: [Disagreement] = []
    for group in groups(facts.map(\.fact)) {
      let start = group[0]
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

  /// The facts in groups about one thing: of one aspect and linked by shared subject words,
  /// directly or through others; each group in order, the groups in the order of their first.
  private static func groups(_ facts: [FactScanner.Fact]) -> [[Int]] {
    var parent = Array(facts.indices)
    func root(_ fact: Int) -> Int {
      var fact = fact
      while parent[fact] != fact {
        parent[fact] = parent[parent[fact]]
        fact = parent[fact]
      }
      return fact
    }
    var firstWithSubject: [String: Int] = [:]
    for (index, fact) in facts.enumerated() {
      for subject in fact.subjects {
        let key = fact.aspect.rawValue + " " + subject
        if let first = firstWithSubject[key] {
          let (a, b) = (root(first), root(index))
          if a != b { parent[max(a, b)] = min(a, b) }
        } else {
          firstWithSubject[key] = index
        }
      }
    }
    var members: [Int: [Int]] = [:]
    var order: [Int] = []
    for index in facts.indices {
      let group = root(index)
      if members[group] == nil { order.append(group) }
      members[group, default: []].append(index)
    }
    return order.compactMap { members[$0] }
  }
}
