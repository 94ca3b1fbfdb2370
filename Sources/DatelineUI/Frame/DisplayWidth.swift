import DatelineCore

/// How many terminal columns text takes, and how unsafe characters are shown: the one place that
/// decides, so every pane measures alike.
public enum DisplayWidth {
  /// The columns a grapheme cluster takes: 0 (nothing visible), 1 or 2 (wide: CJK, emoji).
  /// Control characters are not measured here; see `visible(_:)`.
  public static func of(_ grapheme: Character) -> Int {
    let scalars = grapheme.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if scalars.count > 1 {
      var regionalIndicators = 0
      for scalar in scalars {
        if scalar.value == 0xFE0F || scalar.value == 0x200D { return max(2, of(first)) }
        if (0x1F1E6...0x1F1FF).contains(scalar.value) { regionalIndicators += 1 }
      }
      if regionalIndicators == 2 { return 2 }
    }
    return of(first)
  }

  /// The columns one scalar takes on its own: 0 for combining and format characters, 2 for wide.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x300 { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if (0x1160...0x11FF).contains(value) { return 0 }
    if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
    return 1
  }

  /// The columns `text` takes when drawn (after escaping unsafe characters).
  public static func of(_ text: String) -> Int {
    var total = 0
    for grapheme in text { total += visible(grapheme).reduce(0) { $0 + $1.width } }
    return total
  }

  /// A piece of what a grapheme looks like on screen.
  public struct Piece: Equatable, Sendable {
    /// What to draw.
    public var text: String
    /// Its width in columns.
    public var width: Int
    /// Whether it stands for an escaped control character.
    public var isEscaped: Bool
  }

  /// How a grapheme is drawn: as itself, or — for control characters, escape sequences' bytes and
  /// bidirectional overrides, which must never reach the terminal raw — escaped (`^[`, `<U+202E>`).
  public static func visible(_ grapheme: Character) -> [Piece] {
    let scalars = grapheme.unicodeScalars
    if scalars.count == 1, let scalar = scalars.first, scalar.value >= 0x20 && scalar.value < 0x7F {
      return [Piece(text: String(grapheme), width: 1, isEscaped: false)]
    }
    var pieces: [Piece] = []
    var safe = ""
    for scalar in scalars {
      if let escape = escaped(scalar) {
        if !safe.isEmpty {
          pieces.append(Piece(text: safe, width: of(Character(safe)), isEscaped: false))
          safe = ""
        }
        pieces.append(Piece(text: escape, width: escape.count, isEscaped: true))
      } else {
        safe.unicodeScalars.append(scalar)
      }
    }
    if !safe.isEmpty {
      if pieces.isEmpty {
        return [Piece(text: safe, width: of(grapheme), isEscaped: false)]
      }
      pieces.append(Piece(text: safe, width: safe.unicodeScalars.reduce(0) { $0 + of($1) }, isEscaped: false))
    }
    return pieces
  }

  /// The escaped form of a scalar that must not be sent raw, or `nil` when it is safe.
  public static func escaped(_ scalar: Unicode.Scalar) -> String? { TerminalSafeText.escaped(scalar) }

  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
      0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
      0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
      0x17000...0x18AFF, 0x1B000...0x1B2FF,
      0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
