import Foundation
import Testing
@testable import DatelineCore

@Suite struct InputLimitTests {
  @Test func sizesAreReadWithBinaryUnits() {
    #expect(ByteSize.parse("4096") == 4096)
    #expect(ByteSize.parse("500K") == 500 * 1024)
    #expect(ByteSize.parse("256M") == 256 << 20)
    #expect(ByteSize.parse("1gb") == 1 << 30)
    #expect(ByteSize.parse("0") == 0)
    #expect(ByteSize.parse("") == nil)
    #expect(ByteSize.parse("M") == nil)
    #expect(ByteSize.parse("-1M") == nil)
    #expect(ByteSize.parse("1.5G") == nil)
    #expect(ByteSize.parse("99999999999999T") == nil)
  }

  @Test func sizesAreShownInTheirLargestWholeUnit() {
    #expect(ByteSize.describe(256 << 20) == "256 MB")
    #expect(ByteSize.describe(1500 * 1024) == "1500 KB")
    #expect(ByteSize.describe(1 << 30) == "1 GB")
    #expect(ByteSize.describe(100) == "100 bytes")
  }

  private func temporaryFile(_ bytes: [UInt8]) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-limit-\(getpid())-\(bytes.count).txt").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func aFileOverTheLimitIsRefusedAndOneAtTheLimitRead() throws {
    let path = try temporaryFile(Array(repeating: UInt8(ascii: "a"), count: 3000))
    defer { unlink(path) }
    #expect(throws: CoreError.tooLarge(path: path, limit: 2999)) { try FileReader.contents(ofFile: path, limit: 2999) }
    #expect(try FileReader.contents(ofFile: path, limit: 3000).count == 3000)
  }

  @Test func anEndlessDeviceStopsAtTheLimitOrAtItsBinaryStart() throws {
    #expect(throws: CoreError.binary(path: "/dev/zero")) { try FileReader.contents(ofFile: "/dev/zero", limit: 1 << 30) }
    #expect(throws: CoreError.tooLarge(path: "/dev/zero", limit: 100)) { try FileReader.contents(ofFile: "/dev/zero", limit: 100) }
  }

  @Test func aFilesBytesAreReadWhole() throws {
    let bytes = (0..<(FileReader.chunkSize * 2 + 5)).map { UInt8(ascii: "a") + UInt8($0 % 26) }
    let path = try temporaryFile(bytes)
    defer { unlink(path) }
    #expect(try FileReader.contents(ofFile: path) == bytes)
  }

  @Test func theLoadersLimitAppliesToItsInputs() throws {
    let path = try temporaryFile(Array("On Nov. 7, 2021 X arrived.".utf8))
    defer { unlink(path) }
    let loader = DocumentLoader(maxInputSize: 10)
    #expect(throws: CoreError.tooLarge(path: path, limit: 10)) { try loader.read(ArticleInput(.file(path), size: 0), firstID: 0).get() }
  }
}
