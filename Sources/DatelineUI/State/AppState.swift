import DatelineCore

/// Everything the browser shows, as a value: `reduce` makes the next state, `render` draws it.
public struct AppState: Sendable {
  /// The timeline and its indexes.
  public internal(set) var model: TimelineModel
  /// Key bindings.
  public internal(set) var keyMap: KeyMap
  /// The terminal size the last layout was made for.
  public internal(set) var viewport: Size
  /// The pane with keyboard focus.
  public internal(set) var focus: Pane = .timeline
  /// The Actors or Quotes pane when one is open.
  public internal(set) var drawer: Pane?
  /// The Timeline pane's position, counted in visible (filtered) rows.
  public internal(set) var timelineList = ListPosition()
  /// How many columns the Timeline's summaries are scrolled to the left.
  public internal(set) var timelineShift = 0
  /// The Actors pane's position.
  public internal(set) var actorsList = ListPosition()
  /// The Quotes pane's position.
  public internal(set) var quotesList = ListPosition()
  /// The Sources pane's position.
  public internal(set) var sourcesList = ListPosition()
  /// The Detail pane's first line.
  public internal(set) var detailTop = 0
  /// The Source pane's scroll position.
  public internal(set) var source: SourcePosition
  /// The evidence highlighted in the Source pane.
  public internal(set) var highlight: SourceSpan?
  /// Which mention of the selected event the Source pane shows.
  public internal(set) var mentionIndex = 0
  /// The actor `o`/`O` walk through: chosen by the first `o`/`O`, kept until `Esc`.
  public internal(set) var followedActor: Int?
  /// The filter typed at the filter prompt, as typed.
  public internal(set) var filterQuery = ""
  /// The filter read from `filterQuery`.
  public internal(set) var queryFilter = Filter()
  /// Actors toggled with Space in the Actors or Timeline pane.
  public internal(set) var actorFilter: Set<Int> = []
  /// Articles toggled in the Sources pane; an event passes when one of them tells it.
  public internal(set) var sourceFilter: Set<Int> = []
  /// Whether the filter applies (`Ctrl-F` turns all filters off and on).
  public internal(set) var filtersEnabled = true
  /// The ids of the events shown, ascending; `nil` for all.
  public internal(set) var visibleEvents: [Int32]?
  /// The active search, if any.
  public internal(set) var search: SearchState?
  /// The open prompt, if any.
  public internal(set) var prompt: Prompt?
  /// What was entered at each kind of prompt, newest first.
  public internal(set) var promptHistory: [Prompt.Kind: [String]] = [:]
  /// The help screen's first line when help is shown.
  public internal(set) var helpTop: Int?
  /// A message for the status line.
  public internal(set) var message: StatusMessage?
  /// Whether mouse reporting is on.
  public internal(set) var mouseEnabled = false
  /// Progress of a background extraction, 0…1, when one is running.
  public internal(set) var progress: Double?
  /// The Source pane's last top for one document at one size, kept between keys: finding it
  /// wraps up to 16 KB for each row of the pane.
  var sourceEnd: SourceEnd?
  /// Requests for the terminal edge (copy, mouse, redraw, quit), drained after each step.
  public var effects: [Effect] = []
  /// Whether the browser should close.
  public internal(set) var isFinished = false

  /// The state for browsing `model` on a terminal of `viewport` size, with the first event selected.
  public init(model: TimelineModel, viewport: Size, keyMap: KeyMap = .standard) {
    self.model = model
    self.viewport = viewport
    self.keyMap = keyMap
    self.source = SourcePosition(document: 0, paragraph: 0, lineStart: model.timeline.documents.first?.paragraphs.first?.lowerBound ?? 0)
    followSelection()
  }

  /// The number of rows in the Timeline pane.
  public var visibleCount: Int { visibleEvents?.count ?? model.eventCount }

  /// The event id shown in timeline row `row`.
  public func eventID(atRow row: Int) -> Int? {
    guard row >= 0, row < visibleCount else { return nil }
    return visibleEvents.map { Int($0[row]) } ?? row
  }

