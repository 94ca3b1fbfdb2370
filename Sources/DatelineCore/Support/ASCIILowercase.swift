extension UInt8 {
  /// The byte with an ASCII capital letter (`A`–`Z`) turned into its small letter; every other
  /// byte, UTF-8 lead and continuation bytes included, unchanged.
  @inlinable
  public var asciiLowercased: UInt8 { self >= 0x41 && self <= 0x5A ? self | 0x20 : self }
}
