/// The actor and quote ids of an event in 16 bytes: up to two actors inline, so that an event of
/// one or two actors and no quotes (most events of a long text) takes no allocation for them, and
/// one quote inline beside at most one actor (a statement by its speaker). An actor list of its
/// own took a 64-byte allocation an event on a list of meetings between different people, and a
/// list of one quote 48 bytes an event on a text of reported statements.
struct EventLinks: Hashable, Sendable {
  // With two actors at most, `first` and `second` hold them (-1 where there is none) and `list`
  // the quotes; with at most one actor and one quote, `second` is -2 minus the quote and `list`
  // is empty; with more actors, `first` is -2 minus the number of actors and `list` holds the
  // actors, then the quotes. Each list of ids has one form, so equal links compare equal as
  // stored.
  private var first: Int32
  private var second: Int32
  private var list: [Int]

  /// The links of `actors`, main actor first, and `quotes`.
  init(actors: some Collection<Int>, quotes: [Int]) {
    var ids = actors.makeIterator()
    switch actors.count {
    case 0, 1:
      first = actors.isEmpty ? -1 : Int32(truncatingIfNeeded: ids.next()!)
      if quotes.count == 1 {
        (second, list) = (Int32(truncatingIfNeeded: -2 - quotes[0]), [])
      } else {
        (second, list) = (-1, quotes)
      }
    case 2:
      first = Int32(truncatingIfNeeded: ids.next()!)
      second = Int32(truncatingIfNeeded: ids.next()!)
      list = quotes
    default:
      first = Int32(truncatingIfNeeded: -2 - actors.count)
      second = -1
      list = []
      list.reserveCapacity(actors.count + quotes.count)
      list.append(contentsOf: actors)
      list.append(contentsOf: quotes)
    }
  }

  /// The number of actors.
  var actorCount: Int {
    if first < -1 { return -2 - Int(first) }
    return first < 0 ? 0 : second < 0 ? 1 : 2
  }

  /// The actor at `position`, which must be below `actorCount`.
  func actor(at position: Int) -> Int {
    if first < -1 { return list[position] }
    return Int(position == 0 ? first : second)
  }

  /// The actor ids, main actor first.
  var actors: EventActorIDs { EventActorIDs(links: self) }

  /// The quote ids.
  var quotes: [Int] {
    if first < -1 { return Array(list[actorCount...]) }
    return second < -1 ? [-2 - Int(second)] : list
  }

  /// Whether the ids are kept in a list of their own (more than two actors, or more quotes than
  /// one beside at most one actor).
  var hasList: Bool { !list.isEmpty }
}

/// The actor ids of an event (`Event.actorIDs`), main actor first, read where they are kept
/// without making a list.
public struct EventActorIDs: RandomAccessCollection, Sendable {
  fileprivate let links: EventLinks

  /// The position of the first actor: 0.
  public var startIndex: Int { 0 }
  /// The number of actors.
  public var endIndex: Int { links.actorCount }

  /// The actor at `position`, which must be below `count`.
  public subscript(position: Int) -> Int { links.actor(at: position) }
}
