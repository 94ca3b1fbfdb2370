/// Weighted evidence for what kind of actor a name is.
struct KindVotes: Sendable, Hashable {
  // One field per kind rather than an array: votes are made for every name and every form, and
  // fields need no allocation.
  private var person = 0
  private var organization = 0
  private var place = 0
  private var group = 0

  /// Adds `weight` to `kind` (`unknown` counts for nothing).
  mutating func add(_ kind: Actor.Kind, _ weight: Int) {
    switch kind {
    case .person: person += weight
    case .organization: organization += weight
    case .place: place += weight
    case .group: group += weight
    case .unknown: break
    }
  }

  /// Drops every vote for `kind`.
  mutating func clear(_ kind: Actor.Kind) {
    add(kind, -weight(of: kind))
  }

  /// Adds every vote of `other`.
  mutating func add(_ other: KindVotes) {
    person += other.person
    organization += other.organization
    place += other.place
    group += other.group
  }

  /// The kind with the most weight; `unknown` when there is none or a tie at the top.
  var best: Actor.Kind {
    let top = max(person, organization, place, group)
    guard top > 0 else { return .unknown }
    var leader = Actor.Kind.unknown
    var leaders = 0
    func consider(_ kind: Actor.Kind, _ weight: Int) {
      guard weight == top else { return }
      leader = kind
      leaders += 1
    }
    consider(.person, person)
    consider(.organization, organization)
    consider(.place, place)
    consider(.group, group)
    return leaders == 1 ? leader : .unknown
  }

  /// The weight for `kind`.
  func weight(of kind: Actor.Kind) -> Int {
    switch kind {
    case .person: person
    case .organization: organization
    case .place: place
    case .group: group
    case .unknown: 0
    }
  }
}
