/// Decoding and classifying Unicode scalars straight from UTF-8 bytes, for the hot paths.
enum UTF8Scalar {
  /// How the tokenizer treats a non-ASCII scalar.
  enum Category { case letter, punctuation, space }

  /// Decodes the scalar at `index` of valid UTF-8 (a stray byte decodes as itself, length 1).
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: UInt32, length: Int) {
    let lead = UInt32(bytes[index])
    let count = bytes.count
    if lead < 0x80 { return (lead, 1) }
    if lead >= 0xC0 && lead < 0xE0 && index + 1 < count {
      return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
    }
    if lead >= 0xE0 && lead < 0xF0 && index + 2 < count {
      return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
    }
    if lead >= 0xF0 && index + 3 < count {
      let value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
      return (value, 4)
    }
    return (lead, 1)
  }

  /// The category of a non-ASCII scalar: a small set of spaces and punctuation; all else is a letter.
  @inline(__always)
  static func category(of scalar: UInt32) -> Category {
    switch scalar {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
      return .space
    case 0x80...0x9F, 0xA1...0xBF, 0xD7, 0xF7, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x2BFF,
      0x3001...0x3003, 0x3008...0x3011, 0xFF01...0xFF0F, 0xFFFD:
      return .punctuation
    default:
      return .letter
    }
  }

  /// Whether the scalar is an upper-case Latin letter (Latin-1 Supplement and Latin Extended-A).
  @inline(__always)
  static func isUpperLatin(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0xC0...0xDE: return scalar != 0xD7
    case 0x100...0x17F: return scalar % 2 == 0
    default: return false
    }
  }
}
