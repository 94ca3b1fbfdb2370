import DatelineCore

extension AppState {
  /// Searches the focused pane (the Source pane's text, or the timeline's summaries) for `query`,
  /// case-insensitively, and moves to the first hit at or after the current place.
  mutating func runSearch(_ query: String) {
    guard !query.isEmpty else {
      search = nil
      return
    }
    let needle = Array(query.lowercased().utf8)
    if focus == .source, source.document < model.timeline.documents.count {
      let hits = Self.find(needle, in: model.timeline.documents[source.document].text)
      search = SearchState(pane: .source, query: query, hits: hits, current: nil)
      let start = source.lineStart
      search?.current = hits.isEmpty ? nil : (hits.firstIndex { $0.lowerBound >= start } ?? 0)
    } else {
      var rows: [Range<Int>] = []
      for row in 0..<visibleCount {
        if let id = eventID(atRow: row), model.summary(of: id, contains: needle) { rows.append(row..<(row + 1)) }
      }
      if focus != .timeline { focus = .timeline }
      search = SearchState(pane: .timeline, query: query, hits: rows, current: nil)
      search?.current = rows.isEmpty ? nil : (rows.firstIndex { $0.lowerBound >= timelineList.cursor } ?? 0)
    }
    showCurrentHit()
  }

  mutating func walkHits(by step: Int) {
    guard var active = search, !active.hits.isEmpty else {
      if focus == .source { return walkMentions(by: step) }
      return message = StatusMessage(text: "no search — press / to search", isError: false)
    }
    if focus == .source && active.pane != .source { return walkMentions(by: step) }
    let count = active.hits.count
    active.current = (((active.current ?? -step) + step) % count + count) % count
    search = active
    showCurrentHit()
  }

  private mutating func showCurrentHit() {
    guard let active = search else { return }
    guard let current = active.current else {
      return message = StatusMessage(text: "no match for “\(active.query)”", isError: true)
    }
    let hit = active.hits[current]
    if active.pane == .timeline {
      select(row: hit.lowerBound)
    } else {
      let document = model.timeline.documents[source.document]
      let span = document.span(hit)
      scrollSource(toShow: span)
    }
    message = StatusMessage(text: "hit \(current + 1) of \(active.hits.count) for “\(active.query)”", isError: false)
  }

  /// Every place `needle` (lower-cased UTF-8) occurs in `text`, ignoring ASCII case.
  static func find(_ needle: [UInt8], in text: [UInt8]) -> [Range<Int>] {
    guard let first = needle.first, text.count >= needle.count else { return [] }
    var hits: [Range<Int>] = []
    text.withUnsafeBufferPointer { bytes in
      let last = bytes.count - needle.count
      var index = 0
      while index <= last {
        let byte = bytes[index]
        if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == first {
          var offset = 1
          while offset < needle.count {
            let other = bytes[index + offset]
            if (other >= 0x41 && other <= 0x5A ? other | 0x20 : other) != needle[offset] { break }
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
