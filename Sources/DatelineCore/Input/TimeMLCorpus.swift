/// The TimeML files of a gold corpus, as `dateline eval` and `dateline tag` read them: found with
/// the same walker as articles, tagged against their document creation time.
public enum TimeMLCorpus {
  /// The files `paths` name, in order: a file is itself, a directory gives the `.tml` files under
  /// it (hidden ones skipped, sorted by path; links to folders already read, FIFOs and devices
  /// left out). The first path that cannot be used is thrown.
  public static func files(_ paths: [String]) throws -> [String] {
    try paths.flatMap { path in
      let found = try DocumentLoader.files(at: path, extensions: ["tml"])
      guard !found.files.isEmpty else { throw CoreError.noArticles(directory: path) }
      return found.files
    }
  }

  /// The tokenized, sentence-split plain text of `document`.
  public static func analysis(of document: TimeMLDocument) -> TextAnalysis {
    TextAnalysis(Document(id: 0, name: "", text: document.text))
  }

  /// The reference time to tag `document` against: its creation time, when it has one.
  public static func reference(of document: TimeMLDocument) -> ReferenceTime? {
    document.creationTime.map { ReferenceTime(point: $0, source: .metadata) }
  }
}
