@testable import DatelineCore

/// Test input with its expected spans marked inside it: `⟦Kyle Orton⟧ said …`. The markers are
/// removed; `spans` are the UTF-8 byte ranges they enclosed, in the text without markers.
struct MarkedText {
  /// The text without markers.
  let text: String
  /// The marked ranges, in order.
  let spans: [Range<Int>]

  init(_ marked: String) {
    var bytes: [UInt8] = []
    var spans: [Range<Int>] = []
    var open: Int?
    for scalar in marked.unicodeScalars {
      switch scalar {
      case "⟦": open = bytes.count
      case "⟧":
        if let start = open { spans.append(start..<bytes.count) }
        open = nil
      default: bytes += Array(String(scalar).utf8)
      }
    }
    text = String(decoding: bytes, as: UTF8.self)
    self.spans = spans
  }

  /// The text of each marked span.
  var marked: [String] {
    let bytes = Array(text.utf8)
    return spans.map { String(decoding: bytes[$0], as: UTF8.self) }
  }
}

/// Runs the extraction over test text.
enum Fixture {
  /// A document of `text` (paragraphs one per line), published `published`.
  static func document(_ text: String, published: String? = "2021-11", id: Int = 0, name: String = "test") -> Document {
    let metadata = DocumentMetadata(title: name, published: published.flatMap { TimeValue(timex: $0) })
    return Document(id: id, name: name, metadata: metadata, text: Array(text.utf8))
  }

  /// The extraction of one document of `text`.
  static func extraction(_ text: String, published: String? = "2021-11") -> DocumentExtraction {
    DocumentExtractor().extract(document(text, published: published))
  }

  /// The timeline of documents of `texts`.
  static func timeline(_ texts: [String], published: String? = "2021-11") -> Timeline {
    Pipeline().timeline(of: texts.enumerated().map { document($1, published: published, id: $0, name: "doc\($0)") })
  }

  /// The timeline of the bundled sample article.
  static let sample = Pipeline().timeline(of: [DocumentLoader().sample()])
}

extension DocumentExtraction {
  /// The actor named `name`.
  func actor(_ name: String) -> Actor? { actors.first { $0.name == name } }

  /// The text of a span of the document.
  func text(_ span: SourceSpan) -> String { document.string(span.range) }

  /// The names of the actors, in order.
  var names: [String] { actors.map(\.name) }
}

extension Timeline {
  /// The actor named `name`.
  func actor(_ name: String) -> Actor? { actors.first { $0.name == name } }
}
