import Testing

@testable import DatelineCore

@Suite struct TimeMLTests {
  static let gold = """
    <?xml version="1.0" ?>
    <TimeML>
    <DOCID>TEST001</DOCID>
    <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
    <TITLE>Markets &amp; money</TITLE>
    <TEXT>
    Stocks <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> at AT&amp;T, and rose for <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>.
    </TEXT>
    </TimeML>
    """

  @Test func readsCreationTimeTextAndGoldTimexes() throws {
    let document = try TimeMLDocument(bytes: Array(Self.gold.utf8), name: "test.tml")
    #expect(document.creationTime?.timex == "1998-01-08")
    #expect(document.documentID == "TEST001")
    let text = String(decoding: document.text, as: UTF8.self)
    #expect(text == "\nStocks fell yesterday at AT&T, and rose for two weeks.\n")
    #expect(document.timexes.count == 2)
    let first = try #require(document.timexes.first)
    #expect(String(decoding: document.text[first.range], as: UTF8.self) == "yesterday")
    #expect(first.type == "DATE" && first.value == "1998-01-07" && first.id == "t1")
    #expect(String(decoding: document.text[document.timexes[1].range], as: UTF8.self) == "two weeks")
  }

  @Test func sentenceElementsDoNotRunTogether() throws {
    let source = "<TimeML><DCT><TIMEX3 value=\"2008-01-09\">x</TIMEX3></DCT><TEXT><s>January 09 , 2008</s><s>Prices fell .</s></TEXT></TimeML>"
    let document = try TimeMLDocument(bytes: Array(source.utf8), name: "s.tml")
    #expect(String(decoding: document.text, as: UTF8.self) == "January 09 , 2008\nPrices fell .\n")
  }

  @Test func writerKeepsOtherElementsWhole() throws {
    let source = "<TimeML><DCT><TIMEX3 value=\"2021-11-09\">x</TIMEX3></DCT><TEXT>They met the day <SIGNAL sid=\"s1\">before</SIGNAL> the vote.</TEXT></TimeML>"
    let document = try TimeMLDocument(bytes: Array(source.utf8), name: "g.tml")
    let analysis = TextAnalysis(Document(id: 0, name: "", text: document.text))
    let expressions = TimeTagger.standard.tag(analysis, reference: nil)
    let output = String(decoding: TimeMLWriter.tagged(document, with: expressions), as: UTF8.self)
    #expect(output.contains(#"<TIMEX3 tid="t1" type="DATE" value="XXXX-XX-XX">the day <SIGNAL sid="s1">before</SIGNAL></TIMEX3>"#))
  }

  @Test func refusesAFileWithoutText() {
    #expect(throws: CoreError.self) { try TimeMLDocument(bytes: Array("<TimeML></TimeML>".utf8), name: "x.tml") }
  }

  @Test func writesTheTaggersTimexesAndKeepsEveryOtherByte() throws {
    let document = try TimeMLDocument(bytes: Array(Self.gold.utf8), name: "test.tml")
    let analysis = TextAnalysis(Document(id: 0, name: "", text: document.text))
    let reference = document.creationTime.map { ReferenceTime(point: $0, source: .metadata) }
    let expressions = TimeTagger.standard.tag(analysis, reference: reference)
    let output = String(decoding: TimeMLWriter.tagged(document, with: expressions), as: UTF8.self)
    #expect(output.contains(#"<TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> at AT&amp;T"#))
    #expect(output.contains(#"<TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>."#))
    #expect(output.contains(#"<DCT><TIMEX3 tid="t0""#))
    let reread = try TimeMLDocument(bytes: Array(output.utf8), name: "out.tml")
    #expect(reread.text == document.text)
    #expect(reread.timexes.map(\.range) == document.timexes.map(\.range))
  }

  @Test func scoresStrictAndRelaxedMatches() {
    let gold = [
      TimeMLDocument.Timex(range: 0..<9, id: "t1", type: "DATE", value: "1998-01-07"),
      TimeMLDocument.Timex(range: 20..<29, id: "t2", type: "DURATION", value: "P2W"),
      TimeMLDocument.Timex(range: 40..<44, id: "t3", type: "DATE", value: "1997"),
    ]
    let system = [
      TimeExpression(range: 0..<9, kind: .date, value: .point(.day(1998, 1, 7))),
      TimeExpression(range: 16..<29, kind: .date, value: .duration(TimeDuration(2, .week))),
      TimeExpression(range: 50..<54, kind: .date, value: .point(.year(1996))),
    ]
    let comparison = TimexComparison(gold: gold, system: system)
    let score = comparison.score
    #expect(score.strictGold == 1 && score.relaxedGold == 2 && score.relaxedSystem == 2)
    #expect(abs(score.strictF1 - 1.0 / 3.0) < 1e-9)
    #expect(abs(score.relaxedF1 - 2.0 / 3.0) < 1e-9)
    #expect(abs(score.valueF1 - 2.0 / 3.0) < 1e-9)
    #expect(abs(score.typeF1 - 1.0 / 3.0) < 1e-9)
    #expect(comparison.missed.map(\.id) == ["t3"])
    #expect(comparison.spurious.count == 1)
    #expect(comparison.wrongTypes.map(\.gold.id) == ["t2"])
  }

  @Test func loaderReadsTimeMLArticles() throws {
    let document = try DocumentLoader().document(bytes: Array(Self.gold.utf8), name: "story.tml", id: 0)
    #expect(document.metadata.published?.timex == "1998-01-08")
    #expect(document.metadata.title == "Markets & money")
    #expect(String(decoding: document.text, as: UTF8.self).contains("Stocks fell yesterday"))
  }
}
