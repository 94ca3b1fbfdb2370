/// A time told as a shift from an event rather than from the calendar: `the night before the drone
/// attack`, `two days after the vote`. The time tagger finds the shift (`the night before`: one day
/// back, at night); the event builder finds the event and its date.
struct EventAnchoredTime: Sendable, Hashable {
  /// The tokens of the whole phrase: `the night before the drone attack`.
  var tokens: Range<Int>
  /// The trigger noun of the anchor event's phrase: `attack`.
  var anchorNoun: Int
  /// The index of the temporal expression (`the night before`) in the document's `times`.
  var expression: Int
}
