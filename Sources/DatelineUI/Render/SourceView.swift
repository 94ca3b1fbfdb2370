import DatelineCore

/// Draws the Source pane: the article wrapped to the pane, the evidence highlighted, quotes and
/// search hits marked.
enum SourceView {
  static func draw(_ canvas: inout Canvas, _ state: AppState, _ frame: Layout.PaneFrame) {
    let documents = state.model.timeline.documents
    guard state.source.document < documents.count else {
      ListView.drawTitle(&canvas, Pane.source.title, info: "", rect: frame.rect, focused: state.focus == .source)
      return
    }
    let document = documents[state.source.document]
    let name = document.metadata.title ?? document.name.split(separator: "/").last.map(String.init) ?? document.name
    let counter = documents.count > 1 ? " (\(state.source.document + 1)/\(documents.count))" : ""
    let title = Pane.source.title + " — " + (document.metadata.source.map { $0 + ": " } ?? "") + name + counter
    let paragraph = "¶\(min(state.source.paragraph + 1, document.paragraphs.count))/\(document.paragraphs.count)"
    ListView.drawTitle(&canvas, title, info: paragraph, rect: frame.rect, focused: state.focus == .source)
    let content = frame.content
    guard !content.isEmpty, !document.paragraphs.isEmpty else { return }
    let wrapper = SourceWrapper(document: document, width: textWidth(content))
    let window = state.source.lineStart..<(state.source.lineStart + content.height * (content.width * 4 + 8))
    let styles = Styles(state: state, document: document, window: window)
    var position = state.source
    for line in 0..<content.height {
      let y = content.y + line
      let paragraph = document.paragraphs[position.paragraph]
      if position.lineStart < paragraph.upperBound,
        let range = wrapper.lines(paragraph: position.paragraph, from: position.lineStart, count: 1).first
      {
        drawLine(&canvas, document, range, styles, x: content.x + 1, y: y, width: content.width - 1)
      }
      guard let next = wrapper.next(position) else { break }
      position = next
    }
  }

  /// The columns the text wraps at: the pane less a one-column margin.
  static func textWidth(_ content: Rect) -> Int { max(1, content.width - 1) }

  private static func drawLine(
    _ canvas: inout Canvas, _ document: Document, _ range: Range<Int>, _ styles: Styles, x: Int, y: Int, width: Int
  ) {
    var cuts = Set([range.lowerBound, range.upperBound])
    for styled in styles.ranges where styled.range.overlaps(range) {
      cuts.insert(max(range.lowerBound, styled.range.lowerBound))
      cuts.insert(min(range.upperBound, styled.range.upperBound))
    }
    let bounds = cuts.sorted()
    var column = x
    for (start, end) in zip(bounds, bounds.dropFirst()) where start < end {
      let role = styles.role(at: start)
      column = canvas.draw(document.string(start..<end), column: column, row: y, limit: x + width - column, role: role)
    }
  }

  /// The styled byte ranges of the shown document, by priority.
  struct Styles {
    var ranges: [(range: Range<Int>, role: Role)] = []

    init(state: AppState, document: Document, window: Range<Int>) {
      if let search = state.search, search.pane == .source {
        var index = search.hits.partitioningIndex { $0.upperBound > window.lowerBound }
        while index < search.hits.count && search.hits[index].lowerBound < window.upperBound {
          ranges.append((search.hits[index], index == search.current ? .searchHitCurrent : .searchHit))
          index += 1
        }
      }
      if let highlight = state.highlight, highlight.document == document.id {
        ranges.append((highlight.range, .evidence))
      }
      let quotes = state.model.timeline.quotes
      for id in state.model.evidence.quotes(in: document.id, overlapping: window, of: state.model.timeline) {
        ranges.append((quotes[id].span.range, .quote))
      }
    }

    func role(at offset: Int) -> Role {
      ranges.first { $0.range.contains(offset) }?.role ?? .text
    }
  }
}
