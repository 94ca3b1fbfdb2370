import Testing
@testable import DatelineCore

@Suite struct UTF16DecodingTests {
  private func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
    let units = [UInt16(0xFEFF)] + Array(text.utf16)
    return units.flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
  }

  @Test func bothByteOrdersBecomeUTF8WithoutTheMark() throws {
    let text = "On Nov. 7, 2021 Müller said “yes” 🙂."
    #expect(UTF16Decoding.utf8(utf16(text, bigEndian: false))?.text == Array(text.utf8))
    #expect(UTF16Decoding.utf8(utf16(text, bigEndian: true))?.text == Array(text.utf8))
    #expect(UTF16Decoding.utf8(utf16(text, bigEndian: true))?.repaired == false)
  }

  @Test func textWithoutAMarkIsLeftAlone() {
    #expect(UTF16Decoding.utf8(Array("plain".utf8)) == nil)
    #expect(UTF16Decoding.utf8([0xFF]) == nil)
  }

  @Test func aLoneSurrogateOrAnOddLastByteIsReplaced() throws {
    let lone = try #require(UTF16Decoding.utf8([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00]))
    #expect(String(decoding: lone.text, as: UTF8.self) == "A\u{FFFD}B")
    #expect(lone.repaired)
    let odd = try #require(UTF16Decoding.utf8([0xFF, 0xFE, 0x41, 0x00, 0x42]))
    #expect(String(decoding: odd.text, as: UTF8.self) == "A\u{FFFD}")
  }

  @Test func aUTF16ArticleIsReadNotRefusedAsBinary() throws {
    let document = try DocumentLoader().document(bytes: utf16("On Nov. 7, 2021 X arrived.\r\n", bigEndian: false), name: "a.txt", id: 0)
    #expect(document.string(0..<document.text.count) == "On Nov. 7, 2021 X arrived.\n")
    #expect(document.findings.isEmpty)
  }
}
