/// Writes chosen elements of an `HTMLTree` as paragraphs: each block element starts a new one,
/// inline elements run together, dropped elements and a heading that repeats the title are
/// left out. What a `<pre>` holds (a code listing, a program's output) is told apart.
struct HTMLTextRenderer {
  let tree: HTMLTree

  /// The paragraphs of `roots`, in document order, without elements `dropped` marks, and for
  /// each whether it is preformatted text: a listing, which tells no events.
  func paragraphs(of roots: [Int], dropped: [Bool], title: String?) -> HTMLParagraphs {
    // Room for all of the page's text, which the paragraphs hold at most once: a buffer grown
    // by doubling held its old copy beside the new one.
    var paragraphs = HTMLParagraphs(capacity: tree.text.count)
    var titleHeadingSkipped = false
    var preformatted = 0
    func flush() { paragraphs.end(isListing: preformatted > 0) }
    // A stack of places in lists of children, not of every node still to be read: an article
    // element of 60,000 paragraphs put them all on the stack at once. A block element flushes
    // its paragraph when its children are done.
    var stack: [(nodes: [HTMLTree.Node], next: Int, isBlock: Bool, isPre: Bool)] = [(roots.map { .element($0) }, 0, false, false)]
    while let top = stack.last {
      guard top.next < top.nodes.count else {
        stack.removeLast()
        if top.isBlock { flush() }
        if top.isPre { preformatted -= 1 }
        continue
      }
      let node = top.nodes[top.next]
      stack[stack.count - 1].next += 1
      switch node {
      case .text(let run):
        var range = Int(run.lowerBound)..<Int(run.upperBound)
        if tree.text[range.lowerBound] == 0x20 && (paragraphs.isOpenEmpty || paragraphs.lastOpenByte == 0x20) {
          range = range.dropFirst()
        }
        paragraphs.append(tree.text[range])
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
        let isPre = element.name == "pre"
        if isPre { preformatted += 1 }
        stack.append((element.children, 0, isBlock, isPre))
      }
    }
    flush()
    return paragraphs
  }
}
