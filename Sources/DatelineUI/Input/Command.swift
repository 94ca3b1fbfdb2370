/// A named command: what a key (or a mouse action) asks the browser to do. The key map binds keys
/// to these names, and the help screen lists them with their descriptions.
public enum Command: String, Hashable, Sendable, CaseIterable {
  /// Move the selection down one row (or scroll the Source pane one line).
  case moveDown = "move-down"
  /// Move the selection up one row.
  case moveUp = "move-up"
  /// Move down one page.
  case pageDown = "page-down"
  /// Move up one page.
  case pageUp = "page-up"
  /// Go to the first row.
  case top
  /// Go to the last row.
  case bottom
  /// Scroll the Timeline's summaries left.
  case scrollLeft = "scroll-left"
  /// Scroll the Timeline's summaries right, to read what is cut.
  case scrollRight = "scroll-right"
  /// Focus the next pane.
  case nextPane = "next-pane"
  /// Focus the previous pane.
  case previousPane = "previous-pane"
  /// Focus the Timeline pane.
  case focusTimeline = "focus-timeline"
  /// Focus the Detail pane.
  case focusDetail = "focus-detail"
  /// Focus the Source pane.
  case focusSource = "focus-source"
  /// Show and focus the Actors pane.
  case focusActors = "focus-actors"
  /// Show and focus the Quotes pane.
  case focusQuotes = "focus-quotes"
  /// Show the Sources pane and focus it.
  case focusSources = "focus-sources"
  /// Jump to the evidence of the selected event or quote in the Source pane.
  case jumpToSource = "jump-to-source"
  /// Go back: close the help, the prompt, a drawer pane, or leave the Source pane; quit at the top.
  case back
  /// Quit at once.
  case quit
  /// Cancel the prompt or the search.
  case cancel
  /// Show the help screen.
  case help
  /// Search the focused pane.
  case search
  /// Go to the next search hit, or to the event's next mention in the Source pane.
  case nextHit = "next-hit"
  /// Go to the previous search hit, or to the event's previous mention.
  case previousHit = "previous-hit"
  /// Show or hide the Actors pane.
  case toggleActors = "toggle-actors"
  /// Show or hide the Quotes pane.
  case toggleQuotes = "toggle-quotes"
  /// Show or hide the Sources pane.
  case toggleSources = "toggle-sources"
  /// Toggle a filter on the selected actor.
  case toggleFilter = "toggle-filter"
  /// Open the filter prompt (`actor:`, `kind:`, `source:`, `from:`, `to:`, text).
  case filterPrompt = "filter"
  /// Remove every filter: the query, the toggled actors.
  case clearFilters = "clear-filters"
  /// Turn all filters off, or back on.
  case toggleAllFilters = "toggle-all-filters"
  /// Go to the next event of the same actor.
  case nextSameActor = "next-same-actor"
  /// Go to the previous event of the same actor.
  case previousSameActor = "previous-same-actor"
  /// Go to the first event of the previous date.
  case previousDate = "previous-date"
  /// Go to the first event of the next date.
  case nextDate = "next-date"
  /// Open the command prompt (`:goto 2020-05`).
  case commandPrompt = "command"
  /// Copy the selected event or quote, with date and source, to the clipboard (OSC 52).
  case copy
  /// Turn mouse support on or off.
  case toggleMouse = "toggle-mouse"
  /// Redraw the screen.
  case redraw
}
