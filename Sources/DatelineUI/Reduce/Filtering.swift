import DatelineCore

extension AppState {
  /// Toggles a filter on the actor under the cursor (Actors pane), the quote's speaker (Quotes
  /// pane), the article under the cursor (Sources pane) or the selected event's main actor (other
  /// panes).
  mutating func toggleActorFilter() {
    if focus == .sources { return toggleSourceFilter() }
    let actor: Int?
    switch focus {
    case .actors: actor = actorOrder[safe: actorsList.cursor]
    case .quotes: actor = model.quotesBySpeaker[safe: quotesList.cursor].flatMap { model.timeline.quotes[$0].speaker }
    default: actor = selectedEvent.flatMap { model.mainActor(of: $0.id) }
    }
    guard let actor else {
      return message = StatusMessage(text: "no actor to filter on here", isError: true)
    }
    if actorFilter.contains(actor) { actorFilter.remove(actor) } else { actorFilter.insert(actor) }
    filtersEnabled = true
    recomputeVisible(keeping: selectedEvent?.id)
  }

  private mutating func toggleSourceFilter() {
    guard sourcesList.cursor < model.timeline.documents.count else {
      return message = StatusMessage(text: "no article to filter on", isError: true)
    }
    let id = sourcesList.cursor
    if sourceFilter.contains(id) { sourceFilter.remove(id) } else { sourceFilter.insert(id) }
    filtersEnabled = true
    recomputeVisible(keeping: selectedEvent?.id)
  }

  mutating func toggleAllFilters() {
    guard !filter.isEmpty else {
      return message = StatusMessage(text: "no filters set (Space on an actor, or f)", isError: false)
    }
    filtersEnabled.toggle()
    recomputeVisible(keeping: selectedEvent?.id)
    let again = keyName(for: .toggleAllFilters).map { $0 + ": back on" } ?? "back on with :toggle-all-filters"
    let clear = keyName(for: .clearFilters).map { ", " + $0 + ": clear them" } ?? ""
    message = StatusMessage(text: filtersEnabled ? "filters on" : again + clear, isError: false)
  }

  /// Removes every filter: the query and the toggled actors.
  mutating func clearFilters() {
    guard !filter.isEmpty else {
      return message = StatusMessage(text: "no filters set", isError: false)
    }
    queryFilter = Filter()
    filterQuery = ""
    actorFilter = []
    sourceFilter = []
    filtersEnabled = true
    recomputeVisible(keeping: selectedEvent?.id)
    message = StatusMessage(text: "filters cleared", isError: false)
  }

  /// The name of the first key bound to `command`, for hints.
  func keyName(for command: Command) -> String? { keyMap.keys(for: command).first?.name }

  /// Applies a filter query typed at the prompt.
  mutating func applyFilterQuery(_ text: String) {
    do {
      queryFilter = try Filter.parse(text, actors: model.timeline.actors, documents: model.timeline.documents)
      filterQuery = text
      filtersEnabled = true
      recomputeVisible(keeping: selectedEvent?.id)
    } catch {
      message = StatusMessage(text: "filter: " + error.message, isError: true)
    }
  }

  /// Recomputes the visible events, keeping `selected` under the cursor when it stays visible,
  /// otherwise the nearest event after it.
  mutating func recomputeVisible(keeping selected: Int?) {
    visibleEvents = filtersEnabled ? model.eventIDs(passing: filter) : nil
    search = search?.pane == .timeline ? nil : search
    var row = 0
    if let selected {
      if let visibleEvents {
        row = visibleEvents.firstIndex { Int($0) >= selected } ?? max(0, visibleEvents.count - 1)
      } else {
        row = selected
      }
    }
    timelineList = ListPosition()
    select(row: row)
    if visibleCount == 0 && filtersEnabled && !filter.isEmpty {
      message = StatusMessage(text: "no event matches the filter (Ctrl-F: filters off)", isError: true)
    }
  }
}
