/// Writes a TimeML document back with the tagger's `TIMEX3`s in its `<TEXT>`: the document's own
/// `TIMEX3` tags inside `<TEXT>` are dropped, new ones are inserted, and every other byte is kept.
public enum TimeMLWriter {
  /// The bytes of `document` with `expressions` (ranges in `document.text`, in order, not
  /// overlapping) tagged as `<TIMEX3 tid type value>`; ids start at `t1`.
  public static func tagged(_ document: TimeMLDocument, with expressions: [TimeExpression]) -> [UInt8] {
    let source = document.source
    var insertions: [(offset: Int, tag: [UInt8])] = []
    for (number, expression) in expressions.enumerated() where !expression.range.isEmpty {
      let first = document.sourceOffsets[expression.range.lowerBound]
      let lastCharacter = document.sourceOffsets[expression.range.upperBound - 1]
      let (start, end) = balanced(first, lastCharacter + characterLength(in: source, at: lastCharacter), in: source)
      let open = "<TIMEX3 tid=\"t\(number + 1)\" type=\"\(expression.kind.rawValue)\" value=\"\(expression.value.timex)\">"
      insertions.append((start, Array(open.utf8)))
      insertions.append((end, Array("</TIMEX3>".utf8)))
    }
    insertions = insertions.enumerated().sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }.map(\.element)
    var output: [UInt8] = []
    output.reserveCapacity(source.count + insertions.count * 40)
    var next = 0
    var index = 0
    while index < source.count {
      while next < insertions.count && insertions[next].offset == index {
        output += insertions[next].tag
        next += 1
      }
      if document.textRange.contains(index), let length = timexTagLength(in: source, at: index) {
        index += length
        continue
      }
      output.append(source[index])
      index += 1
    }
    while next < insertions.count {
      output += insertions[next].tag
      next += 1
    }
    return output
  }

  /// The source range widened so that it holds whole elements: an element that the expression
  /// starts or ends inside (`<SIGNAL>before</SIGNAL>` in gold input) is taken in whole, so that the
  /// inserted `TIMEX3` nests properly.
  private static func balanced(_ start: Int, _ end: Int, in source: [UInt8]) -> (Int, Int) {
    var lower = start
    var upper = end
    var open: [String] = []
    var index = start
    while index < end {
      guard source[index] == UInt8(ascii: "<"), let close = XMLScan.find(">", in: source, from: index) else {
        index += 1
        continue
      }
      let tag = XMLTag(bytes: source[(index + 1)..<close])
      if tag.name == "TIMEX3" {
        index = close + 1
        continue
      }
      if !tag.isClosing {
        open.append(tag.name)
      } else if open.last == tag.name {
        open.removeLast()
      } else if let opening = lastOpening(of: tag.name, before: lower, in: source) {
        lower = opening
      }
      index = close + 1
    }
    for name in open.reversed() {
      if let closing = XMLScan.find("</\(name)>", in: source, from: upper) { upper = closing + name.utf8.count + 3 }
    }
    return (lower, upper)
  }

  private static func lastOpening(of name: String, before index: Int, in source: [UInt8]) -> Int? {
    let pattern = Array("<\(name)".utf8)
    var candidate = index - pattern.count
    while candidate >= 0 {
      if source[candidate..<(candidate + pattern.count)].elementsEqual(pattern) { return candidate }
      candidate -= 1
    }
    return nil
  }

  private static func characterLength(in source: [UInt8], at index: Int) -> Int {
    guard source[index] == UInt8(ascii: "&"), let (_, length) = XMLScan.entity(in: source, at: index) else { return 1 }
    return length
  }

  /// The length of a `<TIMEX3 …>` or `</TIMEX3>` tag starting at `index`, if one does.
  private static func timexTagLength(in source: [UInt8], at index: Int) -> Int? {
    guard source[index] == UInt8(ascii: "<") else { return nil }
    let opening = Array("<TIMEX3".utf8)
    let closing = Array("</TIMEX3>".utf8)
    if source[index...].starts(with: closing) { return closing.count }
    guard source[index...].starts(with: opening), index + opening.count < source.count else { return nil }
    let after = source[index + opening.count]
    guard after == UInt8(ascii: " ") || after == UInt8(ascii: ">") || after == 0x0A || after == 0x09,
      let end = XMLScan.find(">", in: source, from: index)
    else { return nil }
    return end - index + 1
  }
}
