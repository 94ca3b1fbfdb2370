/// Finds the article in an `HTMLTree`, the way Readability does: every paragraph scores its
/// parent and, less, its further ancestors by its length and commas; ancestors start from
/// their name and their class and id hints; scores are discounted by link density. The best
/// candidate is kept with those of its siblings that score close to it or read like prose, and
/// link-heavy, empty or form-like blocks inside it are dropped.
struct HTMLContentExtractor {
  /// How strict a pass is; a pass that finds too little is retried with fewer rules.
  struct Rules {
    var dropsUnlikely: Bool
    var weighsClasses: Bool
    var cleansConditionally: Bool

    static let strict = Rules(dropsUnlikely: true, weighsClasses: true, cleansConditionally: true)
    static let lenient = Rules(dropsUnlikely: false, weighsClasses: false, cleansConditionally: false)
  }

  /// The elements to show and the elements left out.
  struct Selection {
    var roots: [Int]
    var dropped: [Bool]
  }

  let tree: HTMLTree
  let rules: Rules

  /// The article's elements under `rules`.
  func select() -> Selection {
    var dropped = initiallyDropped()
    let stats = HTMLTextStats(tree, dropped: dropped)
    var scores = Array(repeating: Double.nan, count: tree.elements.count)
    scoreParagraphs(stats, into: &scores, dropped: dropped)
    for index in scores.indices where !scores[index].isNaN {
      scores[index] *= 1 - stats.linkDensity(index)
    }
    guard let best = scores.indices.filter({ !scores[$0].isNaN }).max(by: { scores[$0] < scores[$1] }) else {
      return Selection(roots: [body ?? 0], dropped: dropped)
    }
    let top = refine(best, scores: &scores, stats: stats, dropped: dropped)
    let roots = withSiblings(top, scores: scores, stats: stats, dropped: dropped)
    if rules.cleansConditionally { clean(roots, stats: stats, scores: scores, dropped: &dropped) }
    return Selection(roots: roots, dropped: dropped)
  }

  private var body: Int? { tree.elements.firstIndex { $0.name == "body" } }

  private func initiallyDropped() -> [Bool] {
    var dropped = Array(repeating: false, count: tree.elements.count)
    for index in 1..<tree.elements.count {
      let element = tree.elements[index]
      dropped[index] =
        dropped[element.parent] || HTMLElementHints.neverContent.contains(element.name)
        || HTMLElementHints.isHidden(element) || (rules.dropsUnlikely && HTMLElementHints.isUnlikely(element))
    }
    return dropped
  }

  private func scoreParagraphs(_ stats: HTMLTextStats, into scores: inout [Double], dropped: [Bool]) {
    for index in 1..<tree.elements.count where !dropped[index] {
      let element = tree.elements[index]
      let length: Int
      let commas: Int
      let anchor: Int
      if ["p", "pre", "td"].contains(element.name) || (!stats.hasBlock[index] && isContainer(element.name)) {
        if element.name == "td" && stats.hasBlock[index] { continue }
        (length, commas, anchor) = (stats.textLength[index], stats.commas[index], element.parent)
      } else if stats.hasBlock[index] && element.name != "p" {
        (length, commas, anchor) = (stats.looseLength[index], stats.looseCommas[index], index)
      } else {
        continue
      }
      guard length >= 25 else { continue }
      let score = 1 + Double(commas) + Double(min(length / 100, 3))
      var ancestor = anchor
      var level = 0
      while ancestor > 0, level < 5 {
        if scores[ancestor].isNaN { scores[ancestor] = initialScore(ancestor) }
        scores[ancestor] += score / (level == 0 ? 1 : level == 1 ? 2 : Double(level * 3))
        ancestor = tree.elements[ancestor].parent
        level += 1
      }
    }
  }

  private func isContainer(_ name: String) -> Bool {
    ["div", "section", "article", "main", "center", "blockquote"].contains(name)
  }

  private func initialScore(_ index: Int) -> Double {
    let element = tree.elements[index]
    return HTMLElementHints.nameWeight(element.name)
      + (rules.weighsClasses ? Double(HTMLElementHints.classWeight(element)) : 0)
  }

