/// Weighted evidence for what kind of actor a name is.
struct KindVotes: Sendable, Hashable {
  private var weights: [Int] = [0, 0, 0, 0]
  private static let kinds: [Actor.Kind] = [.person, .organization, .place, .group]

  /// Adds `weight` to `kind` (`unknown` counts for nothing).
  mutating func add(_ kind: Actor.Kind, _ weight: Int) {
    guard let slot = Self.kinds.firstIndex(of: kind) else { return }
    weights[slot] += weight
  }

  /// Adds every vote of `other`.
  mutating func add(_ other: KindVotes) {
    for slot in weights.indices { weights[slot] += other.weights[slot] }
  }

  /// The kind with the most weight; `unknown` when there is none or a tie at the top.
  var best: Actor.Kind {
    guard let top = weights.max(), top > 0 else { return .unknown }
    let leaders = weights.indices.filter { weights[$0] == top }
    return leaders.count == 1 ? Self.kinds[leaders[0]] : .unknown
  }

  /// The weight for `kind`.
  func weight(of kind: Actor.Kind) -> Int {
    Self.kinds.firstIndex(of: kind).map { weights[$0] } ?? 0
  }
}
