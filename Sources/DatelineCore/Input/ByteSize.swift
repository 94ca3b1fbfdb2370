/// Sizes in bytes as people write them on a command line (`256M`, `1G`, `500K`, `4096`) and as
/// messages show them. K, M and G are powers of 1024; a trailing `B` is allowed.
public enum ByteSize {
  /// The bytes `text` names, or `nil` when it is not a size.
  public static func parse(_ text: String) -> Int? {
    var digits = Substring(text.uppercased())
    if digits.hasSuffix("B") { digits = digits.dropLast() }
    var multiplier = 1
    if let unit = digits.last, let shift = ["K": 10, "M": 20, "G": 30, "T": 40][String(unit)] {
      multiplier = 1 << shift
      digits = digits.dropLast()
    }
    guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let number = Int(digits), number >= 0 else { return nil }
    let (bytes, overflow) = number.multipliedReportingOverflow(by: multiplier)
    return overflow ? nil : bytes
  }

  /// `bytes` in the largest unit that writes it whole: `256 MB`, `1500 KB`, `12 bytes`.
  public static func describe(_ bytes: Int) -> String {
    for (shift, unit) in [(40, "TB"), (30, "GB"), (20, "MB"), (10, "KB")] where bytes >= 1 << shift && bytes % (1 << shift) == 0 {
      return "\(bytes >> shift) \(unit)"
    }
    return bytes == 1 ? "1 byte" : "\(bytes) bytes"
  }
}
