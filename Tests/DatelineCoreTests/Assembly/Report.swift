import DatelineCore

/// One invented news report of a multi-article test story: its outlet, publication day and
/// text (our own sentences).
struct Report {
  var source: String
  var published: String
  var text: String

  /// The timeline of `reports`, read in order.
  static func timeline(_ reports: [Report]) -> Timeline {
    let documents = reports.enumerated().map { id, report in
      Document(
        id: id, name: report.source.lowercased() + ".txt",
        metadata: DocumentMetadata(source: report.source, published: TimeValue(timex: report.published)),
        text: Array(report.text.utf8))
    }
    return Pipeline(jobs: 1).timeline(of: documents)
  }
}

extension Timeline {
  /// The event whose mentions include words starting with `words`.
  func event(toldAs words: String) -> Event? {
    events.first { event in event.mentions.contains { text($0).hasPrefix(words) } }
  }

  /// The versions of a disagreement as `value: outlets` lines, for short expectations.
  func versions(_ disagreement: Disagreement) -> [String] {
    disagreement.versions.map { version in
      version.value + ": " + version.spans.map { documents[$0.document].metadata.source ?? "" }.joined(separator: ", ")
    }
  }
}
