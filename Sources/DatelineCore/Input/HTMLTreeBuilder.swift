/// Builds an `HTMLTree` from the bytes of a page in one pass, the way browsers forgive: unclosed
/// paragraphs and list items close themselves, stray end tags are ignored, and contents of
/// scripts, styles and templates are skipped. Nesting deeper than `maximumDepth` is flattened, so
/// a page of a hundred thousand nested `<div>`s is read in linear time.
struct HTMLTreeBuilder {
  /// How deep elements nest before deeper ones are read as part of their ancestor.
  static let maximumDepth = 256

  private static let voidElements: Set<String> = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
  ]
  private static let rawTextElements: Set<String> = [
    "script", "style", "textarea", "noscript", "template", "iframe", "xmp", "noembed", "noframes", "title",
  ]
  private static let closesParagraph: Set<String> = [
    "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul",
  ]
  private static let implicitScopes: [String: (closes: Set<String>, stops: Set<String>)] = [
    "li": (["li"], ["ul", "ol", "menu"]),
    "dt": (["dt", "dd"], ["dl"]),
    "dd": (["dt", "dd"], ["dl"]),
    "tr": (["tr", "td", "th"], ["table", "tbody", "thead", "tfoot"]),
    "td": (["td", "th"], ["tr", "table"]),
    "th": (["td", "th"], ["tr", "table"]),
    "option": (["option"], ["select", "datalist"]),
  ]

  private let bytes: [UInt8]
  private var tree = HTMLTree(elements: [.init(name: "#document", attributes: [:], parent: -1, end: 1)], text: [])
  private var stack = [0]

  /// The tree of `bytes`.
  static func build(_ bytes: [UInt8]) -> HTMLTree {
    var builder = HTMLTreeBuilder(bytes: bytes)
    builder.run()
    return builder.tree
  }

  private init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  private mutating func run() {
    var index = 0
    var textStart = 0
    while index < bytes.count {
      guard bytes[index] == UInt8(ascii: "<") else {
        index += 1
        continue
      }
      guard let tag = HTMLReader.Tag(bytes, at: index) else {
        if startsUnterminatedTag(at: index) { break }
        index += 1
        continue
      }
      appendText(textStart..<index)
      index = tag.end
      textStart = index
      if tag.name == "!" { continue }
      if tag.isClosing {
        close(tag.name)
      } else {
        index = open(tag)
        textStart = index
      }
    }
    appendText(textStart..<bytes.count)
    while stack.count > 1 { pop() }
    tree.elements[0].end = tree.elements.count
  }

  /// Whether the `<` at `index` begins a tag that never closes: the rest is then text.
  private func startsUnterminatedTag(at index: Int) -> Bool {
    let next = index + 1 < bytes.count ? bytes[index + 1] : 0
    let afterSlash = index + 2 < bytes.count ? bytes[index + 2] : 0
    return HTMLBytes.isLetter(next) || (next == UInt8(ascii: "/") && HTMLBytes.isLetter(afterSlash))
  }

  /// Opens the element of `tag`; returns where reading goes on (after a raw-text element's end).
  private mutating func open(_ tag: HTMLReader.Tag) -> Int {
    switch tag.name {
    case "meta": tree.metas.append(tag.attributes)
    case "link": tree.links.append(tag.attributes)
    default: break
    }
    if Self.rawTextElements.contains(tag.name) {
      let closing = Array("</\(tag.name)".utf8)
      let contentEnd = HTMLBytes.findCaseless(closing, in: bytes, from: tag.end) ?? bytes.count
      let content = tag.end..<contentEnd
      if tag.name == "title", tree.title == nil {
        tree.title = String(decoding: collapsed(content), as: UTF8.self).trimmingASCIIWhitespace()
      } else if tag.name == "script", tag.attributes["type"]?.lowercased() == "application/ld+json" {
        tree.jsonLD.append(Array(bytes[content]))
      }
      guard contentEnd < bytes.count, let end = HTMLBytes.find([UInt8(ascii: ">")], in: bytes, from: contentEnd) else {
        return bytes.count
      }
      return end + 1
    }
    closeImplicitly(before: tag.name)
    let isVoid = Self.voidElements.contains(tag.name) || tag.isSelfClosing && !["div", "p", "a", "span"].contains(tag.name)
    if !isVoid, stack.count > Self.maximumDepth { return tag.end }
    let parent = stack[stack.count - 1]
    let index = tree.elements.count
    tree.elements.append(.init(name: tag.name, attributes: tag.attributes, parent: parent, end: index + 1))
    tree.elements[parent].children.append(.element(index))
    if !isVoid { stack.append(index) }
    return tag.end
  }

  private mutating func closeImplicitly(before name: String) {
    if Self.closesParagraph.contains(name) {
      popTo("p", stoppingAt: ["div", "td", "th", "li", "button", "table", "body", "article", "section", "blockquote"])
    }
    if let scope = Self.implicitScopes[name] {
      for closed in scope.closes where popTo(closed, stoppingAt: scope.stops) { break }
    }
  }

  /// Pops up to and including the nearest open `name`, unless an element named in `stops`
  /// (or more than a few others) comes first; returns whether it did.
  @discardableResult
  private mutating func popTo(_ name: String, stoppingAt stops: Set<String>) -> Bool {
    var position = stack.count - 1
    while position > 0, stack.count - position <= 16 {
      let open = tree.elements[stack[position]].name
      if open == name {
        while stack.count > position { pop() }
        return true
      }
      if stops.contains(open) { return false }
      position -= 1
    }
    return false
  }

  private mutating func close(_ name: String) {
    guard name != "body", name != "html" else { return }
    guard let position = stack.lastIndex(where: { tree.elements[$0].name == name }), position > 0 else { return }
    while stack.count > position { pop() }
  }

  private mutating func pop() {
    let index = stack.removeLast()
    tree.elements[index].end = tree.elements.count
  }

  /// Adds the text in `range` as a child of the open element; text past the first 4 GiB of a
  /// page's text (which a node's 32-bit offsets cannot reach) is left out.
  private mutating func appendText(_ range: Range<Int>) {
    guard !range.isEmpty else { return }
    let start = tree.text.count
    let run = collapsed(range)
    guard start + run.count <= Int(UInt32.max) else { return }
    tree.text += run
    guard tree.text.count > start else { return }
    let parent = stack[stack.count - 1]
    tree.elements[parent].children.append(.text(start..<tree.text.count))
  }

  /// The bytes in `range` with entities decoded and every run of white space made one space.
  private func collapsed(_ range: Range<Int>) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(range.count)
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = bytes[index]
      if HTMLBytes.isSpace(byte) {
        if result.last != 0x20 { result.append(0x20) }
        index += 1
      } else if byte == UInt8(ascii: "&"), let (decoded, end) = Entity.decode(bytes, at: index), end <= range.upperBound {
        result += decoded
        index = end
      } else {
        result.append(byte)
        index += 1
      }
    }
    return result
  }
}
