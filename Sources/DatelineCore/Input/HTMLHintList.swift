/// Words that mark a class or id as a hint, matched on lower-cased bytes: fragments anywhere in
/// the names ("sidebar" in "left-sidebar-box"), short words only whole ("ad" in "top-ad", not in
/// "header").
struct HTMLHintList: Sendable {
  private let fragments: [[UInt8]]
  private let words: [[UInt8]]

  /// A list of `fragments` found anywhere and `words` found whole.
  init(fragments: [String], words: [String] = []) {
    self.fragments = fragments.map { Array($0.utf8) }
    self.words = words.map { Array($0.utf8) }
  }

  /// Whether the lower-cased `names` hold one of the fragments or words.
  func matches(_ names: [UInt8]) -> Bool {
    for fragment in fragments where HTMLBytes.find(fragment, in: names, from: 0) != nil { return true }
    guard !words.isEmpty else { return false }
    var start = 0
    while start < names.count {
      var end = start
      while end < names.count, HTMLBytes.isLetter(names[end]) || HTMLBytes.isDigit(names[end]) || names[end] >= 0x80 { end += 1 }
      if end > start, words.contains(where: { $0.count == end - start && names[start..<end].elementsEqual($0) }) { return true }
      start = end + 1
    }
    return false
  }

  /// The attribute's value as lower-cased bytes.
  static func lowercasedBytes(_ value: String?) -> [UInt8] {
    guard let value else { return [] }
    return value.utf8.map(\.asciiLowercased)
  }
}
