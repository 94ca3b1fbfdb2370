/// Writes chosen elements of an `HTMLTree` as paragraphs: each block element starts a new one,
/// inline elements run together, dropped elements and a heading that repeats the title are
/// left out.
struct HTMLTextRenderer {
  let tree: HTMLTree

  /// The paragraphs of `roots`, in document order, without elements `dropped` marks.
  func paragraphs(of roots: [Int], dropped: [Bool], title: String?) -> [[UInt8]] {
    var paragraphs: [[UInt8]] = []
    var current: [UInt8] = []
    var titleHeadingSkipped = false
    func flush() {
      while current.last == 0x20 { current.removeLast() }
      // In a buffer of its own size: a paragraph grown by doubling left up to half of its
      // buffer unused, and a long page has tens of thousands of paragraphs.
      if !current.isEmpty { paragraphs.append(current.withExactCapacity()) }
      current = []
    }
    // A stack of places in lists of children, not of every node still to be read: an article
    // element of 60,000 paragraphs put them all on the stack at once. A block element flushes
    // its paragraph when its children are done.
    var stack: [(nodes: [HTMLTree.Node], next: Int, isBlock: Bool)] = [(roots.map { .element($0) }, 0, false)]
    while let top = stack.last {
      guard top.next < top.nodes.count else {
        stack.removeLast()
        if top.isBlock { flush() }
        continue
      }
      let node = top.nodes[top.next]
      stack[stack.count - 1].next += 1
      switch node {
      case .text(var range):
        if tree.text[range.lowerBound] == 0x20 && (current.isEmpty || current.last == 0x20) {
          range = range.dropFirst()
        }
        current += tree.text[range]
      case .element(let index):
        guard !dropped[index] else { continue }
        let element = tree.elements[index]
        if !titleHeadingSkipped, ["h1", "h2"].contains(element.name), let title,
          TitleText.similarity(tree.textContent(of: index, limit: 1_000), title) > 0.75
        {
          titleHeadingSkipped = true
          continue
        }
        let isBlock = HTMLElementHints.blocks.contains(element.name) || element.name == "br"
        if isBlock { flush() }
        stack.append((element.children, 0, isBlock))
      }
    }
    flush()
    return paragraphs
  }
}
