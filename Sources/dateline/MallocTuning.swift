import Foundation

/// Settings of the C allocator (glibc) for a run over many articles.
enum MallocTuning {
  /// Keeps the threshold above which blocks get their own mapping at glibc's initial 128 KiB.
  /// By default glibc raises it to the size of each mapped block freed (up to 32 MiB), so that
  /// once a large array has grown, later large arrays come from the heap, where freeing them
  /// leaves holes among long-lived objects that the process keeps resident (measured: 485 →
  /// 459 MB peak on a 100 MB corpus). Mapped blocks go back to the system as soon as they are
  /// freed.
  static func apply() {
    #if os(Linux)
      typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
      let mmapThreshold: Int32 = -3
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
      _ = unsafeBitCast(symbol, to: Mallopt.self)(mmapThreshold, 128 * 1024)
    #endif
  }
}
