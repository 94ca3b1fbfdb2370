import Testing
@testable import DatelineUI

@Suite struct CanvasTests {
  @Test func wideCharacterIsNeverCutAtTheEdge() {
    var canvas = Canvas(size: Size(width: 5, height: 1))
    let end = canvas.draw("ab中文", column: 0, row: 0, limit: 5, role: .text)
    #expect(end == 5)
    #expect(canvas.frame.lines == ["ab中"])
    #expect(canvas.frame[3, 0].grapheme == "")
    #expect(canvas.frame[4, 0].grapheme == " ")
  }

  @Test func escapeSequencesAreDrawnEscapedInTheirOwnRole() {
    var canvas = Canvas(size: Size(width: 12, height: 1))
    canvas.draw("x\u{1B}[31my", column: 0, row: 0, limit: 12, role: .text)
    #expect(canvas.frame.lines == ["x^[[31my"])
    #expect(canvas.frame.roleLines == [".xx........."])
  }

  @Test func combiningMarksStayWithTheirBase() {
    var canvas = Canvas(size: Size(width: 4, height: 1))
    canvas.draw("e\u{301}x", column: 0, row: 0, limit: 4, role: .text)
    #expect(canvas.frame[0, 0].grapheme == "e\u{301}")
    #expect(canvas.frame[1, 0].grapheme == "x")
  }

  @Test func drawingOutsideTheFrameIsIgnored() {
    var canvas = Canvas(size: Size(width: 3, height: 1))
    canvas.draw("abcdef", column: 1, row: 0, limit: 10, role: .text)
    canvas.draw("zz", column: 0, row: 5, limit: 2, role: .text)
    #expect(canvas.frame.lines == [" ab"])
  }
}
