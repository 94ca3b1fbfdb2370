/// How roles look: colours and attributes. The default reads on dark and light terminals because
/// it uses the terminal's own palette and default colours, and only colours that keep a 3:1
/// contrast on both black and white backgrounds in common palettes (no yellow text, no black on
/// magenta; checked in PaneGoldenTests); `monochrome` (for `NO_COLOR` and
/// `--no-color`) uses bold, reverse, underline and dim only.
public struct Theme: Sendable {
  /// One of the eight basic terminal colours.
  public enum Color: Int16, Sendable, Hashable {
    /// Black.
    case black = 0
    /// Red.
    case red
    /// Green.
    case green
    /// Yellow.
    case yellow
    /// Blue.
    case blue
    /// Magenta.
    case magenta
    /// Cyan.
    case cyan
    /// White.
    case white
  }

  /// The look of one role.
  public struct Style: Sendable, Hashable {
    /// Foreground colour; `nil` is the terminal's default.
    public var foreground: Color?
    /// Background colour; `nil` is the terminal's default.
    public var background: Color?
    /// Bold.
    public var bold = false
    /// Reverse video.
    public var reverse = false
    /// Underline.
    public var underline = false
    /// Dim.
    public var dim = false
  }

  private let styles: [Style]

  /// The style of `role`.
  public func style(for role: Role) -> Style { styles[Int(role.rawValue)] }

  /// Creates a theme from a style for every role.
  public init(_ style: (Role) -> Style) {
    styles = Role.allCases.map(style)
  }

  /// The default colour theme.
  public static let standard = Theme { role in
    switch role {
    case .text: Style()
    case .dim, .border, .undated: Style(dim: true)
    case .paneTitle: Style(reverse: true)
    case .paneTitleFocused: Style(foreground: .white, background: .blue, bold: true)
    case .selection: Style(bold: true, reverse: true)
    case .selectionInactive: Style(underline: true)
    case .date: Style(foreground: .cyan)
    case .dateInferred: Style(foreground: .magenta)
    case .evidence: Style(foreground: .black, background: .yellow)
    case .quote: Style(foreground: .green)
    case .searchHit: Style(foreground: .white, background: .magenta)
    case .searchHitCurrent: Style(foreground: .black, background: .cyan, bold: true)
    case .actor: Style(bold: true)
    case .status: Style(reverse: true)
    case .chip: Style(foreground: .black, background: .green)
    case .key: Style(bold: true, reverse: true)
    case .escaped: Style(foreground: .red, bold: true)
    case .prompt: Style(bold: true)
    case .error: Style(foreground: .white, background: .red, bold: true)
    }
  }

  /// Attributes only, for `NO_COLOR`.
  public static let monochrome = Theme { role in
    switch role {
    case .text, .date, .quote: Style()
    case .dim, .border, .undated, .dateInferred: Style(dim: true)
    case .paneTitle, .status: Style(reverse: true)
    case .paneTitleFocused, .selection, .key: Style(bold: true, reverse: true)
    case .selectionInactive, .actor: Style(underline: true)
    case .evidence: Style(bold: true, underline: true)
    case .searchHit, .searchHitCurrent: Style(bold: true, reverse: true)
    case .chip, .escaped, .prompt, .error: Style(bold: true)
    }
  }
}
