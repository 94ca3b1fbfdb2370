/// Turns clusters of forms into the document's `Actor` list: canonical name, kind, aliases and
/// mentions, numbered in order of first mention.
struct ActorListBuilder {
  private let forms: [ActorForm]
  private let candidates: [NameCandidate]
  private let tagged: TaggedText
  private var clusters: [[Int]]
  private var clusterOfForm: [Int]
  private var roleMentions: [RoleResolver.RoleMention] = []
  private var ownedNames: [OwnerNames.OwnedName] = []

  /// A builder over `clusters` of `forms`, whose mentions are `candidates`.
  init(forms: [ActorForm], clusters: [[Int]], candidates: [NameCandidate], tagged: TaggedText) {
    self.forms = forms
    self.candidates = candidates
    self.tagged = tagged
    let written = clusters.filter { cluster in cluster.contains { forms[$0].isWritten } }
    let first = written.map { cluster in cluster.map { forms[$0].first }.min() ?? Int.max }
    self.clusters = written.indices.sorted { first[$0] < first[$1] }.map { written[$0] }
    clusterOfForm = Array(repeating: -1, count: forms.count)
    for (index, cluster) in self.clusters.enumerated() {
      for form in cluster { clusterOfForm[form] = index }
    }
  }

  /// The actor of each candidate, given the form of each.
  func actorOfCandidate(_ formOfCandidate: [Int]) -> [Int] {
    formOfCandidate.map { clusterOfForm[$0] }
  }

  /// Adds role mentions (`the prime minister`) to their actors.
  mutating func add(_ roles: [RoleResolver.RoleMention]) {
    roleMentions = roles
  }

  /// Adds the owner-qualified aliases (`Beatles’ Apple Corps`) of organizations and groups owned
  /// by actors that are not people: a person’s name is no part of what they own.
  mutating func add(_ owned: [OwnerNames.OwnedName]) {
    ownedNames = owned
  }

  /// The actors and their mentions, given the actor of each candidate.
  func build(actorOf: [Int]) -> DocumentActors {
    var actors: [Actor] = []
    actors.reserveCapacity(clusters.count)
    var texts = TextPool()
    for (id, cluster) in clusters.enumerated() {
      let canonical = canonicalForm(cluster)
      actors.append(
        Actor(
          id: id, name: texts.share(forms[canonical].display), kind: kind(cluster, canonical: canonical),
          aliases: aliases(cluster, canonical: canonical)))
    }
    NeighbourKinds(tagged: tagged, candidates: candidates, actorOf: actorOf).fill(&actors)
    for role in roleMentions where seenAlias(role, in: actors) == false {
      actors[role.actor].aliases.append(role.alias)
    }
    for owned in ownedNames
    where [.organization, .group].contains(actors[owned.actor].kind) && actors[owned.owner].kind != .person {
      if !actors[owned.actor].aliases.contains(owned.alias) { actors[owned.actor].aliases.append(owned.alias) }
    }
    var mentions: [ActorMention] = []
    mentions.reserveCapacity(candidates.count + roleMentions.count)
    var role = 0
    for (index, candidate) in candidates.enumerated() {
      while role < roleMentions.count, roleMentions[role].tokens.lowerBound < candidate.tokens.lowerBound {
        mentions.append(roleMention(roleMentions[role]))
        role += 1
      }
      mentions.append(
        ActorMention(tokens: candidate.tokens, actor: actorOf[index], isRole: false, isModifier: candidate.isModifier))
    }
    mentions += roleMentions[role...].map(roleMention)
    for mention in mentions {
      actors[mention.actor].mentions.append(tagged.span(tokens: mention.tokens))
    }
    return DocumentActors(actors: actors, mentions: mentions)
  }

  private func roleMention(_ role: RoleResolver.RoleMention) -> ActorMention {
    ActorMention(tokens: role.tokens, actor: role.actor, isRole: true, isModifier: false)
  }

  private func seenAlias(_ role: RoleResolver.RoleMention, in actors: [Actor]) -> Bool {
    actors[role.actor].aliases.contains(role.alias) || actors[role.actor].name == role.alias
  }

  /// The spellings of a cluster not shown as its name, each once, in order of first mention.
  private func aliases(_ cluster: [Int], canonical: Int) -> [String] {
    if cluster.count == 1 {
      return key(forms[canonical]) == forms[canonical].key ? [] : [forms[canonical].display]
    }
    var aliases: [String] = []
    var seenKeys: Set<String> = [forms[canonical].key]
    for form in cluster.sorted(by: { forms[$0].first < forms[$1].first })
    where seenKeys.insert(key(forms[form])).inserted {
      aliases.append(forms[form].display)
    }
    return aliases
  }

  /// A capital used for its state is shown under its own spelling, not its country's.
  private func key(_ form: ActorForm) -> String {
    form.isCapitalAlias ? ActorForm.key(of: form.display) : form.key
  }

  /// The form whose spelling names the actor: the lexicon's name when there is one, else the
  /// written form with the most words (the first written among equals).
  private func canonicalForm(_ cluster: [Int]) -> Int {
    if cluster.count == 1 { return cluster[0] }
    if let lexicon = cluster.first(where: { forms[$0].origin == .lexicon && !forms[$0].isCapitalAlias }) {
      return lexicon
    }
    let names = cluster.filter { !forms[$0].isAcronym && !forms[$0].isCapitalAlias && forms[$0].isWritten }
    let pool = names.isEmpty ? cluster : names
    return pool.min { left, right in
      (-forms[left].writtenWordCount, forms[left].first) < (-forms[right].writtenWordCount, forms[right].first)
    } ?? cluster[0]
  }

  /// What the gazetteer's word counts for, once per actor whose name it holds: as much as a given
  /// name for a country or region; less than a title (8), a head noun (8) or a given name before a
  /// surname (6) for a city, whose names are often people's too (`Jackson`, `Lincoln`); nothing for
  /// a one-word town, whose names are mostly surnames (`Wilson`, `Mitchell`) unless a locative
  /// preposition shows the place (`in Tromsø`, a vote of `KindEvidence`). An acronym (`AJAX`) is
  /// not taken for the place it spells.
  private static func gazetteerWeight(_ place: PlaceGazetteer.Kind, words: Int) -> Int {
    switch place {
    case .country, .region: 6
    case .city: 4
    case .town: words >= 2 ? 4 : 0
    }
  }

  private func kind(_ cluster: [Int], canonical: Int) -> Actor.Kind {
    if let known = forms[canonical].known { return known }
    if let known = cluster.lazy.compactMap({ self.forms[$0].known }).first { return known }
    if cluster.contains(where: { forms[$0].isCapitalAlias }) { return .place }
    var votes = KindVotes()
    for form in cluster { votes.add(forms[form].votes) }
    if let place = forms[canonical].place, !forms[canonical].isAcronym {
      votes.add(.place, Self.gazetteerWeight(place, words: forms[canonical].wordCount))
    }
    return votes.best
  }
}