  /// Moves from the best candidate to the ancestor that holds several near-best candidates, or
  /// to a better-scoring parent, and past wrappers that hold nothing else.
  private func refine(_ best: Int, scores: inout [Double], stats: HTMLTextStats, dropped: [Bool]) -> Int {
    var top = best
    let topScore = scores[best]
    let runnersUp = scores.indices.filter { $0 != best && !scores[$0].isNaN && scores[$0] >= topScore * 0.75 }
      .sorted { scores[$0] > scores[$1] }.prefix(4)
    if runnersUp.count >= 3 {
      var ancestor = tree.elements[best].parent
      while ancestor > 0, tree.elements[ancestor].name != "body" {
        if runnersUp.filter({ tree.contains(ancestor, $0) }).count >= 3 {
          top = ancestor
          break
        }
        ancestor = tree.elements[ancestor].parent
      }
    }
    if scores[top].isNaN { scores[top] = initialScore(top) }
    var lastScore = scores[top]
    var parent = tree.elements[top].parent
    while parent > 0, tree.elements[parent].name != "body" {
      if !scores[parent].isNaN {
        if scores[parent] < lastScore / 3 { break }
        if scores[parent] > lastScore {
          top = parent
          break
        }
        lastScore = scores[parent]
      }
      parent = tree.elements[parent].parent
    }
    while true {
      let parent = tree.elements[top].parent
      guard parent > 0, tree.elements[parent].name != "body", keptChildren(of: parent, dropped: dropped).count == 1 else { break }
      top = parent
    }
    return top
  }

  private func keptChildren(of index: Int, dropped: [Bool]) -> [Int] {
    tree.elements[index].children.compactMap { node in
      if case .element(let child) = node, !dropped[child] { return child }
      return nil
    }
  }

  /// The candidate and those of its siblings that score near it or read like prose, in order.
  private func withSiblings(_ top: Int, scores: [Double], stats: HTMLTextStats, dropped: [Bool]) -> [Int] {
    let parent = tree.elements[top].parent
    guard parent > 0 else { return [top] }
    let topScore = scores[top].isNaN ? 0 : scores[top]
    let threshold = max(10, topScore * 0.2)
    let topClass = tree.elements[top].attributes["class"] ?? ""
    return keptChildren(of: parent, dropped: dropped).filter { sibling in
      if sibling == top { return true }
      let element = tree.elements[sibling]
      var score = scores[sibling].isNaN ? 0 : scores[sibling]
      if !topClass.isEmpty, element.attributes["class"] == topClass { score += topScore * 0.2 }
      if score >= threshold { return true }
      guard element.name == "p" else { return false }
      let length = stats.textLength[sibling]
      let density = stats.linkDensity(sibling)
      if length > 80 { return density < 0.25 }
      return length > 0 && density == 0 && endsSentence(sibling)
    }
  }

  private func endsSentence(_ index: Int) -> Bool {
    let text = tree.textContent(of: index, limit: 200)
    return text.hasSuffix(".") || text.contains(". ")
  }

  /// Drops, inside the chosen elements, the blocks that look like furniture rather than prose.
  private func clean(_ roots: [Int], stats: HTMLTextStats, scores: [Double], dropped: inout [Bool]) {
    for root in roots {
      for index in (root + 1)..<tree.elements[root].end where !dropped[index] {
        if dropped[tree.elements[index].parent] || isFurniture(index, stats: stats, scores: scores) {
          dropped[index] = true
        }
      }
    }
  }

  private func isFurniture(_ index: Int, stats: HTMLTextStats, scores: [Double]) -> Bool {
    let element = tree.elements[index]
    if stats.textLength[index] < 100 && HTMLElementHints.isByline(element) { return true }
    let weight = HTMLElementHints.classWeight(element)
    switch element.name {
    case "h1", "h2", "h3": return weight < 0
    case "form", "fieldset", "table", "ul", "ol", "div", "section", "dl": break
    default: return false
    }
    if HTMLElementHints.isShareWidget(element) && stats.textLength[index] < 500 { return true }
    if element.name == "table" && stats.headerCells[index] > 0 { return false }
    let score = scores[index].isNaN ? 0 : scores[index]
    if Double(weight) + score < 0 { return true }
    guard stats.commas[index] < 10 else { return false }
    let isList = element.name == "ul" || element.name == "ol"
    let paragraphs = Double(stats.paragraphs[index])
    let images = Double(stats.images[index])
    let length = stats.textLength[index]
    let density = stats.linkDensity(index)
    let inFigure = hasAncestor(index, named: "figure")
    if images > 1 && paragraphs / images < 0.5 && !inFigure { return true }
    if !isList && stats.listItems[index] - 100 > stats.paragraphs[index] { return true }
    if stats.inputs[index] > stats.paragraphs[index] / 3 { return true }
    if !isList && length < 25 && (images == 0 || images > 2) && !inFigure { return true }
    if !isList && weight < 25 && density > 0.2 { return true }
    if isList && density > 0.5 { return true }
    if weight >= 25 && density > 0.5 { return true }
    return (stats.embeds[index] == 1 && length < 75) || stats.embeds[index] > 1
  }

  private func hasAncestor(_ index: Int, named name: String) -> Bool {
    var ancestor = tree.elements[index].parent
    var steps = 0
    while ancestor > 0, steps < 8 {
      if tree.elements[ancestor].name == name { return true }
      ancestor = tree.elements[ancestor].parent
      steps += 1
    }
    return false
  }
}
