import DatelineCore

extension AppState {
  /// Rows of the timeline searched per slice.
  public static let rowsPerSlice = 40_000
  /// Bytes of an article searched per slice.
  public static let bytesPerSlice = 4 << 20

  /// Starts a search of the focused pane (the Source pane's text, the actors' names, the quotes
  /// and their speakers, or else the timeline's summaries) for
  /// `query`, case-insensitively, from `origin` (a row or a byte; the current place when `nil`);
  /// the first slice runs now, the rest on `tick`s.
  mutating func runSearch(_ query: String, from origin: Int? = nil) {
    guard !query.isEmpty else {
      search = nil
      return
    }
    let needle = Array(query.lowercased().utf8)
    if focus == .source, source.document < model.timeline.documents.count {
      let total = model.timeline.documents[source.document].text.count
      search = SearchState(
        pane: .source, query: query, needle: needle, hits: [], current: nil, scanned: 0, total: total,
        origin: origin ?? source.lineStart)
    } else if focus.isDrawer {
      let (list, total) =
        switch focus {
        case .actors: (actorsList, actorOrder.count)
        case .quotes: (quotesList, model.quotesBySpeaker.count)
        default: (sourcesList, model.timeline.documents.count)
        }
      search = SearchState(
        pane: focus, query: query, needle: needle, hits: [], current: nil, scanned: 0, total: total,
        origin: origin ?? list.cursor)
    } else {
      focus = .timeline
      search = SearchState(
        pane: .timeline, query: query, needle: needle, hits: [], current: nil, scanned: 0, total: visibleCount,
        origin: origin ?? timelineList.cursor)
    }
    continueSearch()
  }

  /// Searches one more slice; selects the first hit at or after the place the search started.
  mutating func continueSearch() {
    guard var active = search, !active.isComplete else { return }
    let found: [Range<Int>]
    let end: Int
    if active.pane == .timeline {
      end = min(active.total, active.scanned + Self.rowsPerSlice)
      found = timelineHits(active.needle, rows: active.scanned..<end)
    } else if active.pane != .source {
      end = min(active.total, active.scanned + Self.rowsPerSlice)
      found = (active.scanned..<end).filter { row in
        rowText(active.pane, row).map { Self.find(active.needle, in: Array($0.utf8)).isEmpty == false } ?? false
      }.map { $0..<($0 + 1) }
    } else {
      end = min(active.total, active.scanned + Self.bytesPerSlice)
      found = Self.find(active.needle, in: model.timeline.documents[source.document].text, from: active.scanned, to: end)
    }
    active.hits += found
    active.scanned = end
    search = active
    if active.current == nil {
      if let index = active.hits.firstIndex(where: { $0.lowerBound >= active.origin }) {
        search?.current = index
        showCurrentHit()
        return
      }
      if active.isComplete && !active.hits.isEmpty {
        search?.current = 0
        showCurrentHit()
        return
      }
    }
    reportSearch()
  }

  private func timelineHits(_ needle: [UInt8], rows: Range<Int>) -> [Range<Int>] {
    var hits: [Range<Int>] = []
    for row in rows {
      if let id = eventID(atRow: row), model.summary(of: id, contains: needle) { hits.append(row..<(row + 1)) }
    }
    return hits
  }

  /// The text a search of the Actors, Quotes or Sources pane looks at in `row`: names and
  /// aliases, the speaker and the quote, or the article's title, outlet and file name.
  func rowText(_ pane: Pane, _ row: Int) -> String? {
    let timeline = model.timeline
    switch pane {
    case .actors:
      guard let id = actorOrder[safe: row] else { return nil }
      return ([timeline.actors[id].name] + timeline.actors[id].aliases).joined(separator: "\n")
    case .quotes:
      guard let id = model.quotesBySpeaker[safe: row] else { return nil }
      let quote = timeline.quotes[id]
      return (quote.speaker.map { timeline.actors[$0].name } ?? "unattributed") + "\n" + timeline.text(quote.span)
    case .sources:
      guard let document = timeline.documents[safe: row] else { return nil }
      return [document.metadata.title, document.metadata.source, document.name].compactMap { $0 }.joined(separator: "\n")
    default: return nil
    }
  }

  mutating func walkHits(by step: Int) {
    guard var active = search else {
      if focus == .source { return walkMentions(by: step) }
      return message = StatusMessage(text: "no search — press / to search", isError: false)
    }
    if focus == .source && active.pane != .source { return walkMentions(by: step) }
    if step > 0, (active.current ?? -1) + 1 >= active.hits.count {
      while !active.isComplete && (active.current ?? -1) + 1 >= active.hits.count {
        continueSearch()
        guard let updated = search else { return }
        active = updated
      }
    }
    guard !active.hits.isEmpty else { return reportSearch() }
    let count = active.hits.count
    active.current = (((active.current ?? -step) + step) % count + count) % count
    search = active
    showCurrentHit()
  }

  private mutating func showCurrentHit() {
    guard let active = search, let current = active.current else { return reportSearch() }
    let hit = active.hits[current]
    if active.pane == .timeline {
      select(row: hit.lowerBound)
      if let event = selectedEvent, let columns = TimelineView.hitColumns(active.query.lowercased(), in: event.summary).first {
        revealSummaryColumns(columns)
      }
    } else if active.pane == .actors {
      actorsList = actorsList.moved(to: hit.lowerBound, count: actorOrder.count, height: height(of: .actors))
    } else if active.pane == .quotes {
      quotesList = quotesList.moved(to: hit.lowerBound, count: model.quotesBySpeaker.count, height: height(of: .quotes))
    } else if active.pane == .sources {
      sourcesList = sourcesList.moved(to: hit.lowerBound, count: model.timeline.documents.count, height: height(of: .sources))
    } else {
      scrollSource(toShow: model.timeline.documents[source.document].span(hit))
    }
    reportSearch()
  }

  private mutating func reportSearch() {
    guard let active = search else { return }
    let found = active.hits.count
    guard let current = active.current else {
      let text = active.isComplete ? "no match for “\(active.query)”" : "searching for “\(active.query)”… \(found) so far"
      message = StatusMessage(text: text, isError: active.isComplete)
      return
    }
    let total = active.isComplete ? "\(found)" : "\(found)+ (searching \(active.scanned * 100 / max(1, active.total))%)"
    message = StatusMessage(text: "hit \(current + 1) of \(total) for “\(active.query)”", isError: false)
  }

  /// Every place `needle` (lower-cased UTF-8) starts in `text[from..<to]`, ignoring ASCII case.
  static func find(_ needle: [UInt8], in text: [UInt8], from: Int = 0, to: Int? = nil) -> [Range<Int>] {
    guard let first = needle.first else { return [] }
    let end = min(to ?? text.count, text.count)
    var hits: [Range<Int>] = []
    text.withUnsafeBufferPointer { bytes in
      let last = min(end, bytes.count - needle.count + 1)
      var index = from
      while index < last {
        let byte = bytes[index]
        if byte.asciiLowercased == first {
          var offset = 1
          while offset < needle.count {
            let other = bytes[index + offset]
            if other.asciiLowercased != needle[offset] { break }
            offset += 1
          }
          if offset == needle.count {
            hits.append(index..<(index + needle.count))
            index += needle.count
            continue
          }
        }
        index += 1
      }
    }
    return hits
  }
}
