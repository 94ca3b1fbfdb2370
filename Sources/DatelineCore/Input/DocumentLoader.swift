import Foundation

/// Finds the inputs that paths name (files, directories of articles, standard input) and reads
/// each into documents, through the reader its content calls for (`ReaderRegistry`): one
/// document, or one per item of a feed.
public struct DocumentLoader: Sendable {
  /// The file name endings read from directories.
  public static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown", "tml", "html", "htm", "rss", "atom", "xml"]

  /// The largest input read by default: 256 MB.
  public static let defaultMaxInputSize = 256 << 20

  /// A publication date that overrides every document's own (`--published`).
  public var published: TimeValue?
  /// The most bytes one input may hold (`--max-input-size`); a larger one is refused, and an
  /// endless stream stops there.
  public var maxInputSize: Int

  /// Creates a loader; `published` overrides the documents' own publication dates.
  public init(published: TimeValue? = nil, maxInputSize: Int = DocumentLoader.defaultMaxInputSize) {
    self.published = published
    self.maxInputSize = maxInputSize
  }

  /// The inputs `paths` name, in reading order (`-` is standard input; a directory gives the
  /// articles under it, sorted by path; no path at all gives the bundled sample), and the paths
  /// that cannot be used. Nothing is read yet.
  public func inputs(for paths: [String]) -> (inputs: [ArticleInput], failures: [CoreError]) {
    guard !paths.isEmpty else {
      return ([ArticleInput(.sample, size: BundledResources.text(BundledResources.samplePath)?.utf8.count ?? 0)], [])
    }
    var inputs: [ArticleInput] = []
    var failures: [CoreError] = []
    for path in paths {
      guard path != "-" else {
        inputs.append(ArticleInput(.standardInput, size: 0))
        continue
      }
      do {
        let found = try Self.files(at: path, extensions: Self.articleExtensions)
        for file in found.files {
          var status = stat()
          inputs.append(ArticleInput(.file(file), size: stat(file, &status) == 0 ? Int(status.st_size) : 0))
        }
        failures += found.skipped
        if found.files.isEmpty { failures.append(.noArticles(directory: path)) }
      } catch {
        failures.append(Self.coreError(error, path: path))
      }
    }
    return (inputs, failures)
  }

  /// Reads `input` as documents numbered from `firstID` (several for a feed); any error becomes
  /// the `CoreError` that names the input.
  public func read(_ input: ArticleInput, firstID: Int) -> Result<[Document], CoreError> {
    do {
      switch input.source {
      case .file(let path):
        return .success(try documents(bytes: FileReader.contents(ofFile: path, limit: maxInputSize), name: input.name, firstID: firstID))
      case .standardInput:
        return .success(try documents(bytes: FileReader.standardInput(limit: maxInputSize), name: input.name, firstID: firstID))
      case .sample: return .success([sample(id: firstID)])
      case .fetched(_, let bytes): return .success(try documents(bytes: bytes, name: input.name, firstID: firstID))
      case .feedItem(let name, let item, let outlet):
        var article = FeedReader.article(item, outlet: outlet)
        let (text, repaired) = TextNormalizer.normalize(article.body)
        article.body = text
        return .success([document(article, name: name, id: firstID, findings: repaired ? [Self.invalidUTF8(name)] : [])])
      }
    } catch {
      return .failure(Self.coreError(error, path: input.name))
    }
  }

  /// The bundled sample article, as document `id`.
  public func sample(id: Int = 0) -> Document {
    let text = BundledResources.text(BundledResources.samplePath) ?? ""
    // The bundled sample is valid text, so reading it cannot fail.
    return try! document(bytes: Array(text.utf8), name: ArticleInput(.sample, size: 0).name, id: id)
  }

  /// The first document of `bytes` (see `documents(bytes:name:firstID:)`): the article, or a
  /// feed's first item.
  public func document(bytes: [UInt8], name: String, id: Int) throws -> Document {
    try documents(bytes: bytes, name: name, firstID: id)[0]
  }

  /// Reads the articles of one input from its bytes: converts UTF-16 with a byte-order mark to
  /// UTF-8, refuses binary data, repairs invalid UTF-8, drops a BOM, normalizes line ends, and
  /// hands the text to the reader that accepts it (TimeML, a feed, HTML, Markdown or front
  /// matter, plain text); the documents are numbered from `firstID`, and the input's findings
  /// go with the first.
  public func documents(bytes: [UInt8], name: String, firstID: Int) throws -> [Document] {
    var findings: [Finding] = []
    var bytes = bytes
    if let (utf8, repaired) = UTF16Decoding.utf8(bytes) {
      bytes = utf8
      if repaired { findings.append(Finding(.invalidUTF8, message: "\(name): invalid UTF-16 replaced with U+FFFD")) }
    }
    if TextNormalizer.looksBinary(bytes) { throw CoreError.binary(path: name) }
    let (text, repaired) = TextNormalizer.normalize(bytes)
    if repaired { findings.append(Self.invalidUTF8(name)) }
    let articles = try ReaderRegistry.articles(ReaderInput(name: name, text: text))
    return articles.enumerated().map { index, article in
      document(article, name: name, id: firstID + index, findings: index == 0 ? findings : [])
    }
  }

  /// `article` as document `id`, under its own name or else `name`; `--published` overrides the
  /// date the reader found.
  private func document(_ article: ReadArticle, name: String, id: Int, findings: [Finding]) -> Document {
    var metadata = article.metadata
    if let published { metadata.published = published }
    var document = Document(
      id: id, name: article.name ?? name, metadata: metadata, text: article.body, findings: findings + article.findings)
    document.listings = article.listings
    return document
  }

  /// The files `path` names: itself, or the files under it with one of `extensions` (hidden
  /// files and folders skipped, sorted by path), and what the directory walk skipped (see
  /// `DirectoryWalker`). A missing path, or a directory that cannot be opened, is thrown.
  static func files(at path: String, extensions: Set<String>) throws -> (files: [String], skipped: [CoreError]) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw CoreError.fileNotFound(path: path)
    }
    guard isDirectory.boolValue else { return ([path], []) }
    return try DirectoryWalker.files(under: path, extensions: extensions)
  }

  private static func invalidUTF8(_ name: String) -> Finding {
    Finding(.invalidUTF8, message: "\(name): invalid UTF-8 replaced with U+FFFD")
  }

  private static func coreError(_ error: any Error, path: String) -> CoreError {
    error as? CoreError ?? .unreadable(path: path, reason: "\(error)")
  }
}