  /// The timeline row that shows event `id`, if it is visible.
  public func row(ofEvent id: Int) -> Int? {
    guard let visibleEvents else { return id < model.eventCount ? id : nil }
    let low = visibleEvents.partitioningIndex { $0 >= Int32(id) }
    return low < visibleEvents.count && visibleEvents[low] == Int32(id) ? low : nil
  }

  /// The id of the event under the Timeline cursor, if any.
  var selectedEventID: Int? { eventID(atRow: timelineList.cursor) }

  /// The selected event.
  public var selectedEvent: Event? {
    eventID(atRow: timelineList.cursor).map { model.timeline.events[$0] }
  }

  /// The actors in the order the Actors pane lists them.
  public var actorOrder: [Int] { model.actorOrder }

  /// The filter in force when `filtersEnabled`: the query's, plus the toggled actors.
  public var filter: Filter {
    var combined = queryFilter
    combined.actors.formUnion(actorFilter)
    combined.sources.formUnion(sourceFilter)
    return combined
  }

  /// Whether work is left that `Action.tick` would continue (a long search).
  public var hasPendingWork: Bool { search.map { !$0.isComplete } ?? false }

  /// The number of events hidden by the filter.
  public var hiddenCount: Int { model.eventCount - visibleCount }
}

/// A search: its query, the pane it searched, the hits found so far and the current one. Long
/// searches are done a slice at a time (see `Action.tick`), so no keystroke waits for them.
public struct SearchState: Hashable, Sendable {
  /// The pane searched.
  public var pane: Pane
  /// What was searched for.
  public var query: String
  /// The query as lower-cased UTF-8.
  public var needle: [UInt8]
  /// Timeline: row numbers (as one-row ranges); Source: byte ranges in the shown document.
  public var hits: [Range<Int>]
  /// The index of the current hit.
  public var current: Int?
  /// How much has been searched: rows (Timeline) or bytes (Source) from the start.
  public var scanned: Int
  /// How much there is to search.
  public var total: Int
  /// Where the search started: the first hit at or after it becomes the current one.
  public var origin: Int

  /// Whether the whole pane has been searched.
  public var isComplete: Bool { scanned >= total }
}

/// A one-line prompt being typed.
public struct Prompt: Hashable, Sendable {
  /// What the prompt is for.
  public enum Kind: Hashable, Sendable {
    /// `/`: search.
    case search
    /// `f`: filter.
    case filter
    /// `:`: command.
    case command

    /// What the prompt line starts with: `search: `, `filter: `, `:`.
    public var label: String {
      switch self {
      case .search: "search: "
      case .filter: "filter: "
      case .command: ":"
      }
    }
  }

  /// What the prompt is for.
  public var kind: Kind
  /// The text typed so far.
  public var text: String
  /// Whether the text is the last query, selected: typing replaces it, Right keeps it.
  public var isSelected = false
  /// Which entry of the prompt history is shown (0 is the newest), when one is.
  public var historyIndex: Int?
  /// For a search: where it starts from (a timeline row, or a byte in the Source pane), so that
  /// typing more letters does not creep forward, and `Esc` goes back there.
  public var origin: Int?

  /// Creates a prompt.
  public init(kind: Kind, text: String, origin: Int? = nil, isSelected: Bool = false) {
    self.kind = kind
    self.text = text
    self.origin = origin
    self.isSelected = isSelected && !text.isEmpty
  }
}

/// A line for the status bar.
public struct StatusMessage: Hashable, Sendable {
  /// The text.
  public var text: String
  /// Whether it reports a problem.
  public var isError: Bool
}

/// Something only the terminal edge can do, requested by `reduce`.
public enum Effect: Hashable, Sendable {
  /// Put text on the clipboard (OSC 52).
  case copy(String)
  /// Turn mouse reporting on or off.
  case setMouse(Bool)
  /// Clear and redraw the whole screen.
  case redraw
}
