/// A parsed HTML page as the content reader needs it: elements in document order (so a
/// subtree is the index range from an element to its `end`), their text with entities decoded
/// and white space collapsed, and what the head says (title, meta tags, JSON-LD, links).
struct HTMLTree {
  /// A child of an element: another element, or a run of text in `text`, its bytes in 32 bits
  /// each (a node takes 16 bytes, not 24: a page of 100,000 paragraphs has twice as many nodes).
  enum Node {
    case element(Int)
    case text(Range<UInt32>)

    /// A run of `text`'s bytes `range`.
    static func text(_ range: Range<Int>) -> Node {
      .text(UInt32(range.lowerBound)..<UInt32(range.upperBound))
    }
  }

  /// One element; element 0 is the document itself.
  struct Element {
    /// The lower-cased tag name.
    var name: String
    var attributes: [String: String]
    /// The parent's index; -1 for the document.
    var parent: Int
    /// One past the index of the last element inside this one.
    var end: Int
    var children: [Node] = []

    /// The attribute's value, lower-cased, or the empty string.
    func lowercased(_ attribute: String) -> String { attributes[attribute]?.lowercased() ?? "" }
  }

  /// Every element, in document order.
  var elements: [Element]
  /// The bytes of every text node.
  var text: [UInt8]
  /// The text of the first `<title>`.
  var title: String?
  /// The attributes of every `<meta>`.
  var metas: [[String: String]] = []
  /// The contents of every `<script type="application/ld+json">`.
  var jsonLD: [[UInt8]] = []
  /// The attributes of every `<link>`.
  var links: [[String: String]] = []

  /// The text of element `index` and everything in it, block boundaries read as spaces; at most
  /// about `limit` bytes of it.
  func textContent(of index: Int, limit: Int = .max) -> String {
    var result: [UInt8] = []
    var stack: [HTMLTree.Node] = [.element(index)]
    while result.count < limit, let node = stack.popLast() {
      switch node {
      case .text(let range): result += text[Int(range.lowerBound)..<Int(range.upperBound)]
      case .element(let child):
        if result.last != 0x20 { result.append(0x20) }
        stack += elements[child].children.reversed()
      }
    }
    return String(decoding: result, as: UTF8.self).trimmingASCIIWhitespace()
  }

  /// Whether `descendant` lies inside `ancestor` (or is it).
  func contains(_ ancestor: Int, _ descendant: Int) -> Bool {
    descendant >= ancestor && descendant < elements[ancestor].end
  }
}
