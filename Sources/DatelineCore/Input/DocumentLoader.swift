import Foundation

/// Finds the inputs that paths name (files, directories of articles, standard input) and reads
/// each into a `Document`, through the reader its content calls for (`ReaderRegistry`).
public struct DocumentLoader: Sendable {
  /// The file name endings read from directories.
  public static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown", "tml", "html", "htm"]

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

  /// The bytes of the file at `path`, within `maxInputSize` (a feed the command line opens).
  public func bytes(ofFile path: String) throws -> [UInt8] {
    try FileReader.contents(ofFile: path, limit: maxInputSize)
  }

  /// Reads `input` as document `id`; any error becomes the `CoreError` that names the input.
  public func read(_ input: ArticleInput, id: Int) -> Result<Document, CoreError> {
    do {
      switch input.source {
      case .file(let path): return .success(try document(bytes: FileReader.contents(ofFile: path, limit: maxInputSize), name: input.name, id: id))
      case .standardInput: return .success(try document(bytes: FileReader.standardInput(limit: maxInputSize), name: input.name, id: id))
      case .sample: return .success(sample(id: id))
      case .fetched(_, let bytes): return .success(try document(bytes: bytes, name: input.name, id: id))
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

  /// Reads one article from its bytes: converts UTF-16 with a byte-order mark to UTF-8, refuses
  /// binary data, repairs invalid UTF-8, drops a BOM, normalizes line ends, and hands the text to
  /// the reader that accepts it (TimeML, HTML, Markdown or front matter, plain text);
  /// `--published` overrides the date the reader found.
  public func document(bytes: [UInt8], name: String, id: Int) throws -> Document {
    var findings: [Finding] = []
    var bytes = bytes
    if let (utf8, repaired) = UTF16Decoding.utf8(bytes) {
      bytes = utf8
      if repaired { findings.append(Finding(.invalidUTF8, message: "\(name): invalid UTF-16 replaced with U+FFFD")) }
    }
    if TextNormalizer.looksBinary(bytes) { throw CoreError.binary(path: name) }
    let (text, repaired) = TextNormalizer.normalize(bytes)
    if repaired {
      findings.append(Finding(.invalidUTF8, message: "\(name): invalid UTF-8 replaced with U+FFFD"))
    }
    var article = try ReaderRegistry.read(ReaderInput(name: name, text: text))
    if let published { article.metadata.published = published }
    return Document(id: id, name: name, metadata: article.metadata, text: article.body, findings: findings + article.findings)
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

  private static func coreError(_ error: any Error, path: String) -> CoreError {
    error as? CoreError ?? .unreadable(path: path, reason: "\(error)")
  }
}
