/// A non-fatal doubt found while reading or extracting, with the span it concerns.
public struct Finding: Hashable, Sendable, Codable {
  /// What kind of doubt this is.
  public enum Kind: String, Sendable, Codable {
    /// Bytes that were not valid UTF-8 were replaced with U+FFFD.
    case invalidUTF8 = "invalid-utf8"
    /// A metadata field (front matter, a TimeML `<DCT>`) could not be read and was ignored.
    case badMetadata = "bad-metadata"
    /// A date's year was not written and was inferred from the reference time.
    case inferredYear = "inferred-year"
    /// No reference time was known; relative dates are resolved against a guess.
    case noReferenceTime = "no-reference-time"
    /// A quotation without an identifiable speaker.
    case unattributedQuote = "unattributed-quote"
    /// A quotation mark that was never closed.
    case unmatchedQuote = "unmatched-quote"
    /// The articles that tell one event give it different facts (seven guards wounded, or six).
    case sourcesDisagree = "sources-disagree"
  }

  /// What kind of doubt this is.
  public var kind: Kind
  /// Where in the source it was found, when it concerns a place in the text.
  public var span: SourceSpan?
  /// A sentence for people.
  public var message: String

  /// Creates a finding.
  public init(_ kind: Kind, span: SourceSpan? = nil, message: String) {
    self.kind = kind
    self.span = span
    self.message = message
  }
}
