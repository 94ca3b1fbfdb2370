extension Disagreement {
  /// The versions in one line, each as the first article that gives it words it, with every
  /// article that gives it and the paragraph: `seven guards (Wire ¶2) · six guards (Desk ¶2)`.
  public func versionsText(_ documents: [Document]) -> String {
    versions.map { version in
      let told = version.spans.map { Self.label(documents[$0.document]) + " ¶" + String($0.paragraph + 1) }
      let words = version.spans.first.map { documents[$0.document].string($0.range) } ?? version.value
      return words + " (" + told.joined(separator: ", ") + ")"
    }.joined(separator: " · ")
  }

  /// What to call an article in a short list: its outlet, else its title, else its file name.
  public static func label(_ document: Document) -> String {
    if let source = document.metadata.source, !source.isEmpty { return source }
    if let title = document.metadata.title, !title.isEmpty { return title }
    return document.name.split(separator: "/").last.map(String.init) ?? document.name
  }
}
