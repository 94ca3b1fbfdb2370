import Testing
@testable import DatelineCore

@Suite struct HTMLRobustnessTests {
  private func text(_ html: String) -> String {
    String(decoding: HTMLReader.read(Array(html.utf8)).text, as: UTF8.self)
  }

  @Test func nestedEntitiesAreDecodedOnce() {
    let bomb = "&amp;" + String(repeating: "amp;", count: 100_000)
    let read = text("<html><body><p>\(bomb)</p></body></html>")
    #expect(read == "&" + String(repeating: "amp;", count: 100_000))
  }

  @Test func deepNestingIsFlattenedNotRecursed() {
    let depth = 100_000
    let html = String(repeating: "<div>", count: depth) + "Deep text." + String(repeating: "</div>", count: depth)
    #expect(text(html) == "Deep text.")
    #expect(HTMLTreeBuilder.build(Array(html.utf8)).elements.count == HTMLTreeBuilder.maximumDepth + 1)
  }

  @Test func unclosedTagsAndCommentsRunToTheEnd() {
    #expect(text("<p>Kept.</p><!-- never closed <p>lost</p>") == "Kept.")
    #expect(text("<p>Kept " + String(repeating: "<a", count: 50_000)).hasPrefix("Kept <a<a"))
  }

  @Test func paragraphsAndListItemsCloseThemselves() {
    let tree = HTMLTreeBuilder.build(Array("<ul><li>one<li>two</ul><p>a<p>b".utf8))
    #expect(tree.elements.map(\.name) == ["#document", "ul", "li", "li", "p", "p"])
    #expect(tree.elements[3].parent == 1)
    #expect(tree.elements[5].parent == 0)
  }

  @Test func attributesAreReadFromBytes() throws {
    let tag = try #require(HTMLReader.Tag(Array(#"<A Class="x &amp; y" content='1>2' data-v="3" hidden>"#.utf8), at: 0))
    #expect(tag.name == "a")
    #expect(tag.attributes == ["class": "x & y", "content": "1>2", "hidden": ""])
  }
}

@Suite struct HTMLEntityTests {
  private func decoded(_ text: String) -> String {
    String(decoding: Entity.decodeAll(Array(text.utf8)), as: UTF8.self)
  }

  @Test func windows1252ReferencesBecomeTheirCharacters() {
    #expect(decoded("&#147;Yes,&#148; she said&#146;s &#x97; done") == "“Yes,” she said’s — done")
  }

  @Test func accentedLettersAndSymbolsAreDecoded() {
    #expect(decoded("Se&ntilde;or Mu&ntilde;oz paid &euro;5 &times; 2") == "Señor Muñoz paid €5 × 2")
  }

  @Test func controlAndUnknownReferencesStayAsWritten() {
    #expect(decoded("&#1; &#129; &nosuch;") == "&#1; &#129; &nosuch;")
  }
}
