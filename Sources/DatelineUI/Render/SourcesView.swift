import DatelineCore

/// Draws the Sources pane: every article with its title, outlet, publication date and how many
/// events it tells; articles filtered on are checked.
enum SourcesView {
  static func draw(_ canvas: inout Canvas, _ state: AppState, _ frame: Layout.PaneFrame) {
    let focused = state.focus == .sources
    let documents = state.model.timeline.documents
    let filtered = state.sourceFilter.isEmpty ? "" : "\(state.sourceFilter.count) filtered · "
    ListView.drawTitle(&canvas, Pane.sources.title, info: filtered + "\(documents.count)   published  events", rect: frame.rect, focused: focused)
    let content = frame.content
    guard !content.isEmpty else { return }
    let first = ListView.firstRow(state.sourcesList, height: content.height, count: documents.count)
    for line in 0..<content.height {
      let row = first + line
      guard row < documents.count else { break }
      let document = documents[row]
      let checkedRow = CheckedRow(
        checked: state.sourceFilter.contains(document.id), label: Self.label(document), labelRole: .text,
        counts: columns(document, state))
      checkedRow.draw(&canvas, content: content, y: content.y + line, selected: row == state.sourcesList.cursor, focused: focused)
    }
  }

  /// `Title — Outlet (file)`; the file name stands for a missing title.
  static func label(_ document: Document) -> String {
    let file = document.name.split(separator: "/").last.map(String.init) ?? document.name
    let title = document.metadata.title.flatMap { $0 == file ? nil : $0 }
    return (title ?? file) + (document.metadata.source.map { " — " + $0 } ?? "") + (title == nil ? "" : " (" + file + ")")
  }

  /// The publication date and the number of events, in columns under the title's legend.
  static func columns(_ document: Document, _ state: AppState) -> String {
    let published = document.metadata.published?.timex ?? "—"
    let events = document.id < state.model.eventCountByDocument.count ? state.model.eventCountByDocument[document.id] : 0
    return pad(published, 11) + pad(String(events), 7) + " "
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }
}
