import Foundation

/// Where an export is written: bytes are gathered in a buffer of fixed size and handed to a
/// writing function each time it fills, so that an export of any size is never held whole in
/// memory. The first error the writing function throws stops the writing; `finish` throws it.
public final class ExportSink {
  private var buffer: [UInt8] = []
  private let capacity: Int
  private let write: (UnsafeRawBufferPointer) throws -> Void
  private var failure: (any Error)?

  /// A sink that hands its bytes to `write`, in pieces of about `capacity` bytes.
  public init(capacity: Int = 1 << 16, write: @escaping (UnsafeRawBufferPointer) throws -> Void) {
    self.capacity = max(capacity, 64)
    self.write = write
    buffer.reserveCapacity(self.capacity)
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
    if buffer.count + bytes.count > capacity { flush() }
    if bytes.count > capacity {
      send(UnsafeRawBufferPointer(bytes))
    } else {
      buffer.append(contentsOf: bytes)
    }
  }

  /// Writes bytes.
  public func append(_ bytes: ArraySlice<UInt8>) {
    bytes.withUnsafeBufferPointer { append($0) }
  }

  /// Writes one byte.
  public func append(byte: UInt8) {
    if buffer.count >= capacity { flush() }
    buffer.append(byte)
  }

  /// Writes `count` copies of `byte`.
  public func append(byte: UInt8, count: Int) {
    for _ in 0..<count { append(byte: byte) }
  }

  /// Writes an integer in decimal.
  public func append(_ number: Int) {
    if number < 0 { append(byte: 0x2D) }
    let value = number.magnitude
    var divisor: UInt = 1
    while divisor <= value / 10 { divisor *= 10 }
    while divisor > 0 {
      append(byte: 0x30 + UInt8(value / divisor % 10))
      divisor /= 10
    }
  }

  /// Hands what is buffered to the writing function, then throws the first error it threw.
  public func finish() throws {
    flush()
    if let failure { throw failure }
  }

  private func flush() {
    guard !buffer.isEmpty else { return }
    buffer.withUnsafeBytes { send($0) }
    buffer.removeAll(keepingCapacity: true)
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
