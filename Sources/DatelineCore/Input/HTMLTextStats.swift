/// Text measures of every element of an `HTMLTree`, over the elements still kept, computed
/// bottom-up in one linear pass: text and link text length, commas, the text that stands
/// loose in the element (outside its blocks), and counts of the elements that tell content
/// from furniture.
struct HTMLTextStats {
  var textLength: [Int]
  var linkLength: [Int]
  var commas: [Int]
  /// Text outside any block child: what Readability wraps in a paragraph.
  var looseLength: [Int]
  var looseCommas: [Int]
  var hasBlock: [Bool]
  var paragraphs: [Int]
  var images: [Int]
  var listItems: [Int]
  var inputs: [Int]
  var embeds: [Int]
  var headerCells: [Int]

  /// Measures `tree`, leaving out the elements `dropped` marks (and so their text).
  init(_ tree: HTMLTree, dropped: [Bool]) {
    let count = tree.elements.count
    textLength = Array(repeating: 0, count: count)
    linkLength = textLength
    commas = textLength
    looseLength = textLength
    looseCommas = textLength
    hasBlock = Array(repeating: false, count: count)
    paragraphs = textLength
    images = textLength
    listItems = textLength
    inputs = textLength
    embeds = textLength
    headerCells = textLength
    for index in stride(from: count - 1, through: 0, by: -1) where !dropped[index] {
      let element = tree.elements[index]
      for case .text(let run) in element.children {
        let range = Int(run.lowerBound)..<Int(run.upperBound)
        let length = Self.visibleLength(tree.text, range)
        let commaCount = tree.text[range].reduce(0) { $0 + ($1 == UInt8(ascii: ",") ? 1 : 0) }
        textLength[index] += length
        looseLength[index] += length
        commas[index] += commaCount
        looseCommas[index] += commaCount
      }
      if element.name == "a" { linkLength[index] = textLength[index] }
      let parent = element.parent
      guard parent >= 0 else { continue }
      merge(index, into: parent, name: element.name)
    }
  }

  private mutating func merge(_ index: Int, into parent: Int, name: String) {
    textLength[parent] += textLength[index]
    linkLength[parent] += linkLength[index]
    commas[parent] += commas[index]
    let isBlock = HTMLElementHints.blocks.contains(name)
    if !isBlock {
      looseLength[parent] += looseLength[index]
      looseCommas[parent] += looseCommas[index]
    }
    hasBlock[parent] = hasBlock[parent] || isBlock || hasBlock[index]
    paragraphs[parent] += paragraphs[index] + (name == "p" ? 1 : 0)
    images[parent] += images[index] + (name == "img" ? 1 : 0)
    listItems[parent] += listItems[index] + (name == "li" ? 1 : 0)
    inputs[parent] += inputs[index] + (name == "input" ? 1 : 0)
    embeds[parent] += embeds[index] + (name == "embed" || name == "object" ? 1 : 0)
    headerCells[parent] += headerCells[index] + (name == "th" || name == "caption" ? 1 : 0)
  }

  /// The share of the element's text that is link text.
  func linkDensity(_ index: Int) -> Double {
    textLength[index] == 0 ? 0 : Double(linkLength[index]) / Double(textLength[index])
  }

  /// The bytes in `range` less its leading and trailing space.
  private static func visibleLength(_ text: [UInt8], _ range: Range<Int>) -> Int {
    var length = range.count
    if length > 0, text[range.lowerBound] == 0x20 { length -= 1 }
    if length > 1, text[range.upperBound - 1] == 0x20 { length -= 1 }
    return length
  }
}
