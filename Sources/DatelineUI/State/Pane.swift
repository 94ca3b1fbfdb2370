/// The panes of the browser.
public enum Pane: String, Hashable, Sendable, CaseIterable {
  /// The list of events in time order.
  case timeline
  /// The selected event's date, kind, actors, mentions and sources.
  case detail
  /// The article text, scrolled to the evidence.
  case source
  /// Every actor with counts; filters are toggled here.
  case actors
  /// Every quote, grouped by speaker.
  case quotes
  /// Every article with its outlet, date and events; filters by article are toggled here.
  case sources

  /// The title shown in the pane's title bar.
  public var title: String {
    switch self {
    case .timeline: "Timeline"
    case .detail: "Detail"
    case .source: "Source"
    case .actors: "Actors"
    case .quotes: "Quotes"
    case .sources: "Sources"
    }
  }

  /// Whether the pane is a list with a selected row.
  public var isList: Bool { self == .timeline || self == .actors || self == .quotes || self == .sources }

  /// Whether the pane opens below the Timeline as a drawer.
  public var isDrawer: Bool { self == .actors || self == .quotes || self == .sources }
}

/// A list's selected row and the first row shown.
public struct ListPosition: Hashable, Sendable {
  /// The selected row.
  public var cursor = 0
  /// The first row shown.
  public var top = 0

  /// The position with the cursor moved to `row` (clamped to `count` rows) and `top` moved just
  /// enough to keep it among `height` visible rows.
  public func moved(to row: Int, count: Int, height: Int) -> ListPosition {
    let cursor = min(max(0, row), max(0, count - 1))
    var top = self.top
    let visible = max(1, height)
    if cursor < top { top = cursor }
    if cursor >= top + visible { top = cursor - visible + 1 }
    top = max(0, min(top, max(0, count - visible)))
    return ListPosition(cursor: cursor, top: top)
  }
}

/// Where the Source pane is scrolled to: a wrapped line, named by its first byte.
public struct SourcePosition: Hashable, Sendable, Comparable {
  /// The document shown.
  public var document: Int
  /// The paragraph of the top line.
  public var paragraph: Int
  /// The first byte of the top line; the paragraph's end byte stands for the blank line after it.
  public var lineStart: Int

  /// Creates a position.
  public init(document: Int, paragraph: Int, lineStart: Int) {
    self.document = document
    self.paragraph = paragraph
    self.lineStart = lineStart
  }

  /// Orders positions from the top of the document down.
  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.document, lhs.paragraph, lhs.lineStart) < (rhs.document, rhs.paragraph, rhs.lineStart)
  }
}
