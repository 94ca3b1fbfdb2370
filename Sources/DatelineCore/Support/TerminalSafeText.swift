/// Text that is safe to show on a terminal: control characters, the bytes of escape sequences and
/// bidirectional overrides are written in a visible form (`^[`, `<U+202E>`) instead of raw. The
/// browser draws article text through it, and so does every text export a terminal may print.
public enum TerminalSafeText {
  /// The visible form of a scalar that must not reach a terminal raw, or `nil` when it is safe.
  public static func escaped(_ scalar: Unicode.Scalar) -> String? {
    let value = scalar.value
    switch value {
    case 0x00..<0x20: return "^" + String(Unicode.Scalar(UInt8(value + 0x40)))
    case 0x7F: return "^?"
    case 0x80..<0xA0, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFFF9...0xFFFB:
      return "<U+" + hex(value) + ">"
    default: return nil
    }
  }

  /// `text` with every unsafe scalar in its visible form; scalars in `kept` (such as a line break
  /// that a format handles itself) stay as they are.
  public static func sanitized(_ text: String, keeping kept: Set<Unicode.Scalar> = []) -> String {
    guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 >= 0xC2 }) else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if !kept.contains(scalar), let escape = escaped(scalar) {
        result += escape
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
