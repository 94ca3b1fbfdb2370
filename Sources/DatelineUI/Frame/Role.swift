/// What a cell shows, by meaning; a `Theme` turns roles into colours and attributes.
public enum Role: UInt8, Hashable, Sendable, CaseIterable {
  /// Ordinary text.
  case text
  /// Less important text: hints, counts, secondary columns.
  case dim
  /// A pane's title bar when the pane does not have focus.
  case paneTitle
  /// A pane's title bar when the pane has focus.
  case paneTitleFocused
  /// Lines between panes.
  case border
  /// The selected row of the focused pane.
  case selection
  /// The selected row of a pane without focus.
  case selectionInactive
  /// A date in the timeline's date column.
  case date
  /// A date that rests on a guessed reference time.
  case dateInferred
  /// The `undated` marker.
  case undated
  /// The evidence sentence in the Source pane.
  case evidence
  /// Quoted words in the Source pane.
  case quote
  /// A search hit.
  case searchHit
  /// The current search hit.
  case searchHitCurrent
  /// An actor name in the Detail and Actors panes.
  case actor
  /// The status line.
  case status
  /// A filter chip in the status line.
  case chip
  /// A key name in hints and help.
  case key
  /// A control character shown escaped (`^[`).
  case escaped
  /// A prompt line (`/`, `f`, `:`).
  case prompt
  /// An error or warning message.
  case error

  /// A one-letter code for golden-frame tests.
  public var code: Character {
    switch self {
    case .text: "."
    case .dim: "d"
    case .paneTitle: "p"
    case .paneTitleFocused: "P"
    case .border: "b"
    case .selection: "S"
    case .selectionInactive: "s"
    case .date: "D"
    case .dateInferred: "I"
    case .undated: "u"
    case .evidence: "E"
    case .quote: "q"
    case .searchHit: "h"
    case .searchHitCurrent: "H"
    case .actor: "a"
    case .status: "="
    case .chip: "c"
    case .key: "k"
    case .escaped: "x"
    case .prompt: ">"
    case .error: "!"
    }
  }
}
