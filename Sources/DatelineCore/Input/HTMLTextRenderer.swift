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
      if !current.isEmpty { paragraphs.append(current) }
      current = []
    }
    var stack: [HTMLTree.Node] = roots.reversed().map { .element($0) }
    while let node = stack.popLast() {
      switch node {
      case .text(var range):
        if tree.text[range.lowerBound] == 0x20 && (current.isEmpty || current.last == 0x20) {
          range = range.dropFirst()
        }
        current += tree.text[range]
      case .element(let index):
        if index < 0 {  // the end of a block
          flush()
          continue
        }
        guard !dropped[index] else { continue }
        let element = tree.elements[index]
        if !titleHeadingSkipped, ["h1", "h2"].contains(element.name), let title,
          TitleText.similarity(tree.textContent(of: index, limit: 1_000), title) > 0.75
        {
          titleHeadingSkipped = true
          continue
        }
        guard HTMLElementHints.blocks.contains(element.name) || element.name == "br" else {
          stack += element.children.reversed()
          continue
        }
        flush()
        stack.append(.element(-1))
        stack += element.children.reversed()
      }
    }
    flush()
    return paragraphs
  }
}
