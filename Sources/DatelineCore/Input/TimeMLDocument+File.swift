extension TimeMLDocument {
  /// Reads the TimeML file at `path`.
  public init(contentsOfFile path: String) throws {
    try self.init(bytes: try FileReader.contents(ofFile: path), name: path)
  }
}
