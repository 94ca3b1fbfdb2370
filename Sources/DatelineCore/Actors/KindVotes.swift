/// Weighted evidence for what kind of actor a name is.
struct KindVotes: Sendable, Hashable {
  // One field per kind rather than an array: votes are made for every name and every form, and
  // fields need no allocation. Four bytes each (sums clamp rather than overflow): a document's
  // names hold votes of their own while actors are found.
  private var person: Int32 = 0
  private var organization: Int32 = 0
  private var place: Int32 = 0
  private var group: Int32 = 0
  private var product: Int32 = 0

  /// Adds `weight` to `kind` (`unknown` counts for nothing).
  mutating func add(_ kind: Actor.Kind, _ weight: Int) {
    switch kind {
    case .person: person = Self.sum(person, weight)
    case .organization: organization = Self.sum(organization, weight)
    case .place: place = Self.sum(place, weight)
    case .group: group = Self.sum(group, weight)
    case .product: product = Self.sum(product, weight)
    case .unknown: break
    }
  }

  /// Drops every vote for `kind`.
  mutating func clear(_ kind: Actor.Kind) {
    add(kind, -weight(of: kind))
  }

  /// Adds every vote of `other`.
  mutating func add(_ other: KindVotes) {
    person = Self.sum(person, Int(other.person))
    organization = Self.sum(organization, Int(other.organization))
    place = Self.sum(place, Int(other.place))
    group = Self.sum(group, Int(other.group))
    product = Self.sum(product, Int(other.product))
  }

  /// The kind with the most weight; `unknown` when there is none or a tie at the top. A product
  /// gives way to any vote for an organization or a group, whose names often hold a product noun
  /// (`Free Software Foundation`, also written `Free Software`).
  var best: Actor.Kind {
    let product = organization > 0 || group > 0 ? 0 : product
    let top = max(person, organization, place, group, product)
    guard top > 0 else { return .unknown }
    var leader = Actor.Kind.unknown
    var leaders = 0
    func consider(_ kind: Actor.Kind, _ weight: Int32) {
      guard weight == top else { return }
      leader = kind
      leaders += 1
    }
    consider(.person, person)
    consider(.organization, organization)
    consider(.place, place)
    consider(.group, group)
    consider(.product, product)
    return leaders == 1 ? leader : .unknown
  }

  /// The weight for `kind`.
  func weight(of kind: Actor.Kind) -> Int {
    switch kind {
    case .person: Int(person)
    case .organization: Int(organization)
    case .place: Int(place)
    case .group: Int(group)
    case .product: Int(product)
    case .unknown: 0
    }
  }

  @inline(__always)
  private static func sum(_ total: Int32, _ weight: Int) -> Int32 { Int32(clamping: Int(total) + weight) }
}
