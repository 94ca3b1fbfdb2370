import CNcursesw
import DatelineUI

/// A theme turned into ncurses attributes and colour pairs, one pair per role.
struct Palette {
  private let attributes: [attr_t]
  private let pairs: [Int16]

  init(colors: Bool) {
    let theme = colors ? Theme.standard : Theme.monochrome
    if colors {
      start_color()
      use_default_colors()
    }
    var attributes: [attr_t] = []
    var pairs: [Int16] = []
    for role in Role.allCases {
      let style = theme.style(for: role)
      var attribute: attr_t = 0
      if style.bold { attribute |= dateline_attr_bold() }
      if style.reverse { attribute |= dateline_attr_reverse() }
      if style.underline { attribute |= dateline_attr_underline() }
      if style.dim { attribute |= dateline_attr_dim() }
      var pair: Int16 = 0
      if colors, style.foreground != nil || style.background != nil {
        pair = Int16(role.rawValue) + 1
        init_pair(pair, style.foreground?.rawValue ?? -1, style.background?.rawValue ?? -1)
      }
      attributes.append(attribute)
      pairs.append(pair)
    }
    self.attributes = attributes
    self.pairs = pairs
  }

  func apply(_ role: Role, to window: UnsafeMutablePointer<WINDOW>?) {
    let index = Int(role.rawValue)
    wattr_set(window, attributes[index], pairs[index], nil)
  }
}
