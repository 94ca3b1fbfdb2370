import Foundation

/// Reads articles from files, directories and standard input into `Document`s.
public struct DocumentLoader: Sendable {
  /// The file name endings read from directories.
  public static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown", "tml", "html", "htm"]

  /// A publication date that overrides every document's own (`--published`).
  public var published: TimeValue?

  /// Creates a loader; `published` overrides the documents' own publication dates.
  public init(published: TimeValue? = nil) {
    self.published = published
  }

  /// What loading a list of paths gave: the documents read, and the paths that failed.
  public struct Result: Sendable {
    /// The documents, numbered in order.
    public var documents: [Document]
    /// The inputs that could not be read, in order.
    public var failures: [CoreError]
  }

  /// An input file found by `files(for:)`.
  public struct InputFile: Sendable, Hashable {
    /// Its path, or `-` for standard input.
    public var path: String
    /// Its size in bytes (0 for standard input and other streams).
    public var size: Int
  }

  /// The files `paths` name, in load order (`-` is standard input; a directory gives the articles
  /// under it, sorted by path), and the paths that cannot be used. Nothing is read yet.
  public func files(for paths: [String]) -> (files: [InputFile], failures: [CoreError]) {
    var files: [InputFile] = []
    var failures: [CoreError] = []
    for path in paths {
      do {
        for file in try expand(path) {
          var status = stat()
          let size = file != "-" && stat(file, &status) == 0 ? Int(status.st_size) : 0
          files.append(InputFile(path: file, size: size))
        }
      } catch let error as CoreError {
        failures.append(error)
      } catch {
        failures.append(.unreadable(path: path, reason: "\(error)"))
      }
    }
    return (files, failures)
  }

  /// Reads the file at `path` (`-`: standard input) as document `id`.
  public func document(file path: String, id: Int) throws -> Document {
    let bytes = try path == "-" ? FileReader.standardInput() : FileReader.contents(ofFile: path)
    return try document(bytes: bytes, name: path, id: id)
  }

  /// Loads every path in order (see `files(for:)`). A path that cannot be read becomes a failure;
  /// the others still load.
  public func load(paths: [String]) -> Result {
    let (files, failures) = files(for: paths)
    var result = Result(documents: [], failures: failures)
    for file in files {
      do {
        result.documents.append(try document(file: file.path, id: result.documents.count))
      } catch let error as CoreError {
        result.failures.append(error)
      } catch {
        result.failures.append(.unreadable(path: file.path, reason: "\(error)"))
      }
    }
    return result
  }

  /// The bundled sample article.
  public func sample() -> Document {
    let text = BundledResources.text(BundledResources.samplePath) ?? ""
    // The bundled sample is valid text, so reading it cannot fail.
    return try! document(bytes: Array(text.utf8), name: "sample: kadhimi-drone-attack.txt", id: 0)
  }

  /// Reads one article from its bytes: refuses binary data, repairs invalid UTF-8, drops a BOM,
  /// normalizes line ends, and reads front matter for metadata; a `.tml` file gives the text of
  /// its `<TEXT>` element, its creation time as publication date and its title.
  public func document(bytes: [UInt8], name: String, id: Int) throws -> Document {
    if TextNormalizer.looksBinary(bytes) { throw CoreError.binary(path: name) }
    let (text, repaired) = TextNormalizer.normalize(bytes)
    var findings: [Finding] = []
    if repaired {
      findings.append(Finding(.invalidUTF8, message: "\(name): invalid UTF-8 replaced with U+FFFD"))
    }
    var metadata = DocumentMetadata()
    var body = text
    if name.lowercased().hasSuffix(".tml") {
      let timeML = try TimeMLDocument(bytes: text, name: name)
      body = timeML.text
      metadata.title = timeML.title ?? timeML.documentID
      metadata.published = timeML.creationTime.map { .point($0) }
    } else if name.lowercased().hasSuffix(".html") || name.lowercased().hasSuffix(".htm") || HTMLReader.looksLikeHTML(text) {
      let page = HTMLReader.read(text)
      body = page.text
      metadata.title = page.title
      if let published = page.published, let date = Self.publicationDate(published) { metadata.published = date }
    } else if let front = FrontMatter.read(text) {
      body = Array(text[front.bodyStart...])
      for (key, value) in front.fields {
        switch key {
        case "title": metadata.title = value
        case "source": metadata.source = value
        case "url": metadata.url = value
        case "published", "date":
          if let date = Self.publicationDate(value) {
            metadata.published = date
          } else {
            findings.append(Finding(.badMetadata, message: "\(name): cannot read published date “\(value)”"))
          }
        default: continue
        }
      }
    }
    if let published { metadata.published = published }
    return Document(id: id, name: name, metadata: metadata, text: body, findings: findings)
  }

  /// Reads a publication date: a TIMEX3 value or ISO 8601 date-time, cut to the day when it has
  /// a time (publication times are in zones the reader does not share).
  static func publicationDate(_ text: String) -> TimeValue? {
    guard let value = TimeValue(timex: text), let point = value.point, point.year != nil else { return nil }
    return .point(point.truncated(to: min(point.precision, .day)))
  }

  private func expand(_ path: String) throws -> [String] {
    if path == "-" { return [path] }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw CoreError.fileNotFound(path: path)
    }
    guard isDirectory.boolValue else { return [path] }
    let files = try DirectoryWalker.files(under: path, extensions: Self.articleExtensions)
    guard !files.isEmpty else { throw CoreError.noArticles(directory: path) }
    return files
  }
}
