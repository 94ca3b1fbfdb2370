import DatelineCore

extension AppState {
  /// The wrapper for the shown document at the Source pane's current width.
  var sourceWrapper: SourceWrapper? {
    guard source.document < model.timeline.documents.count else { return nil }
    let content = layout.content(of: .source) ?? Rect(x: 0, y: 0, width: viewport.width, height: viewport.height)
    return SourceWrapper(document: model.timeline.documents[source.document], width: SourceView.textWidth(content))
  }

  mutating func scrollSource(by lines: Int) {
    guard let wrapper = sourceWrapper else { return }
    let steps = min(abs(lines), 100_000)
    let limit = lastSourceTop(wrapper)
    var position = source
    for _ in 0..<steps {
      if lines > 0, let limit, position >= limit { break }
      guard let next = lines > 0 ? wrapper.next(position) : wrapper.previous(position) else { break }
      position = next
    }
    source = position
  }

  /// The top of the Source pane that shows the end of the document (see `SourceWrapper.lastTop`),
  /// found once per document and pane size.
  mutating func lastSourceTop(_ wrapper: SourceWrapper) -> SourcePosition? {
    let height = height(of: .source)
    if let end = sourceEnd, end.document == source.document, end.width == wrapper.width, end.height == height {
      return end.top
    }
    let top = wrapper.lastTop(height: height, document: source.document)
    sourceEnd = SourceEnd(document: source.document, width: wrapper.width, height: height, top: top)
    return top
  }

  mutating func scrollSourceToTop() {
    guard let first = model.timeline.documents[safe: source.document]?.paragraphs.first else { return }
    source = SourcePosition(document: source.document, paragraph: 0, lineStart: first.lowerBound)
  }

  mutating func scrollSourceToBottom() {
    guard let wrapper = sourceWrapper, let last = lastSourceTop(wrapper) else {
      return
    }
    source = last
  }

  /// Scrolls the Source pane so that `span` shows a few lines below the top.
  mutating func scrollSource(toShow span: SourceSpan) {
    guard span.document < model.timeline.documents.count else { return }
    let document = model.timeline.documents[span.document]
    guard span.paragraph < document.paragraphs.count else { return }
    source = SourcePosition(document: span.document, paragraph: span.paragraph, lineStart: span.start)
    guard let wrapper = sourceWrapper else { return }
    source.lineStart = wrapper.lineStart(containing: span.start, paragraph: span.paragraph)
    let context = min(3, max(0, height(of: .source) / 4))
    scrollSource(by: -context)
  }

  mutating func jumpToSource() {
    switch focus {
    case .actors:
      guard let id = actorOrder[safe: actorsList.cursor], let mention = model.timeline.actors[id].mentions.first else { return }
      highlight = mention
      scrollSource(toShow: mention)
    case .sources:
      guard let document = model.timeline.documents[safe: sourcesList.cursor], !document.paragraphs.isEmpty else { return }
      highlight = nil
      source = SourcePosition(document: document.id, paragraph: 0, lineStart: document.paragraphs[0].lowerBound)
    case .quotes:
      guard let id = model.quotesBySpeaker[safe: quotesList.cursor] else { return }
      let quote = model.timeline.quotes[id]
      highlight = quote.span
      scrollSource(toShow: quote.span)
    default:
      guard let span = selectedEvent?.mentions[safe: mentionIndex] else {
        return message = StatusMessage(text: "no event selected", isError: true)
      }
      highlight = span
      scrollSource(toShow: span)
    }
    focus = .source
    if !layout.shows(.source) { focus = .source }
  }

  /// Walks the selected event's mentions in the Source pane.
  mutating func walkMentions(by step: Int) {
    guard let event = selectedEvent, !event.mentions.isEmpty else {
      return message = StatusMessage(text: "no event selected", isError: true)
    }
    let count = event.mentions.count
    mentionIndex = ((mentionIndex + step) % count + count) % count
    highlight = event.mentions[mentionIndex]
    scrollSource(toShow: event.mentions[mentionIndex])
    revealMentionInDetail()
    message = StatusMessage(text: "mention \(mentionIndex + 1) of \(count)", isError: false)
  }
}

extension AppState {
  /// Scrolls the Detail pane so that the current mention's line shows.
  mutating func revealMentionInDetail() {
    guard let line = DetailView.mentionLine(self, index: mentionIndex) else { return }
    let rows = height(of: .detail)
    if line < detailTop { detailTop = line }
    if line >= detailTop + rows { detailTop = line - rows + 1 }
  }
}

extension RandomAccessCollection where Index == Int {
  subscript(safe index: Int) -> Element? {
    index >= startIndex && index < endIndex ? self[index] : nil
  }
}
