import DatelineCore

/// Documents and timelines for tests: extraction over short texts, the bundled sample, and a small
/// hand-made timeline (our own sentences) that does not depend on the extractors.
public enum Fixture {
  /// A document of `text` (paragraphs one per line), published `published`.
  public static func document(
    _ text: String, published: String? = "2021-11", id: Int = 0, name: String = "test"
  ) -> Document {
    let metadata = DocumentMetadata(title: name, published: published.flatMap { TimeValue(timex: $0) })
    return Document(id: id, name: name, metadata: metadata, text: Array(text.utf8))
  }

  /// The extraction of one document of `text`.
  public static func extraction(_ text: String, published: String? = "2021-11") -> DocumentExtraction {
    DocumentExtractor().extract(document(text, published: published))
  }

  /// The timeline of documents of `texts`.
  public static func timeline(_ texts: [String], published: String? = "2021-11") -> Timeline {
    Pipeline().timeline(of: texts.enumerated().map { document($1, published: published, id: $0, name: "doc\($0)") })
  }

  /// The timeline of the bundled sample article.
  public static let sample = Pipeline().timeline(of: [DocumentLoader().sample()])
}

extension DocumentExtraction {
  /// The actor named `name`.
  public func actor(_ name: String) -> Actor? { actors.first { $0.name == name } }

  /// The text of a span of the document.
  public func text(_ span: SourceSpan) -> String { document.string(span.range) }

  /// The names of the actors, in order.
  public var names: [String] { actors.map(\.name) }

  /// The direct quotations, in order: each one's speaker's name, if any, and its words.
  public var directQuotes: [(speaker: String?, text: String)] {
    quotes.filter { !$0.isIndirect }.map { quote in (quote.speaker.map { actors[$0].name }, text(quote.span)) }
  }
}

extension Timeline {
  /// The actor named `name`.
  public func actor(_ name: String) -> Actor? { actors.first { $0.name == name } }

  /// The actor names of the first event whose summary holds `words`; nil when none does.
  public func actorNames(ofEventWith words: String) -> [String]? {
    events.first { $0.summary.contains(words) }.map { event in event.actors.map { actors[$0].name } }
  }
}
