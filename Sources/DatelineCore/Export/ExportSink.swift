import Foundation

/// Where an export is written: bytes are gathered in a buffer of fixed size and handed to a
/// writing function each time it fills, so that an export of any size is never held whole in
/// memory. The first error the writing function throws stops the writing; `finish` throws it.
public final class ExportSink {
  /// The buffer and the number of bytes in it, behind constant pointers so that writing a byte
  /// costs no exclusivity check.
  private let storage: UnsafeMutablePointer<UInt8>
  private let filled: UnsafeMutablePointer<Int>
  private let capacity: Int
  private let write: (UnsafeRawBufferPointer) throws -> Void
  private var failure: (any Error)?

  /// A sink that hands its bytes to `write`, in pieces of about `capacity` bytes.
  public init(capacity: Int = 1 << 16, write: @escaping (UnsafeRawBufferPointer) throws -> Void) {
    self.capacity = max(capacity, 64)
    self.write = write
    storage = .allocate(capacity: self.capacity)
    filled = .allocate(capacity: 1)
    filled.initialize(to: 0)
  }

  deinit {
    storage.deallocate()
    filled.deallocate()
  }

  /// Writes `text` as UTF-8.
  public func append(_ text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }

  /// Writes a static string.
  public func append(_ text: StaticString) {
    append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Writes bytes.
  public func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    if filled.pointee + bytes.count > capacity { flush() }
    if bytes.count > capacity {
      send(UnsafeRawBufferPointer(bytes))
    } else {
      (storage + filled.pointee).update(from: base, count: bytes.count)
      filled.pointee += bytes.count
    }
  }

  /// Writes one byte.
  @inline(__always)
  public func append(byte: UInt8) {
    if filled.pointee >= capacity { flush() }
    storage[filled.pointee] = byte
    filled.pointee += 1
  }

  /// Writes `count` copies of `byte`.
  public func append(byte: UInt8, count: Int) {
    var left = count
    while left > 0 {
      if filled.pointee >= capacity { flush() }
      let run = min(left, capacity - filled.pointee)
      (storage + filled.pointee).update(repeating: byte, count: run)
      filled.pointee += run
      left -= run
    }
  }

  /// Writes an integer in decimal.
  public func append(_ number: Int) {
    // The digits are made last to first in a buffer of 20 bytes (enough for any `UInt`) and
    // copied in at once: one division a digit, and one check of the room left.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var value = number.magnitude
      var start = digits.count
      repeat {
        start -= 1
        digits[start] = 0x30 + UInt8(value % 10)
        value /= 10
      } while value > 0
      if number < 0 { append(byte: 0x2D) }
      append(UnsafeBufferPointer(rebasing: digits[start...]))
    }
  }

  /// Hands what is buffered to the writing function, then throws the first error it threw.
  public func finish() throws {
    flush()
    if let failure { throw failure }
  }

  private func flush() {
    guard filled.pointee > 0 else { return }
    send(UnsafeRawBufferPointer(start: storage, count: filled.pointee))
    filled.pointee = 0
  }

  private func send(_ bytes: UnsafeRawBufferPointer) {
    guard failure == nil else { return }
    do { try write(bytes) } catch { failure = error }
  }
}

extension ExportSink {
  /// The bytes `body` writes to a sink, gathered in memory.
  public static func data(_ body: (ExportSink) throws -> Void) throws -> Data {
    var data = Data()
    let sink = ExportSink { data.append(contentsOf: $0) }
    try body(sink)
    try sink.finish()
    return data
  }
}
