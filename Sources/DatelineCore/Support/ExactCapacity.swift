extension Array {
  /// The array in a buffer of exactly its size, when growing by doubling left more than an
  /// eighth of its capacity unused: for the large per-document arrays that live through every
  /// later stage, where the spare room would be held for nothing.
  public func withExactCapacity() -> [Element] {
    guard capacity - count > count / 8 else { return self }
    return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
      initialized = withUnsafeBufferPointer { source in buffer.initialize(fromContentsOf: source) }
    }
  }
}
