import Testing
@testable import DatelineUI

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("a", 1), ("“", 1), ("—", 1), ("’", 1), ("ع", 1), ("中", 2), ("한", 2), ("😀", 2),
    ("e\u{301}", 1), ("👨‍👩‍👧", 2), ("🇮🇶", 2), ("❤️", 2), ("\u{200B}", 0), ("ｱ", 1), ("Ａ", 2),
  ])
  func graphemeWidth(grapheme: String, width: Int) {
    #expect(DisplayWidth.of(Character(grapheme)) == width)
  }

  @Test func textWidthSumsGraphemes() {
    #expect(DisplayWidth.of("Al-Kadhimi’s “next move” — 中文") == 31)
    #expect(DisplayWidth.of("مصطفى الكاظمي") == 13)
  }

  @Test func controlCharactersAreEscaped() {
    #expect(DisplayWidth.visible("\u{1B}").map(\.text) == ["^["])
    #expect(DisplayWidth.visible("\u{7}").map(\.text) == ["^G"])
    #expect(DisplayWidth.visible("\u{7F}").map(\.text) == ["^?"])
    #expect(DisplayWidth.visible("\u{9B}").map(\.text) == ["<U+009B>"])
    #expect(DisplayWidth.visible("\u{202E}").map(\.text) == ["<U+202E>"])
    #expect(DisplayWidth.of("a\u{1B}[2Jb") == 7)
  }

  @Test func printableCharactersAreNotEscaped() {
    #expect(DisplayWidth.visible("é").allSatisfy { !$0.isEscaped })
    #expect(DisplayWidth.escaped("\u{201C}") == nil)
  }
}
