/// How to turn a word into its lemma: optionally lower-case ASCII letters, drop bytes from the
/// end, then append a suffix (`attacks` → drop 1; `said` → drop 2, add `ay`; `was` → drop 3, add
/// `be`).
public struct LemmaRule: Hashable, Sendable {
  /// Whether ASCII letters are lower-cased first.
  public var lowercases: Bool
  /// How many bytes are dropped from the end.
  public var strip: Int
  /// The bytes appended after dropping.
  public var suffix: [UInt8]

  /// The rule that keeps the word as it is.
  public static let identity = LemmaRule(lowercases: false, strip: 0, suffix: [])

  /// A rule from its parts.
  public init(lowercases: Bool, strip: Int, suffix: [UInt8]) {
    self.lowercases = lowercases
    self.strip = strip
    self.suffix = suffix
  }

  /// The rule that turns `form` into `lemma`: the shortest edit, lower-casing unless that keeps
  /// less of the word (so `The` and `the` share the rule of `the`).
  public init(form: ArraySlice<UInt8>, lemma: ArraySlice<UInt8>) {
    let kept = Self.commonPrefix(form, lemma, lower: false)
    let keptLowered = Self.commonPrefix(form, lemma, lower: true)
    lowercases = keptLowered >= kept
    let prefix = max(kept, keptLowered)
    strip = form.count - prefix
    suffix = Array(lemma.dropFirst(prefix))
  }

  /// The lemma of `text[range]` under this rule.
  public func lemma(of text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    let keep = range.lowerBound..<max(range.lowerBound, range.upperBound - strip)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(keep.count + suffix.count)
    for index in keep { bytes.append(lowercases ? text[index].asciiLowercased : text[index]) }
    bytes.append(contentsOf: suffix)
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func commonPrefix(_ form: ArraySlice<UInt8>, _ lemma: ArraySlice<UInt8>, lower: Bool) -> Int {
    var count = 0
    for (a, b) in zip(form, lemma) {
      guard (lower ? a.asciiLowercased : a) == b else { break }
      count += 1
    }
    return count
  }
}
