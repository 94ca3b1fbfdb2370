/// Word-wraps a line of styled segments (`Label   text…`) to a width; continuation lines are
/// indented to start under the text after the label (the first segment).
enum LineWrapper {
  typealias Line = [(text: String, role: Role)]

  /// `line` as lines of at most `width` columns.
  static func wrap(_ line: Line, width: Int) -> [Line] {
    guard width > 0 else { return [line] }
    let labelWidth = line.first.map { DisplayWidth.of($0.text) } ?? 0
    let indent = labelWidth <= width / 3 ? labelWidth : min(2, width - 1)
    var lines: [Line] = [[]]
    var column = 0
    func newLine() {
      lines.append([(String(repeating: " ", count: indent), .text)])
      column = indent
    }
    func append(_ text: String, _ role: Role) {
      if let last = lines[lines.count - 1].last, last.role == role {
        lines[lines.count - 1][lines[lines.count - 1].count - 1].text += text
      } else {
        lines[lines.count - 1].append((text, role))
      }
      column += DisplayWidth.of(text)
    }
    for (index, segment) in line.enumerated() {
      if index == 0 && labelWidth <= width {
        append(segment.text, segment.role)
        continue
      }
      for word in words(segment.text) {
        let wordWidth = DisplayWidth.of(word)
        let visibleWidth = DisplayWidth.of(String(word.reversed().drop { $0 == " " }.reversed()))
        if column + visibleWidth > width && column > indent {
          newLine()
          if word.allSatisfy({ $0 == " " }) { continue }
        }
        if column + wordWidth <= width || visibleWidth + column <= width {
          append(word, segment.role)
          continue
        }
        for grapheme in word {
          let graphemeWidth = DisplayWidth.of(String(grapheme))
          if column + graphemeWidth > width && column > indent {
            if grapheme == " " { continue }
            newLine()
          }
          append(String(grapheme), segment.role)
        }
      }
    }
    return lines
  }

  /// The text cut after each run of spaces: `"a b  c"` → `["a ", "b  ", "c"]`.
  private static func words(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    for character in text {
      if character == "\n" {
        current.append(" ")
        continue
      }
      if character != " " && current.last == " " {
        words.append(current)
        current = ""
      }
      current.append(character)
    }
    if !current.isEmpty { words.append(current) }
    return words
  }
}
