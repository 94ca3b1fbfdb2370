/// Test input with its expected spans marked inside it: `[[Kyle Orton]] said …`. The markers are
/// removed; `spans` are the UTF-8 byte ranges they enclosed, in the text without markers.
public struct MarkedText: Sendable {
  /// The text without markers.
  public let text: String
  /// The marked ranges, in order.
  public let spans: [Range<Int>]

  /// Reads `marked`: `[[` opens a span, `]]` closes it; a closing marker without an opening one is
  /// dropped.
  public init(_ marked: String) {
    let input = Array(marked.utf8)
    var bytes: [UInt8] = []
    var spans: [Range<Int>] = []
    var open: Int?
    var index = 0
    while index < input.count {
      let pair = index + 1 < input.count && input[index + 1] == input[index]
      if pair && input[index] == UInt8(ascii: "[") {
        open = bytes.count
        index += 2
      } else if pair && input[index] == UInt8(ascii: "]") {
        if let start = open { spans.append(start..<bytes.count) }
        open = nil
        index += 2
      } else {
        bytes.append(input[index])
        index += 1
      }
    }
    text = String(decoding: bytes, as: UTF8.self)
    self.spans = spans
  }

  /// The text of each marked span.
  public var marked: [String] {
    let bytes = Array(text.utf8)
    return spans.map { String(decoding: bytes[$0], as: UTF8.self) }
  }
}
