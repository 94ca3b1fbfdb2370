/// A time counted from an event's own date tells another happening: `Police raided his office in
/// March 2022. He was arrested two days later.` are two events, though both fall in March 2022.
extension EventAccumulator {
  /// Whether `source` is a time moved by a stretch from the expression that dates event `target`
  /// (`two days later` after `in March 2022`): the narrative went on from that event.
  func isCounted(_ source: EventMention.DateSource?, from target: Int) -> Bool {
    guard case .expression(let index)? = source, tagged.times[index].shift != nil,
      case .relativeToNarrative(let anchor) = tagged.times[index].resolution
    else { return false }
    return drafts[target].date?.expression?.range == anchor
  }
}
